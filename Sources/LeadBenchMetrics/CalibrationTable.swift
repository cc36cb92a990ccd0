/// Predicted against observed conversion in equal-width probability bins: a reliability table.
///
/// `bins` equal-width bins cover `[0, 1]`. The edges are `e_k = k · (1 / bins)` for `k < bins` and
/// `e_bins = 1`, computed exactly as NumPy's `linspace(0, 1, bins + 1)`, so a probability that sits on an
/// edge lands where scikit-learn puts it: bins are closed on the right — bin 0 is `[e_0, e_1]`, bin `k` is
/// `(e_k, e_{k+1}]` (with `bins = 10`, 0.3 < e_3 = 0.30000000000000004 falls in bin 2, 0.1 in bin 0).
///
/// Per bin: the leads in it, how many converted, the mean predicted probability and the observed
/// conversion rate. Empty bins are kept, with a count of 0 and no means, so the table always has
/// `bins` rows; ``curve`` drops them, as scikit-learn's `calibration_curve` does.
public struct CalibrationTable: Sendable, Equatable {
    /// One probability bin.
    public struct Bin: Sendable, Equatable {
        /// The lower edge (exclusive, but inclusive for the first bin).
        public let lower: Double
        /// The upper edge (inclusive).
        public let upper: Double
        /// Leads whose probability falls in the bin.
        public let count: Int
        /// Converted leads among them.
        public let positives: Int
        /// The mean predicted probability of the bin's leads, `nil` for an empty bin.
        public let meanPredicted: Double?

        /// The bin's conversion rate, `positives / count`, `nil` for an empty bin.
        public var observedRate: Double? { count == 0 ? nil : Double(positives) / Double(count) }

        /// Observed minus predicted: positive when the model under-predicts; `nil` for an empty bin.
        public var gap: Double? {
            guard let observed = observedRate, let predicted = meanPredicted else { return nil }
            return observed - predicted
        }
    }

    /// Exactly `bins` bins, lowest first.
    public let bins: [Bin]

    /// Bins the probabilities.
    ///
    /// - Parameters:
    ///   - probabilities: One predicted conversion probability per lead, each in `[0, 1]`.
    ///   - labels: Whether each lead converted. One class alone is allowed.
    ///   - bins: The number of equal-width bins; must be at least 1 (a programming error otherwise).
    /// - Throws: ``MetricError`` for mismatched lengths, no leads, a non-finite value or a value outside
    ///   `[0, 1]`.
    /// - Complexity: O(*n* log `bins`).
    public init(probabilities: [Double], labels: [Bool], bins: Int = 10) throws(MetricError) {
        precondition(bins >= 1, "a calibration table needs at least one bin, not \(bins)")
        try validateMetricInput(scores: probabilities, labels: labels, requiring: .probabilities)
        let step = 1.0 / Double(bins)
        let edges = (0...bins).map { $0 == bins ? 1.0 : Double($0) * step + 0 }
        let inner = edges[1..<bins]
        var counts = [Int](repeating: 0, count: bins)
        var positives = [Int](repeating: 0, count: bins)
        var sums = [Double](repeating: 0, count: bins)
        for (p, label) in zip(probabilities, labels) {
            let bin = Self.countBelow(p, in: inner)
            counts[bin] += 1
            sums[bin] += p
            if label { positives[bin] += 1 }
        }
        self.bins = (0..<bins).map { k in
            Bin(
                lower: edges[k], upper: edges[k + 1], count: counts[k], positives: positives[k],
                meanPredicted: counts[k] == 0 ? nil : sums[k] / Double(counts[k]))
        }
    }

    /// How many of the sorted `edges` are strictly below `value` (NumPy's `searchsorted`, side left).
    private static func countBelow(_ value: Double, in edges: ArraySlice<Double>) -> Int {
        var low = edges.startIndex
        var high = edges.endIndex
        while low < high {
            let middle = (low + high) / 2
            if edges[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low - edges.startIndex
    }

    /// All leads in the table.
    public var count: Int { bins.reduce(0) { $0 + $1.count } }

    /// The expected calibration error: the count-weighted mean of `|observed − predicted|` over the
    /// non-empty bins, `Σ_k (n_k / n) · |ō_k − p̄_k|`. 0 for a perfectly calibrated table.
    public var expectedCalibrationError: Double {
        let total = Double(count)
        return bins.reduce(0) { sum, bin in sum + Double(bin.count) / total * abs(bin.gap ?? 0) }
    }

    /// The non-empty bins as scikit-learn's `calibration_curve` returns them.
    public var curve: CalibrationCurve {
        let filled = bins.filter { $0.count > 0 }
        return CalibrationCurve(
            probTrue: filled.compactMap(\.observedRate), probPred: filled.compactMap(\.meanPredicted))
    }
}
