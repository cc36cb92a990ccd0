import Dispatch
import LeadBenchData

/// Bins every feature of a training set for histogram-based tree learning, as LightGBM does before it
/// grows any tree.
///
/// For each feature the non-missing training values are sorted and grouped by distinct value:
/// - with at most `maxBins` distinct values, each distinct value gets its own bin;
/// - with more, bins are cut at approximate quantiles: walking the distinct values in order, a bin is
///   closed once it holds the target count (the rows not yet binned ÷ the bins left), or earlier when
///   taking the next distinct value would overshoot the target by more than stopping short; so a heavy
///   value tends to get a bin of its own and never shares one with more than its neighbours.
///
/// Bin boundaries lie midway between adjacent distinct values. NaN values go to a separate missing bin,
/// which every split may send left or right. A constant feature has one value bin and can never split.
///
///     let binner = FeatureBinner(fitting: x, maxBins: 255)
///     binner.features[2].bin(of: 17.5)
public struct FeatureBinner: Sendable, Equatable {
    /// One entry per column of the training matrix.
    public let features: [FeatureBins]

    public init(features: [FeatureBins]) {
        self.features = features
    }

    /// Bins fitted to `rows` of `x` (every row when `nil`), with at most `maxBins` value bins a feature.
    /// Each feature is fitted on its own, so the features are fitted side by side, each into its own
    /// slot: the same bins on any number of cores.
    public init(fitting x: FeatureMatrix, rows: [Int]? = nil, maxBins: Int = 255) {
        precondition(maxBins >= 1, "A feature needs at least one bin.")
        let rows = rows ?? Array(0..<x.rowCount)
        var features = [FeatureBins](repeating: FeatureBins(upperBounds: [], hasMissing: false), count: x.columnCount)
        features.withUnsafeMutableBufferPointer { buffer in
            let slots = SharedSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: x.columnCount) { feature in
                slots[feature] = Self.fit(feature, of: x, rows: rows, maxBins: maxBins)
            }
        }
        self.features = features
    }

    /// The bins of one feature: its non-missing values at `rows`, sorted, cut by ``upperBounds(sortedValues:maxBins:)``.
    private static func fit(_ feature: Int, of x: FeatureMatrix, rows: [Int], maxBins: Int) -> FeatureBins {
        var column: [Double] = []
        column.reserveCapacity(rows.count)
        var hasMissing = false
        x.values.withUnsafeBufferPointer { values in
            let width = x.columnCount
            for row in rows {
                let value = values[row * width + feature]
                if value.isNaN { hasMissing = true } else { column.append(value) }
            }
        }
        column.sort()
        return FeatureBins(upperBounds: upperBounds(sortedValues: column, maxBins: maxBins), hasMissing: hasMissing)
    }

    /// The bin upper bounds for sorted, non-missing values: fewer than `maxBins` of them.
    static func upperBounds(sortedValues values: [Double], maxBins: Int) -> [Double] {
        var distinct: [Double] = []
        var counts: [Int] = []
        for value in values {
            if let last = distinct.last, last == value {
                counts[counts.count - 1] += 1
            } else {
                distinct.append(value)
                counts.append(1)
            }
        }
        guard distinct.count > 1 else { return [] }
        if distinct.count <= maxBins {
            return (0..<distinct.count - 1).map { FeatureBins.midpoint(distinct[$0], distinct[$0 + 1]) }
        }
        var bounds: [Double] = []
        var rowsLeft = values.count
        var binsLeft = maxBins
        var inBin = 0
        for i in 0..<distinct.count - 1 {
            inBin += counts[i]
            let target = Double(rowsLeft) / Double(binsLeft)
            let shortfall = target - Double(inBin)
            let overshoot = Double(inBin + counts[i + 1]) - target
            if shortfall <= 0 || overshoot > shortfall {
                bounds.append(FeatureBins.midpoint(distinct[i], distinct[i + 1]))
                rowsLeft -= inBin
                binsLeft -= 1
                inBin = 0
                if binsLeft == 1 { break }
            }
        }
        return bounds
    }

    /// The bin codes of `rows` of `x`, column by column, with each feature's offset in a histogram;
    /// the columns coded side by side, each into its own run of codes.
    func binnedColumns(_ x: FeatureMatrix, rows: [Int]) -> BinnedColumns {
        precondition(features.allSatisfy { $0.binCount <= 1 << 16 }, "Bin codes are 16-bit.")
        let n = rows.count
        let features = features
        var codes = [UInt16](repeating: 0, count: n * features.count)
        codes.withUnsafeMutableBufferPointer { buffer in
            let slots = SharedSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: features.count) { feature in
                let bins = features[feature]
                let run = slots.slots(feature * n..<(feature + 1) * n)
                x.values.withUnsafeBufferPointer { values in
                    let width = x.columnCount
                    for (position, row) in rows.enumerated() {
                        run[position] = UInt16(truncatingIfNeeded: bins.bin(of: values[row * width + feature]))
                    }
                }
            }
        }
        return BinnedColumns(rowCount: n, codes: codes, binCounts: features.map(\.binCount))
    }
}
