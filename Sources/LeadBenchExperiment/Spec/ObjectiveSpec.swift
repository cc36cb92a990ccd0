import LeadBenchData

/// What the recommended threshold optimises (DESIGN §4; `objective:` in the experiment file).
public enum ObjectiveSpec: Decodable, Sendable, Equatable {
    /// The threshold with the best F1.
    case bestF1
    /// The lowest threshold whose precision reaches `target`.
    case precision(target: Double)
    /// The lowest threshold that qualifies at most `maxPerWeek` leads per week: the sales team's capacity.
    case capacity(maxPerWeek: Double)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, target, maxPerWeek = "max_per_week"
    }

    static let kinds = ["best_f1", "precision", "capacity"]

    public init(from decoder: any Decoder) throws {
        if let kind = try? decoder.singleValueContainer().decode(String.self) {
            if kind == "best_f1" {
                self = .bestF1
            } else {
                try decoder.reportInvalid(
                    "\"\(kind)\" is not an objective on its own",
                    hint: kind == "precision" || kind == "capacity"
                        ? "write { kind: \(kind), \(kind == "precision" ? "target: 0.3" : "max_per_week: 200") }"
                        : NearestMatch.hint(for: kind, among: Self.kinds, noun: "objective"))
                self = .bestF1
            }
            return
        }
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        let kind: String = try c.required(.kind, placeholder: "best_f1", sink: sink)
        switch kind {
        case "best_f1":
            self = .bestF1
        case "precision":
            let target: Double = try c.required(.target, placeholder: 0.5, hint: "the precision to reach, e.g. 0.3", sink: sink)
            if !(target > 0 && target <= 1) { try decoder.reportInvalid("the target precision must lie in (0, 1]", key: CodingKeys.target) }
            self = .precision(target: target)
        case "capacity":
            let perWeek: Double = try c.required(.maxPerWeek, placeholder: 1, hint: "how many leads sales can take per week", sink: sink)
            if !(perWeek > 0) { try decoder.reportInvalid("the capacity must be a positive number of leads per week", key: CodingKeys.maxPerWeek) }
            self = .capacity(maxPerWeek: perWeek)
        default:
            try decoder.reportInvalid("\"\(kind)\" is not an objective", hint: NearestMatch.hint(for: kind, among: Self.kinds, noun: "objective"), key: CodingKeys.kind)
            self = .bestF1
        }
    }
}

extension ObjectiveSpec {
    /// The objective in words, as the report shows it.
    public var label: String {
        switch self {
        case .bestF1: "best F1"
        case .precision(let target): "precision ≥ \(target)"
        case .capacity(let perWeek): "at most \(perWeek == perWeek.rounded() ? String(Int(perWeek)) : String(perWeek)) qualified per week"
        }
    }
}
