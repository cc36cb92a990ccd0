/// One numeric axis of a chart: its title, its range and how its ticks are labelled.
///
///     ChartAxis("False positive rate", range: .fixed(0...1), format: .percent)
///     ChartAxis("Leads", range: .automaticFromZero, format: .count)
public struct ChartAxis: Sendable, Equatable {
    /// The range an axis covers.
    public struct Range: Sendable, Equatable {
        enum Kind: Sendable, Equatable {
            case automatic(includingZero: Bool)
            case fixed(lower: Double, upper: Double)
        }

        let kind: Kind

        /// The data's extent widened to the nearest "nice" ticks (see ``ChartTicks``).
        public static let automatic = Range(kind: .automatic(includingZero: false))

        /// Like ``automatic``, but the range always contains 0 (counts, lift, bars).
        public static let automaticFromZero = Range(kind: .automatic(includingZero: true))

        /// Exactly `bounds`; ticks are the nice values inside it, and data outside it is clipped
        /// at the plot's edge.
        ///
        /// - Precondition: both bounds are within ±10¹² and `lowerBound < upperBound`.
        public static func fixed(_ bounds: ClosedRange<Double>) -> Range {
            precondition(
                ChartData.isDrawable(bounds.lowerBound) && ChartData.isDrawable(bounds.upperBound)
                    && bounds.lowerBound < bounds.upperBound,
                "a fixed axis range needs bounds within ±1e12 with lower < upper, not \(bounds)")
            return Range(kind: .fixed(lower: bounds.lowerBound, upper: bounds.upperBound))
        }
    }

    /// The axis title, written along the axis (escaped like any text).
    public var title: String
    public var range: Range
    public var format: ChartTickFormat

    public init(_ title: String, range: Range = .automatic, format: ChartTickFormat = .number) {
        self.title = title
        self.range = range
        self.format = format
    }

    /// The ticks for data spanning `extent` (`nil` when there is no data).
    ///
    /// A fixed range ignores the data. An automatic range covers `extent` (plus 0 when asked);
    /// without data it covers 0…1.
    func ticks(for extent: ClosedRange<Double>?) -> ChartTicks {
        switch range.kind {
        case .fixed(let lower, let upper):
            return ChartTicks.nice(lower...upper, format: format, extendToTicks: false)
        case .automatic(let includingZero):
            var lower = extent?.lowerBound ?? 0
            var upper = extent?.upperBound ?? 1
            if includingZero {
                lower = min(lower, 0)
                upper = max(upper, 0)
            }
            return ChartTicks.nice(lower...upper, format: format, extendToTicks: true)
        }
    }
}
