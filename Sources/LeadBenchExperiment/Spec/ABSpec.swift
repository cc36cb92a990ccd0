import LeadBenchData

/// An A/B test of scoring models (DESIGN §5; `ab:` in the experiment file):
///
/// ```yaml
/// ab:
///   salt: q3-2025                 # changes every assignment when changed; keep it per test
///   unit: account                 # or lead; colleagues at one account always share an arm
///   arms:
///     - { name: control, model: points, weight: 0.5 }
///     - { name: challenger, model: logistic, weight: 0.5 }
/// ```
///
/// The first arm is the control. Weights are positive and add up to 1.
public struct ABSpec: Decodable, Sendable, Equatable {
    /// What is assigned to an arm.
    public enum Unit: String, Sendable, Equatable, CaseIterable {
        case lead, account
    }

    public var salt: String
    public var unit: Unit
    public var arms: [ABArmSpec]

    public init(salt: String, unit: Unit = .lead, arms: [ABArmSpec]) {
        self.salt = salt
        self.unit = unit
        self.arms = arms
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case salt, unit, arms
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        salt = try c.required(.salt, placeholder: "", hint: "name the test, e.g. salt: q3-2025; the same salt gives the same arms", sink: sink)
        let unitName: String = try c.field(.unit, default: "lead", sink: sink)
        arms = try c.required(.arms, placeholder: [], hint: "list the arms, each with a name, a model and a weight", sink: sink)
        if let known = Unit(rawValue: unitName) {
            unit = known
        } else {
            unit = .lead
            try decoder.reportInvalid(
                "\"\(unitName)\" is not a unit of assignment", hint: NearestMatch.hint(for: unitName, among: Unit.allCases.map(\.rawValue), noun: "unit"),
                key: CodingKeys.unit)
        }
        if arms.count < 2 && c.contains(.arms) { try decoder.reportInvalid("an A/B test needs at least two arms", key: CodingKeys.arms) }
        let names = arms.map(\.name)
        for (i, name) in names.enumerated() where names[..<i].contains(name) {
            try decoder.reportInvalid("two arms are called \"\(name)\"", hint: "arm names must be unique", key: CodingKeys.arms)
        }
        let total = arms.reduce(0) { $0 + $1.weight }
        if !arms.isEmpty && abs(total - 1) > 1e-9 {
            try decoder.reportInvalid(
                "the arms' weights add up to \(total), not 1", hint: "e.g. 0.5 and 0.5, or 0.2 and 0.8", key: CodingKeys.arms)
        }
    }

    /// The control arm: the first.
    public var control: ABArmSpec? { arms.first }
}

/// One arm of an A/B test: its name, the model that qualifies its leads, and its share of the units.
public struct ABArmSpec: Decodable, Sendable, Equatable {
    public var name: String
    public var model: String
    public var weight: Double

    public init(name: String, model: String, weight: Double) {
        self.name = name
        self.model = model
        self.weight = weight
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, model, weight
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        name = try c.required(.name, placeholder: "", hint: "name the arm, e.g. control", sink: sink)
        model = try c.required(.model, placeholder: "", hint: "the model that qualifies this arm's leads", sink: sink)
        weight = try c.required(.weight, placeholder: 0, hint: "the arm's share of the units, e.g. 0.5", sink: sink)
        if !(weight > 0 && weight <= 1) { try decoder.reportInvalid("an arm's weight must lie in (0, 1]", key: CodingKeys.weight) }
    }
}
