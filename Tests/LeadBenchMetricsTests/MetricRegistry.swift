import LeadBenchMetrics
import Testing

/// Every metric of the module as a function from (scores, labels) to a flat list of numbers, for the
/// invariance tests. Thresholds are left out of the lists: they are scores, so they move under a
/// transform of the scores while everything else must stay put.
struct RegisteredMetric: Sendable, CustomTestStringConvertible {
    enum Kind: Sendable {
        /// Depends on the scores only through their order: invariant under strictly increasing maps.
        case ranking
        /// Reads the scores as probabilities.
        case probability
        /// Compares the scores with a fixed threshold.
        case threshold
    }

    let name: String
    let kind: Kind
    let evaluate: @Sendable ([Double], [Bool]) throws -> [Double]

    var testDescription: String { name }

    static let all: [RegisteredMetric] = [
        .init(name: "rocAUCScore", kind: .ranking) { [try rocAUCScore(scores: $0, labels: $1)] },
        .init(name: "rocCurve", kind: .ranking) { s, l in
            let curve = try rocCurve(scores: s, labels: l)
            return curve.fpr + curve.tpr
        },
        .init(name: "averagePrecisionScore", kind: .ranking) { [try averagePrecisionScore(scores: $0, labels: $1)] },
        .init(name: "precisionRecallCurve", kind: .ranking) { s, l in
            let curve = try precisionRecallCurve(scores: s, labels: l)
            let dropped = try precisionRecallCurve(scores: s, labels: l, dropIntermediate: true)
            return curve.precision + curve.recall + dropped.precision + dropped.recall
        },
        .init(name: "ksStatistic", kind: .ranking) { [try ksStatistic(scores: $0, labels: $1)] },
        .init(name: "LiftTable", kind: .ranking) { s, l in
            let table = try LiftTable(scores: s, labels: l)
            return table.rows.flatMap { [$0.leads, $0.conversions, $0.lift, $0.cumulativeGain, $0.cumulativeLift] }
        },
        .init(name: "captureRate", kind: .ranking) { s, l in
            try [0.05, 0.3, 0.77].map { try captureRate(scores: s, labels: l, atTopFraction: $0) }
        },
        .init(name: "RankOrderCheck", kind: .ranking) { s, l in
            let check = try RankOrderCheck(scores: s, labels: l)
            return check.conversionRates + check.inversions.map { Double($0.group) }
        },
        .init(name: "ThresholdSweep", kind: .ranking) { s, l in
            try ThresholdSweep(scores: s, labels: l, maxPoints: 25).points.flatMap { point in
                [Double(point.counts.truePositives), Double(point.counts.qualified),
                 point.counts.precision ?? -1, point.counts.recall ?? -1, point.counts.f1 ?? -1, point.counts.lift ?? -1]
            }
        },
        .init(name: "brierLoss", kind: .probability) { [try brierLoss(probabilities: $0, labels: $1)] },
        .init(name: "logLoss", kind: .probability) { [try logLoss(probabilities: $0, labels: $1)] },
        .init(name: "calibrationCurve", kind: .probability) { p, l in
            let curve = try calibrationCurve(probabilities: p, labels: l)
            return curve.probTrue + curve.probPred
        },
        .init(name: "CalibrationTable", kind: .probability) { p, l in
            let table = try CalibrationTable(probabilities: p, labels: l, bins: 7)
            return table.bins.flatMap { [Double($0.count), Double($0.positives), $0.meanPredicted ?? -1] }
                + [table.expectedCalibrationError]
        },
        .init(name: "ConfusionCounts", kind: .threshold) { s, l in
            let counts = try ConfusionCounts(scores: s, labels: l, threshold: 0.5)
            return [Double(counts.truePositives), Double(counts.falsePositives), Double(counts.falseNegatives),
                    Double(counts.trueNegatives), counts.precision ?? -1, counts.f1 ?? -1, counts.lift ?? -1,
                    counts.contactsPerConversion ?? -1]
        },
    ]

    static var ranking: [RegisteredMetric] { all.filter { $0.kind == .ranking } }
}
