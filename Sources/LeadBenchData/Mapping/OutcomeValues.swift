/// Which values of the outcome column mean converted, not converted, or still open
/// (`data.outcome_values`), for exports with a stage column such as `Won` / `Lost` / `Engaging`.
///
/// Without it, the outcome column is read as a yes/no value (1/0, yes/no, true/false).
public struct OutcomeValues: Codable, Sendable, Equatable {
    public var converted: [String]
    public var notConverted: [String]
    public var open: [String]

    public init(converted: [String], notConverted: [String], open: [String] = []) {
        self.converted = converted
        self.notConverted = notConverted
        self.open = open
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case converted, notConverted = "not_converted", open
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        converted = try c.required(.converted, placeholder: [], hint: "list the values that mean converted, e.g. [Won]", sink: sink)
        notConverted = try c.required(.notConverted, placeholder: [], hint: "list the values that mean not converted, e.g. [Lost]", sink: sink)
        open = try c.field(.open, default: [], sink: sink)
        let all = converted + notConverted + open
        for value in Set(all).sorted() where all.filter({ $0 == value }).count > 1 {
            try decoder.reportInvalid("the value \"\(value)\" is listed under more than one outcome")
        }
    }

    /// The outcome a value means, or `nil` when the value is not listed.
    public func outcome(of value: String) -> Outcome? {
        if converted.contains(value) { return .converted }
        if notConverted.contains(value) { return .notConverted }
        if open.contains(value) { return .open }
        return nil
    }
}
