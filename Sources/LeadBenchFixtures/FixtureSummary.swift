/// What ``FixtureGenerator/write(to:)`` wrote: row counts and file sizes.
public struct FixtureSummary: Sendable, Equatable {
    /// Rows of `leads.csv`.
    public var leads: Int
    /// Rows of `accounts.csv`.
    public var accounts: Int
    /// Rows of `activities.csv`.
    public var activities: Int
    /// Leads with a Closed Won Date (converted inside the span).
    public var conversions: Int
    /// Sizes in bytes of `leads.csv`, `accounts.csv`, `activities.csv` and `README.md`.
    public var leadsBytes: Int
    public var accountsBytes: Int
    public var activitiesBytes: Int
    public var readmeBytes: Int

    public init(
        leads: Int, accounts: Int, activities: Int, conversions: Int,
        leadsBytes: Int, accountsBytes: Int, activitiesBytes: Int, readmeBytes: Int
    ) {
        self.leads = leads
        self.accounts = accounts
        self.activities = activities
        self.conversions = conversions
        self.leadsBytes = leadsBytes
        self.accountsBytes = accountsBytes
        self.activitiesBytes = activitiesBytes
        self.readmeBytes = readmeBytes
    }

    /// All bytes written.
    public var bytesWritten: Int { leadsBytes + accountsBytes + activitiesBytes + readmeBytes }

    /// Converted leads as a share of all leads.
    public var conversionRate: Double { leads == 0 ? 0 : Double(conversions) / Double(leads) }

    /// The one-line report the command prints:
    /// `wrote 4,000 leads, 1,310 accounts, 71,234 activities (212 conversions, 5.3%) to DIR`.
    public func line(directory: String) -> String {
        let permille = Int((conversionRate * 1_000).rounded())
        return "wrote \(TextFormat.grouped(leads)) leads, \(TextFormat.grouped(accounts)) accounts, "
            + "\(TextFormat.grouped(activities)) activities (\(TextFormat.grouped(conversions)) conversions, "
            + "\(permille / 10).\(permille % 10)%) to \(directory)"
    }
}
