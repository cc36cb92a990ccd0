/// The sequential test over all looks (``SequentialTest/analyze(control:treatment:)``).
public struct SequentialAnalysis: Sendable, Equatable {
    /// The significance level α.
    public let alpha: Double
    /// The mixing variance τ².
    public let mixingVariance: Double
    /// One entry per look, in time order.
    public let looks: [SequentialLook]

    /// The always-valid p-values, look by look (non-increasing).
    public var pValues: [Double] { looks.map(\.pValue) }

    /// The `|z|` boundaries, look by look, for plotting beside the z statistics.
    public var boundaries: [Double] { looks.map(\.boundary) }

    /// The index of the first look at which the null is rejected, or `nil`.
    public var firstRejection: Int? { looks.firstIndex(where: \.rejected) }

    /// The always-valid p-value at the last look.
    public var pValue: Double { looks.last?.pValue ?? 1 }
}
