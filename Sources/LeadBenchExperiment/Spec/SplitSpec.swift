import LeadBenchData

/// How leads are divided into training and test leads (DESIGN §2; `split:` in the experiment file).
public enum SplitSpec: Decodable, Sendable, Equatable {
    /// Train on leads whose outcome was known before `cutoff`; test on leads created after it.
    case temporal(cutoff: Int64)
    /// A seeded random split, stratified by outcome, for snapshot data without times.
    case random(testFraction: Double)
    /// Seeded stratified k-fold cross-validation, for snapshot data.
    case kFold(folds: Int)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, cutoff, testFraction = "test_fraction", folds
    }

    static let kinds = ["temporal", "random", "kfold"]

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        let kind: String = try c.required(.kind, placeholder: "random", hint: "write temporal, random or kfold", sink: sink)
        switch kind {
        case "temporal":
            let text: String = try c.required(.cutoff, placeholder: "", hint: "give the cutoff date, e.g. 2025-09-01", sink: sink)
            let parser = TimestampParser(format: .iso8601, zone: .utc)
            var bytes = Array(text.utf8)
            if let cutoff = bytes.withUnsafeMutableBytes({ parser.parse(UnsafeRawBufferPointer($0)) }) {
                self = .temporal(cutoff: cutoff)
            } else {
                if !text.isEmpty { try decoder.reportInvalid("\"\(text)\" is not a date", hint: "write the cutoff as 2025-09-01", key: CodingKeys.cutoff) }
                self = .temporal(cutoff: 0)
            }
        case "random":
            let fraction: Double = try c.field(.testFraction, default: 0.3, sink: sink)
            if !(fraction > 0 && fraction < 1) {
                try decoder.reportInvalid("the test fraction must lie strictly between 0 and 1", hint: "0.3 keeps 30% of leads for testing", key: CodingKeys.testFraction)
            }
            self = .random(testFraction: fraction)
        case "kfold":
            let folds: Int = try c.field(.folds, default: 5, sink: sink)
            if folds < 2 { try decoder.reportInvalid("k-fold needs at least 2 folds", key: CodingKeys.folds) }
            self = .kFold(folds: folds)
        default:
            try decoder.reportInvalid("\"\(kind)\" is not a kind of split", hint: NearestMatch.hint(for: kind, among: Self.kinds, noun: "kind"), key: CodingKeys.kind)
            self = .random(testFraction: 0.3)
        }
    }

    /// The split's name as the report shows it.
    public var label: String {
        switch self {
        case .temporal(let cutoff): "temporal, cutoff \(EpochSeconds.iso8601(cutoff, dateOnly: true))"
        case .random(let fraction): "seeded stratified random, \(Int((fraction * 100).rounded()))% test"
        case .kFold(let folds): "seeded stratified \(folds)-fold"
        }
    }
}
