/// How an export's files and columns map onto leadbench's leads, activities, outcomes and accounts
/// (the `data:` section of an experiment file, DESIGN §1). No dataset needs editing before use: column
/// names, value spellings, missing-value markers and time formats are all stated here.
///
///     data:
///       leads: ../fixtures/quickstart/leads.csv
///       activities: ../fixtures/quickstart/activities.csv
///       columns: { lead_id: Lead ID, account_id: Company ID, created_at: Created Date,
///                  converted_at: Closed Won Date }
///       activity_columns: { lead_id: Lead ID, at: Activity Date, type: Activity Type }
///       missing: [Select, unknown, ""]
///       exclude: [ { Tags: filled in by sales after contact } ]
public struct DataMapping: Codable, Sendable {
    /// The leads file (paths are relative to the experiment file).
    public var leads: String
    public var activities: String?
    /// A separate file of outcomes (won deals, say), joined on the lead id.
    public var outcomes: String?
    /// A file of accounts joined on the leads' account key.
    public var accounts: String?
    /// The field delimiter of every file; detected from each header when absent.
    public var delimiter: UInt8?
    /// The zone of timestamps written without one.
    public var timeZone: TimeZoneSetting
    /// The format of every time column unless `timeFormats` names one for it.
    public var timeFormat: TimestampFormat
    /// Time formats by column name.
    public var timeFormats: [String: TimestampFormat]
    public var columns: LeadColumns
    public var outcomeValues: OutcomeValues?
    public var activityColumns: ActivityColumns?
    public var outcomeColumns: OutcomeColumns?
    /// The outcome of a lead that the outcomes file does not list.
    public var absentFromOutcomes: Outcome
    public var accountColumns: AccountColumns?
    /// Values that mean "missing" in every column; an empty field always does.
    public var missing: [String]
    /// Further missing-value markers for single columns.
    public var missingByColumn: [String: [String]]
    /// Value spellings to replace, by column: `{ product: { GTXPro: GTX Pro } }`.
    public var normalize: [String: [String: String]]
    /// Columns kept out of the features.
    public var exclude: [ExcludedColumn]
    /// Columns to read as numbers, and columns to read as categories, overriding inference.
    public var numeric: [String]
    public var categorical: [String]
    /// Whether a bad row stops the load (`error`, the default) or is skipped and counted (`skip`).
    public var badRows: BadRowPolicy

    public enum BadRowPolicy: String, Sendable, CaseIterable {
        case error, skip
    }

    public init(leads: String, columns: LeadColumns) {
        self.leads = leads
        self.columns = columns
        timeZone = .utc
        timeFormat = .iso8601
        timeFormats = [:]
        absentFromOutcomes = .notConverted
        missing = [""]
        missingByColumn = [:]
        normalize = [:]
        exclude = []
        numeric = []
        categorical = []
        badRows = .error
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case leads, activities, outcomes, accounts, delimiter
        case timeZone = "time_zone", timeFormat = "time_format", timeFormats = "time_formats"
        case columns, outcomeValues = "outcome_values", activityColumns = "activity_columns"
        case outcomeColumns = "outcome_columns", absentFromOutcomes = "absent_from_outcomes"
        case accountColumns = "account_columns", missing, missingByColumn = "missing_by_column", normalize
        case exclude, numeric, categorical, badRows = "bad_rows"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        leads = try c.required(.leads, placeholder: "", hint: "give the path of the leads CSV, relative to this file", sink: sink)
        activities = try c.field(.activities, sink: sink)
        outcomes = try c.field(.outcomes, sink: sink)
        accounts = try c.field(.accounts, sink: sink)
        columns = try c.required(.columns, placeholder: LeadColumns(leadID: ""), hint: "map at least lead_id", sink: sink)
        outcomeValues = try c.field(.outcomeValues, sink: sink)
        activityColumns = try c.field(.activityColumns, sink: sink)
        outcomeColumns = try c.field(.outcomeColumns, sink: sink)
        accountColumns = try c.field(.accountColumns, sink: sink)
        missing = try c.field(.missing, default: [""], sink: sink)
        missingByColumn = try c.field(.missingByColumn, default: [:], sink: sink)
        normalize = try c.field(.normalize, default: [:], sink: sink)
        exclude = try c.field(.exclude, default: [], sink: sink)
        numeric = try c.field(.numeric, default: [], sink: sink)
        categorical = try c.field(.categorical, default: [], sink: sink)
        badRows = .error
        timeZone = .utc
        timeFormat = .iso8601
        timeFormats = [:]
        absentFromOutcomes = .notConverted
        delimiter = nil

        if let text: String = try c.field(.badRows, sink: sink) {
            if let policy = BadRowPolicy(rawValue: text) { badRows = policy } else {
                try decoder.reportInvalid("\"\(text)\" is not a bad-row policy", hint: NearestMatch.hint(for: text, among: BadRowPolicy.allCases.map(\.rawValue), noun: "value"), key: CodingKeys.badRows)
            }
        }
        if let text: String = try c.field(.delimiter, sink: sink) {
            switch text {
            case ",": delimiter = UInt8(ascii: ",")
            case ";": delimiter = UInt8(ascii: ";")
            case "\t", "tab", "\\t": delimiter = UInt8(ascii: "\t")
            default: try decoder.reportInvalid("the delimiter must be \",\", \";\" or tab", key: CodingKeys.delimiter)
            }
        }
        if let text: String = try c.field(.timeZone, sink: sink) {
            if let zone = TimeZoneSetting(parsing: text) { timeZone = zone } else {
                try decoder.reportInvalid("\"\(text)\" is not a time zone", hint: "write UTC, an offset such as +02:00, or a zone name such as America/Sao_Paulo", key: CodingKeys.timeZone)
            }
        }
        if let text: String = try c.field(.timeFormat, sink: sink) {
            timeFormat = try Self.timestampFormat(text, decoder: decoder, key: CodingKeys.timeFormat)
        }
        let formats: [String: String] = try c.field(.timeFormats, default: [:], sink: sink)
        for (column, text) in formats.sorted(by: { $0.key < $1.key }) {
            timeFormats[column] = try Self.timestampFormat(text, decoder: decoder, key: AnySpecKey(stringValue: "time_formats.\(column)"))
        }
        if let text: String = try c.field(.absentFromOutcomes, sink: sink) {
            switch text {
            case "not_converted": absentFromOutcomes = .notConverted
            case "open": absentFromOutcomes = .open
            default:
                try decoder.reportInvalid("\"\(text)\" is not an outcome for absent leads", hint: "write not_converted or open", key: CodingKeys.absentFromOutcomes)
            }
        }
        try checkConsistency(decoder)
    }

