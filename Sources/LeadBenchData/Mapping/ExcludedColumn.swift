/// A column kept out of the features, with the reason (`data.exclude`).
///
/// Written as a plain name, or as `{ Tags: "filled in by sales after contact" }` to give the reason the
/// report shows among the leakage exclusions.
public struct ExcludedColumn: Codable, Sendable, Equatable {
    public var column: String
    public var reason: String?

    public init(column: String, reason: String? = nil) {
        self.column = column
        self.reason = reason
    }

    public init(from decoder: any Decoder) throws {
        if let name = try? decoder.singleValueContainer().decode(String.self) {
            column = name
            reason = nil
            return
        }
        let mapping = try decoder.container(keyedBy: AnySpecKey.self)
        guard mapping.allKeys.count == 1, let key = mapping.allKeys.first else {
            column = ""
            reason = nil
            try decoder.reportInvalid("write a column name, or one `column: reason` pair")
            return
        }
        column = key.stringValue
        reason = try mapping.decodeIfPresent(String.self, forKey: key)
    }

    public func encode(to encoder: any Encoder) throws {
        if let reason {
            var mapping = encoder.container(keyedBy: AnySpecKey.self)
            try mapping.encode(reason, forKey: AnySpecKey(stringValue: column))
        } else {
            var single = encoder.singleValueContainer()
            try single.encode(column)
        }
    }
}
