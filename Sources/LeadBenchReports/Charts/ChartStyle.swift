/// The fixed look of every chart: type sizes, stroke widths and spacing, in viewBox units.
///
/// Rule: one set of values for all charts, so every figure in a report reads the same way.
enum ChartStyle {
    /// The font stack (system sans-serif fonts; no web fonts, no network).
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
    /// Tick labels, legend entries, reference labels.
    static let fontSize: Double = 12
    /// Axis titles.
    static let axisTitleSize: Double = 13
    /// The visible chart title.
    static let titleSize: Double = 15

    /// Series lines and steps.
    static let lineWidth: Double = 2.25
    /// Reference lines.
    static let referenceWidth: Double = 1.25
    /// Marker radius (markers are about twice this across).
    static let markerRadius: Double = 4

    /// Space around the whole chart.
    static let padding: Double = 12
    /// Length of a tick mark outside the frame.
    static let tickLength: Double = 5
    /// Gap between a tick mark and its label.
    static let tickGap: Double = 3
    /// Height of one legend row.
    static let legendRowHeight: Double = 20
    /// Width of a legend swatch (line sample, bar or band square).
    static let legendSwatchWidth: Double = 28

    /// A line with more points than this gets ``spacedMarkerCount`` markers spread along its
    /// length instead of one per point.
    static let markerEveryPointLimit = 25
    static let spacedMarkerCount = 8

    /// The estimated width of `text` at `size`, from per-character widths in em that are at or
    /// a little above those of common sans-serif fonts (narrow punctuation and `i l j t f 1`:
    /// 0.32; `m w M W % @`: 0.9; other capitals: 0.7; other ASCII: 0.58; anything else: 1), so
    /// layouts based on it leave room rather than overlap.
    static func textWidth(_ text: String, size: Double = fontSize) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", ".", ",", ":", ";", "'", "|", "!", "i", "l", "j", "t", "f", "1", "(", ")", "[", "]": ems += 0.32
            case "m", "w", "M", "W", "%", "@": ems += 0.9
            case "A"..."Z": ems += 0.7
            case "–": ems += 0.58
            default: ems += scalar.isASCII ? 0.58 : 1
            }
        }
        return ems * size
    }

    /// `text` cut to at most `limit` characters, ending in `…` when cut.
    static func truncated(_ text: String, to limit: Int) -> String {
        guard text.count > limit, limit > 1 else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }
}