    /// Writes the mapping with the keys it is read from (model files carry it, so `leadbench score`
    /// reads new exports the way the experiment read its data).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(leads, forKey: .leads)
        try c.encodeIfPresent(activities, forKey: .activities)
        try c.encodeIfPresent(outcomes, forKey: .outcomes)
        try c.encodeIfPresent(accounts, forKey: .accounts)
        try c.encodeIfPresent(delimiter.map { String(UnicodeScalar($0)) }, forKey: .delimiter)
        try c.encode(timeZone.text, forKey: .timeZone)
        try c.encode(timeFormat.text, forKey: .timeFormat)
        if !timeFormats.isEmpty { try c.encode(timeFormats.mapValues(\.text), forKey: .timeFormats) }
        try c.encode(columns, forKey: .columns)
        try c.encodeIfPresent(outcomeValues, forKey: .outcomeValues)
        try c.encodeIfPresent(activityColumns, forKey: .activityColumns)
        try c.encodeIfPresent(outcomeColumns, forKey: .outcomeColumns)
        try c.encode(absentFromOutcomes == .open ? "open" : "not_converted", forKey: .absentFromOutcomes)
        try c.encodeIfPresent(accountColumns, forKey: .accountColumns)
        try c.encode(missing, forKey: .missing)
        if !missingByColumn.isEmpty { try c.encode(missingByColumn, forKey: .missingByColumn) }
        if !normalize.isEmpty { try c.encode(normalize, forKey: .normalize) }
        if !exclude.isEmpty { try c.encode(exclude, forKey: .exclude) }
        if !numeric.isEmpty { try c.encode(numeric, forKey: .numeric) }
        if !categorical.isEmpty { try c.encode(categorical, forKey: .categorical) }
        try c.encode(badRows.rawValue, forKey: .badRows)
    }

    /// The mapping for scoring new leads: the same columns and reading rules, without the outcome
    /// (new leads have none yet) and with the given files.
    public func forScoring(leads: String, activities: String?, accounts: String?) -> DataMapping {
        var copy = self
        copy.leads = leads
        copy.activities = activityColumns == nil ? nil : activities
        copy.accounts = accountColumns == nil || columns.accountID == nil ? nil : accounts
        copy.outcomes = nil
        copy.outcomeColumns = nil
        copy.outcomeValues = nil
        copy.columns.converted = nil
        copy.columns.convertedAt = nil
        copy.columns.dealValue = nil
        return copy
    }

    private static func timestampFormat(_ text: String, decoder: any Decoder, key: any CodingKey) throws -> TimestampFormat {
        let lowered = text.lowercased()
        if lowered == "iso8601" || lowered == "iso 8601" || lowered == "iso" { return .iso8601 }
        if let pattern = TimestampPattern(text) { return .pattern(pattern) }
        try decoder.reportInvalid(
            "\"\(text)\" is not a timestamp format",
            hint: "write iso8601 or a pattern of yyyy, MM, dd, HH, mm, ss (e.g. \"dd/MM/yyyy HH:mm\")", key: key)
        return .iso8601
    }

    /// Cross-key rules: each file comes with its column mapping, and the outcome is read from somewhere.
    private func checkConsistency(_ decoder: any Decoder) throws {
        if activities != nil && activityColumns == nil {
            try decoder.reportInvalid("an activities file needs `activity_columns`", hint: "map lead_id, at and type of the activities file", key: CodingKeys.activities)
        }
        if activityColumns != nil && activities == nil {
            try decoder.reportInvalid("`activity_columns` is set but there is no `activities` file", key: CodingKeys.activityColumns)
        }
        if outcomes != nil && outcomeColumns == nil {
            try decoder.reportInvalid("an outcomes file needs `outcome_columns`", hint: "map at least lead_id of the outcomes file", key: CodingKeys.outcomes)
        }
        if outcomeColumns != nil && outcomes == nil {
            try decoder.reportInvalid("`outcome_columns` is set but there is no `outcomes` file", key: CodingKeys.outcomeColumns)
        }
        if accounts != nil && accountColumns == nil {
            try decoder.reportInvalid("an accounts file needs `account_columns`", hint: "map account_id of the accounts file", key: CodingKeys.accounts)
        }
        if accounts != nil && columns.accountID == nil {
            try decoder.reportInvalid("an accounts file is joined on the leads' `columns.account_id`, which is not set", key: CodingKeys.accounts)
        }
        if outcomeValues != nil && columns.converted == nil {
            try decoder.reportInvalid("`outcome_values` reads the outcome column, but `columns.converted` is not set", key: CodingKeys.outcomeValues)
        }
        if !columns.leadID.isEmpty && columns.converted == nil && columns.convertedAt == nil && outcomes == nil {
            try decoder.reportInvalid(
                "the mapping says nowhere whether a lead converted",
                hint: "set columns.converted (a yes/no or stage column), columns.converted_at (a won date), or an outcomes file",
                key: CodingKeys.columns)
        }
        for column in Set(numeric).intersection(categorical).sorted() {
            try decoder.reportInvalid("\"\(column)\" is listed as both numeric and categorical", key: CodingKeys.numeric)
        }
    }

    /// Which file a column reference must be found in.
    public enum FileRole: String, Sendable, CaseIterable {
        case leads, activities, outcomes, accounts
    }

    /// A column named by the mapping, with the key that names it, for checking against the headers.
    public struct ColumnReference: Sendable {
        /// The file the column must be in, or `nil` when any of the experiment's files will do.
        public var role: FileRole?
        public var column: String
        /// The key inside `data:` that names the column.
        public var path: [SpecPathElement]
    }

    /// Every column the mapping names, so that each can be checked against the files' headers.
    public var columnReferences: [ColumnReference] {
        var references: [ColumnReference] = []
        for (key, column) in columns.mapped {
            references.append(.init(role: .leads, column: column, path: [.key("columns"), .key(key)]))
        }
        for (key, column) in activityColumns?.mapped ?? [] {
            references.append(.init(role: .activities, column: column, path: [.key("activity_columns"), .key(key)]))
        }
        for (key, column) in outcomeColumns?.mapped ?? [] {
            let path: [SpecPathElement] = key.hasPrefix("attributes[")
                ? [.key("outcome_columns"), .key("attributes"), .index(Int(key.dropFirst(11).dropLast()) ?? 0)]
                : [.key("outcome_columns"), .key(key)]
            references.append(.init(role: .outcomes, column: column, path: path))
        }
        if let accountColumns {
            references.append(.init(role: .accounts, column: accountColumns.accountID, path: [.key("account_columns"), .key("account_id")]))
        }
        for (i, excluded) in exclude.enumerated() {
            references.append(.init(role: nil, column: excluded.column, path: [.key("exclude"), .index(i)]))
        }
        for (i, column) in numeric.enumerated() {
            references.append(.init(role: nil, column: column, path: [.key("numeric"), .index(i)]))
        }
        for (i, column) in categorical.enumerated() {
            references.append(.init(role: nil, column: column, path: [.key("categorical"), .index(i)]))
        }
        for column in missingByColumn.keys.sorted() {
            references.append(.init(role: nil, column: column, path: [.key("missing_by_column"), .key(column)]))
        }
        for column in normalize.keys.sorted() {
            references.append(.init(role: nil, column: column, path: [.key("normalize"), .key(column)]))
        }
        for column in timeFormats.keys.sorted() {
            references.append(.init(role: nil, column: column, path: [.key("time_formats"), .key(column)]))
        }
        return references
    }

    /// The files of the mapping with their roles, as written.
    public var files: [(role: FileRole, path: String)] {
        [(FileRole.leads, leads)] + [(.activities, activities), (.outcomes, outcomes), (.accounts, accounts)]
            .compactMap { role, path in path.map { (role, $0) } }
    }
}
