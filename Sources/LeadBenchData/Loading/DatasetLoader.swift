import Foundation

/// Loads a CRM export into a column-wise ``Dataset`` as its ``DataMapping`` describes (DESIGN §1).
///
/// Each file is streamed once through ``CSVReader``: leads first (ids, accounts, times, outcomes,
/// attributes), then the outcomes file, the accounts file and the activity log, each joined on its key.
/// Bad input stops the load with an ``InputError`` naming the file, line, column and value, unless the
/// mapping asks to skip bad rows, which are then counted in ``Dataset/skippedRows``.
///
///     let dataset = try DatasetLoader(mapping: mapping, baseDirectory: experimentFolder).load()
public struct DatasetLoader {
    public let mapping: DataMapping
    /// The folder the mapping's relative paths start from (the experiment file's folder).
    public let baseDirectory: String

    public init(mapping: DataMapping, baseDirectory: String) {
        self.mapping = mapping
        self.baseDirectory = baseDirectory
    }

    /// The path of a file named in the mapping.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return URL(fileURLWithPath: baseDirectory).appendingPathComponent(path).standardized.path
    }

    /// Reads every file of the mapping.
    public func load() throws(InputError) -> Dataset {
        let rules = ColumnRules(mapping: mapping)
        var policy = RowPolicy(mapping.badRows)
        var leads = try LeadsReader(path: resolve(mapping.leads), mapping: mapping, rules: rules).read(policy: &policy)
        if let path = mapping.outcomes, let columns = mapping.outcomeColumns {
            try OutcomesReader(path: resolve(path), columns: columns, rules: rules, absent: mapping.absentFromOutcomes, delimiter: mapping.delimiter)
                .read(into: &leads, policy: &policy)
        }
        try leads.checkCreationTimes()
        var accounts: AccountTable?
        if let path = mapping.accounts, let columns = mapping.accountColumns {
            accounts = try AccountsReader(path: resolve(path), columns: columns, mapping: mapping, rules: rules)
                .read(accountKeys: leads.accountKeys)
        } else if mapping.columns.accountID != nil {
            accounts = AccountTable(
                ids: leads.accountKeys, inAccountsFile: [Bool](repeating: false, count: leads.accountKeys.count), attributes: [])
        }
        var activities: ActivityLog?
        if let path = mapping.activities, let columns = mapping.activityColumns {
            activities = try ActivitiesReader(path: resolve(path), columns: columns, rules: rules, delimiter: mapping.delimiter)
                .read(leadIDs: leads.ids, policy: &policy)
        }
        let table = try leads.build(rules: rules)
        return Dataset(
            leads: table, activities: activities, accounts: accounts, excludedColumns: mapping.exclude,
            skippedRows: policy.skipped)
    }
}
