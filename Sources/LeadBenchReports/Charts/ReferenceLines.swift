/// Drawing of reference elements, shared by ``LineChart`` and ``BarChart``.
///
/// Rules:
/// - Diagonal and horizontal references are thin dashed dark-grey lines (`5 4`), so they never
///   look like a series; their labels are smaller grey text with a white halo.
/// - A vertical marker is a solid near-black line with a bold label, drawn above the series:
///   it marks a decision (the chosen threshold), not a baseline.
/// - A reference whose value is undrawable or outside the axis range is not drawn.
/// - Each label goes to the first of its candidate positions (listed on each function) that
///   covers no data and no other label (see ``LabelPlacement``).
enum ReferenceLines {
    private static let lineAttributes: [(String, String)] = [
        ("stroke", ChartPalette.reference), ("stroke-width", ChartNumber.coordinate(ChartStyle.referenceWidth)),
        ("stroke-dasharray", "5 4"),
    ]
    private static let labelSize = ChartStyle.fontSize - 1

    /// The line y = x where both axis ranges overlap. Label candidates: below-right of the line
    /// at 75 %, 60 %, 90 %, 45 % and 30 % of its length, then above-left at the same points.
    static func diagonal(
        label: String?, on plot: SVGCanvas, area: PlotArea, placement: inout LabelPlacement
    ) throws(MarkupError) {
        let lower = max(area.xLower, area.yLower)
        let upper = min(area.xUpper, area.yUpper)
        guard lower < upper else { return }
        let group = try plot.group([("class", "reference diagonal")])
        try group.line(area.x(lower), area.y(lower), area.x(upper), area.y(upper), attributes: lineAttributes)
        guard let label else { return }
        let points = [0.75, 0.6, 0.9, 0.45, 0.3].map { lower + (upper - lower) * $0 }
        let candidates =
            points.map { LabelPlacement.Candidate(x: area.x($0) + 8, y: area.y($0) + 14, anchor: .start) }
            + points.map { LabelPlacement.Candidate(x: area.x($0) - 8, y: area.y($0) - 6, anchor: .end) }
        let chosen = placement.place(label, size: labelSize, candidates: candidates)
        try group.text(
            label, x: chosen.x, y: chosen.y, anchor: chosen.anchor, size: labelSize, fill: ChartPalette.reference,
            halo: true)
    }

    /// A horizontal line at `y` across the plot. Label candidates: above the line at the right
    /// end, at the left end, then below it at the right end and at the left end, then centred
    /// at 75 %, 50 % and 25 % of the plot's width, above and then below the line.
    static func horizontal(
        y: Double, label: String?, on plot: SVGCanvas, area: PlotArea, placement: inout LabelPlacement
    ) throws(MarkupError) {
        guard ChartData.isDrawable(y), area.contains(y: y) else { return }
        let group = try plot.group([("class", "reference horizontal")])
        let py = area.y(y)
        try group.line(area.left, py, area.right, py, attributes: lineAttributes)
        guard let label else { return }
        let candidates = [
            LabelPlacement.Candidate(x: area.right - 4, y: py - 5, anchor: .end),
            LabelPlacement.Candidate(x: area.left + 4, y: py - 5, anchor: .start),
            LabelPlacement.Candidate(x: area.right - 4, y: py + 14, anchor: .end),
            LabelPlacement.Candidate(x: area.left + 4, y: py + 14, anchor: .start),
        ]
        let middles = [0.75, 0.5, 0.25].map { area.left + area.width * $0 }
        let centred =
            middles.map { LabelPlacement.Candidate(x: $0, y: py - 5, anchor: .middle) }
            + middles.map { LabelPlacement.Candidate(x: $0, y: py + 14, anchor: .middle) }
        let chosen = placement.place(label, size: labelSize, candidates: candidates + centred)
        try group.text(
            label, x: chosen.x, y: chosen.y, anchor: chosen.anchor, size: labelSize, fill: ChartPalette.reference,
            halo: true)
    }

    /// A vertical marker at `x` over the whole plot height. Label candidates: beside the line
    /// 15, 31 and 47 units below the plot's top, then 8 and 24 units above its bottom; at each
    /// height first on the right of the line (on the left in the plot's right quarter), then on
    /// the other side.
    static func vertical(
        x: Double, label: String?, on plot: SVGCanvas, area: PlotArea, placement: inout LabelPlacement
    ) throws(MarkupError) {
        guard ChartData.isDrawable(x), area.contains(x: x) else { return }
        let group = try plot.group([("class", "reference vertical")])
        let px = area.x(x)
        try group.line(px, area.top, px, area.bottom, attributes: [("stroke", ChartPalette.marker), ("stroke-width", "1.5")])
        guard let label else { return }
        let right = LabelPlacement.Candidate(x: px + 5, y: 0, anchor: .start)
        let left = LabelPlacement.Candidate(x: px - 5, y: 0, anchor: .end)
        let sides = px > area.left + area.width * 0.75 ? [left, right] : [right, left]
        let heights = [area.top + 15, area.top + 31, area.top + 47, area.bottom - 8, area.bottom - 24]
        let candidates = heights.flatMap { y in sides.map { LabelPlacement.Candidate(x: $0.x, y: y, anchor: $0.anchor) } }
        let chosen = placement.place(label, size: ChartStyle.fontSize, candidates: candidates)
        try group.text(
            label, x: chosen.x, y: chosen.y, anchor: chosen.anchor, weight: "600", fill: ChartPalette.marker, halo: true)
    }
}
