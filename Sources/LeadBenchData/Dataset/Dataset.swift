/// A loaded CRM export: leads, their activities and accounts, column-wise (DESIGN §1).
public struct Dataset: Sendable {
    public let leads: LeadTable
    /// `nil` for a snapshot dataset without an activity log.
    public let activities: ActivityLog?
    /// `nil` when the leads have no account key.
    public let accounts: AccountTable?
    /// Columns left out of the features, with the reason the experiment gives.
    public let excludedColumns: [ExcludedColumn]
    /// Rows skipped because the experiment asked to skip bad rows, with the first few reasons.
    public let skippedRows: SkippedRows

    public init(
        leads: LeadTable, activities: ActivityLog?, accounts: AccountTable?, excludedColumns: [ExcludedColumn],
        skippedRows: SkippedRows
    ) {
        self.leads = leads
        self.activities = activities
        self.accounts = accounts
        self.excludedColumns = excludedColumns
        self.skippedRows = skippedRows
    }

    /// Whether leads have creation times: without them the dataset is a snapshot, and everything that
    /// needs time (replay, decay, temporal splits, sales-cycle length) is reported as not available.
    public var hasTimes: Bool { leads.createdAt.contains { $0 != EpochSeconds.missing } }

    /// The last moment the data knows of: the latest creation, activity or conversion.
    public var endOfData: Int64? {
        var latest = Int64.min
        for t in leads.createdAt where t > latest { latest = t }
        for t in leads.convertedAt where t > latest { latest = t }
        if let activities { for t in activities.at where t > latest { latest = t } }
        return latest == Int64.min ? nil : latest
    }
}

/// Rows the loader skipped at the experiment's request (`bad_rows: skip`), counted per file.
public struct SkippedRows: Sendable, Equatable {
    /// Skipped row counts by file.
    public var countByFile: [String: Int] = [:]
    /// The first issues met, as examples for the report.
    public var examples: [InputIssue] = []

    /// How many example issues are kept.
    static let exampleLimit = 10

    public init() {}

    public var total: Int { countByFile.values.reduce(0, +) }

    mutating func record(_ issue: InputIssue) {
        countByFile[issue.file, default: 0] += 1
        if examples.count < Self.exampleLimit { examples.append(issue) }
    }
}
