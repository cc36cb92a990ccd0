/// How one feature's values map to histogram bins: value bins `0..<valueBinCount` in increasing order,
/// then, when the training values had any NaN, one more bin for missing values.
///
/// Bin `b < valueBinCount − 1` holds the values `x ≤ upperBounds[b]` not in an earlier bin; the last value
/// bin is unbounded above. A split "left if bin ≤ b" is therefore the real-valued test
/// `x ≤ upperBounds[b]`, which is what a tree stores, so prediction works on raw values.
public struct FeatureBins: Sendable, Equatable {
    /// The upper bound of every value bin but the last, increasing: each one midway between the largest
    /// training value in its bin and the smallest in the next.
    public let upperBounds: [Double]
    /// Whether the training values had NaN (missing) values, and so a missing bin.
    public let hasMissing: Bool

    public init(upperBounds: [Double], hasMissing: Bool) {
        self.upperBounds = upperBounds
        self.hasMissing = hasMissing
    }

    /// The number of value bins (at least 1, even for a feature that is all missing).
    public var valueBinCount: Int { upperBounds.count + 1 }

    /// The missing bin's index, `valueBinCount`; it is used only when ``hasMissing``.
    public var missingBin: Int { valueBinCount }

    /// Value bins plus the missing bin, when there is one.
    public var binCount: Int { valueBinCount + (hasMissing ? 1 : 0) }

    /// The bin of `value`: NaN goes to ``missingBin``, anything else to the first bin whose upper bound
    /// it does not exceed.
    public func bin(of value: Double) -> Int {
        if value.isNaN { return missingBin }
        var low = 0
        var high = upperBounds.count
        while low < high {
            let mid = (low + high) / 2
            if value <= upperBounds[mid] { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The point midway between adjacent distinct values `a < b`, such that `a ≤ m < b`.
    static func midpoint(_ a: Double, _ b: Double) -> Double {
        let m = a / 2 + b / 2
        return m < b && m >= a ? m : a
    }
}
