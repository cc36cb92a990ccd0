import LeadBenchMetrics

/// The ranking figures of a model beyond its headline numbers (DESIGN §4): lift by decile with cumulative
/// gains, the ROC and precision–recall curves, the score distribution by outcome, capture, the rank-order
/// check, and for probability models the calibration table. All on the leads with a ranking score.
public struct RankingFigures: Sendable, Encodable {
    /// One decile of the leads, highest scores first (``LeadBenchMetrics/LiftTable``: tied scores that
    /// straddle a cut are shared between the deciles in proportion).
    public struct Decile: Sendable, Equatable, Encodable {
        public let decile: Int
        public let leads: Double
        public let conversions: Double
        public let conversionRate: Double
        public let lift: Double
        public let cumulativeGain: Double
        public let cumulativeLift: Double
        public let highestScore: Double
        public let lowestScore: Double
    }

    /// One bin of the calibration table: predicted probability against the observed conversion rate.
    public struct CalibrationBin: Sendable, Equatable, Encodable {
        public let lower: Double
        public let upper: Double
        public let leads: Int
        public let conversions: Int
        public let meanPredicted: Double?
        public let observedRate: Double?
    }

    /// A neighbouring pair of deciles in which the lower-scored one converts better.
    public struct Inversion: Sendable, Equatable, Encodable {
        public let decile: Int
        public let rate: Double
        public let nextRate: Double
    }

    public let deciles: [Decile]
    /// (false positive rate, true positive rate), at most ``curveLimit`` points.
    public let roc: [CurvePoint]
    /// (recall, precision), at most ``curveLimit`` points.
    public let precisionRecall: [CurvePoint]
    public let scores: ScoreHistogram
    /// Share of all conversions among the top 10% and top 20% of leads by score.
    public let captureTop10: Double
    public let captureTop20: Double
    public let inversions: [Inversion]
    public let calibration: [CalibrationBin]?
    /// Expected calibration error: the bins' |observed − predicted| weighted by their leads.
    public let expectedCalibrationError: Double?

    /// The most points a curve keeps for the reports.
    public static let curveLimit = 200

    /// - Throws: ``MetricError`` when the leads lack a class or a score is not finite.
    public init(scores: [Double], labels: [Bool], isProbability: Bool) throws(MetricError) {
        let lift = try LiftTable(scores: scores, labels: labels)
        deciles = lift.rows.map {
            Decile(
                decile: $0.group, leads: $0.leads, conversions: $0.conversions, conversionRate: $0.conversionRate, lift: $0.lift,
                cumulativeGain: $0.cumulativeGain, cumulativeLift: $0.cumulativeLift, highestScore: $0.highestScore, lowestScore: $0.lowestScore)
        }
        let rocCurve = try rocCurve(scores: scores, labels: labels)
        roc = CurvePoint.thinned(zip(rocCurve.fpr, rocCurve.tpr).map { CurvePoint(x: $0, y: $1) }, limit: Self.curveLimit)
        let pr = try precisionRecallCurve(scores: scores, labels: labels)
        precisionRecall = CurvePoint.thinned(zip(pr.recall, pr.precision).map { CurvePoint(x: $0, y: $1) }, limit: Self.curveLimit)
        self.scores = ScoreHistogram(scores: scores, labels: labels)
        captureTop10 = try captureRate(scores: scores, labels: labels, atTopFraction: 0.1)
        captureTop20 = try captureRate(scores: scores, labels: labels, atTopFraction: 0.2)
        inversions = try RankOrderCheck(scores: scores, labels: labels).inversions.map {
            Inversion(decile: $0.group, rate: $0.rate, nextRate: $0.nextRate)
        }
        if isProbability {
            let table = try CalibrationTable(probabilities: scores, labels: labels)
            calibration = table.bins.map {
                CalibrationBin(lower: $0.lower, upper: $0.upper, leads: $0.count, conversions: $0.positives, meanPredicted: $0.meanPredicted, observedRate: $0.observedRate)
            }
            expectedCalibrationError = table.expectedCalibrationError
        } else {
            calibration = nil
            expectedCalibrationError = nil
        }
    }
}

/// A point of a curve.
public struct CurvePoint: Sendable, Equatable, Encodable {
    public let x: Double
    public let y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// At most `limit` points, evenly spaced along the curve by index, always keeping the first and last.
    static func thinned(_ points: [CurvePoint], limit: Int) -> [CurvePoint] {
        guard points.count > limit, limit >= 2 else { return points }
        return (0..<limit).map { points[$0 * (points.count - 1) / (limit - 1)] }
    }
}

/// Ranking scores in equal-width bins from the lowest score to the highest, counted by outcome.
public struct ScoreHistogram: Sendable, Equatable, Encodable {
    /// `bins + 1` edges; bin `i` holds scores in `[edges[i], edges[i+1])`, the last bin also its upper edge.
    public let edges: [Double]
    public let converted: [Int]
    public let notConverted: [Int]

    public init(scores: [Double], labels: [Bool], bins: Int = 20) {
        let low = scores.min() ?? 0
        let high = scores.max() ?? 0
        let width = high > low ? (high - low) / Double(bins) : 1
        edges = (0...bins).map { $0 == bins ? (high > low ? high : low + 1) : low + Double($0) * width }
        var converted = [Int](repeating: 0, count: bins)
        var notConverted = [Int](repeating: 0, count: bins)
        for (score, label) in zip(scores, labels) {
            let bin = min(bins - 1, max(0, Int((score - low) / width)))
            if label { converted[bin] += 1 } else { notConverted[bin] += 1 }
        }
        self.converted = converted
        self.notConverted = notConverted
    }
}
