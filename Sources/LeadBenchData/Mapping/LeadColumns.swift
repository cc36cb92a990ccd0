/// Which columns of the leads file hold leadbench's lead fields (`data.columns` in the experiment file).
///
/// The outcome is read from `converted` when it is mapped (a yes/no column, or a stage column read
/// through `outcome_values`); otherwise a present `converted_at` means converted; otherwise the outcome
/// comes from a separate outcomes file.
public struct LeadColumns: Codable, Sendable, Equatable {
    public var leadID: String
    public var accountID: String?
    public var createdAt: String?
    public var converted: String?
    public var convertedAt: String?
    public var dealValue: String?

    public init(leadID: String, accountID: String? = nil, createdAt: String? = nil, converted: String? = nil,
                convertedAt: String? = nil, dealValue: String? = nil) {
        self.leadID = leadID
        self.accountID = accountID
        self.createdAt = createdAt
        self.converted = converted
        self.convertedAt = convertedAt
        self.dealValue = dealValue
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case leadID = "lead_id", accountID = "account_id", createdAt = "created_at", converted
        case convertedAt = "converted_at", dealValue = "deal_value"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        leadID = try c.required(.leadID, placeholder: "", hint: "name the column that identifies each lead", sink: sink)
        accountID = try c.field(.accountID, sink: sink)
        createdAt = try c.field(.createdAt, sink: sink)
        converted = try c.field(.converted, sink: sink)
        convertedAt = try c.field(.convertedAt, sink: sink)
        dealValue = try c.field(.dealValue, sink: sink)
    }

    /// The mapped columns with the key that maps each.
    var mapped: [(key: String, column: String)] {
        [("lead_id", leadID), ("account_id", accountID), ("created_at", createdAt), ("converted", converted),
         ("converted_at", convertedAt), ("deal_value", dealValue)]
            .compactMap { key, column in column.map { (key, $0) } }
    }
}

/// Which columns of the activities file hold leadbench's activity fields (`data.activity_columns`).
public struct ActivityColumns: Codable, Sendable, Equatable {
    public var leadID: String
    public var at: String
    public var type: String
    public var value: String?

    public init(leadID: String, at: String, type: String, value: String? = nil) {
        self.leadID = leadID
        self.at = at
        self.type = type
        self.value = value
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case leadID = "lead_id", at, type, value
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        leadID = try c.required(.leadID, placeholder: "", sink: sink)
        at = try c.required(.at, placeholder: "", hint: "name the column with each activity's time", sink: sink)
        type = try c.required(.type, placeholder: "", hint: "name the column with each activity's type", sink: sink)
        value = try c.field(.value, sink: sink)
    }

    var mapped: [(key: String, column: String)] {
        [("lead_id", leadID), ("at", at), ("type", type)] + (value.map { [("value", $0)] } ?? [])
    }
}

/// Which columns of a separate outcomes file (won deals, say) hold the outcome (`data.outcome_columns`).
///
/// A lead present in the file converted unless `converted` says otherwise; a lead absent from it takes
/// `absent_from_outcomes`. `attributes` joins further columns of the file onto the leads; such columns
/// usually exist only for converted leads and leak the outcome, which the leakage check flags.
public struct OutcomeColumns: Codable, Sendable, Equatable {
    public var leadID: String
    public var converted: String?
    public var convertedAt: String?
    public var dealValue: String?
    public var attributes: [String]

    public init(leadID: String, converted: String? = nil, convertedAt: String? = nil, dealValue: String? = nil,
                attributes: [String] = []) {
        self.leadID = leadID
        self.converted = converted
        self.convertedAt = convertedAt
        self.dealValue = dealValue
        self.attributes = attributes
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case leadID = "lead_id", converted, convertedAt = "converted_at", dealValue = "deal_value", attributes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        leadID = try c.required(.leadID, placeholder: "", sink: sink)
        converted = try c.field(.converted, sink: sink)
        convertedAt = try c.field(.convertedAt, sink: sink)
        dealValue = try c.field(.dealValue, sink: sink)
        attributes = try c.field(.attributes, default: [], sink: sink)
    }

    var mapped: [(key: String, column: String)] {
        [("lead_id", leadID), ("converted", converted), ("converted_at", convertedAt), ("deal_value", dealValue)]
            .compactMap { key, column in column.map { (key, $0) } }
            + attributes.enumerated().map { ("attributes[\($0.offset)]", $0.element) }
    }
}

/// Which column of the accounts file holds the account key the leads refer to (`data.account_columns`).
public struct AccountColumns: Codable, Sendable, Equatable {
    public var accountID: String

    public init(accountID: String) { self.accountID = accountID }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case accountID = "account_id"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        accountID = try c.required(.accountID, placeholder: "", sink: decoder.specIssues)
    }
}
