/// What a loaded dataset holds, as `leadbench run` prints it before any model runs: counts, the outcome
/// mix, the time span, how many leads the horizon censors, and each column's fill rate and top values.
public struct DatasetSummary: Sendable {
    public struct ColumnProfile: Sendable {
        public var name: String
        /// `lead` or `account`.
        public var table: String
        public var isNumeric: Bool
        /// The share of rows with a value, in 0...1.
        public var fillRate: Double
        public var distinctValues: Int
        /// The most frequent values with their counts (categorical columns), ties broken by name.
        public var topValues: [(value: String, count: Int)]
        /// Minimum, median and maximum (numeric columns).
        public var range: (min: Double, median: Double, max: Double)?
    }

    public var leads: Int
    public var accounts: Int
    public var accountsInFile: Int
    public var activities: Int
    public var activityTypes: [(name: String, count: Int)]
    public var converted: Int
    public var notConverted: Int
    public var open: Int
    /// converted ÷ (converted + not converted); `nil` when no lead has a known outcome.
    public var conversionRate: Double?
    public var hasTimes: Bool
    public var firstCreated: Int64?
    public var lastCreated: Int64?
    public var endOfData: Int64?
    /// Converted leads without a conversion time.
    public var conversionsWithoutTime: Int
    /// Converted leads whose conversion time is before their creation time.
    public var conversionsBeforeCreation: Int
    /// The horizon in days the censoring count uses, and the count: leads created less than one horizon
    /// before the end of the data, whose outcome the data cannot yet show.
    public var horizonDays: Int?
    public var censoredByHorizon: Int?
    public var columns: [ColumnProfile]
    public var excluded: [ExcludedColumn]
    public var skippedRows: SkippedRows

    /// Summarises `dataset`; `horizonDays` enables the censoring count.
    public init(_ dataset: Dataset, horizonDays: Int?, topValueCount: Int = 3) {
        let table = dataset.leads
        leads = table.count
        accounts = dataset.accounts?.count ?? 0
        accountsInFile = dataset.accounts?.inAccountsFile.filter { $0 }.count ?? 0
        activities = dataset.activities?.count ?? 0
        if let log = dataset.activities {
            var counts = [Int](repeating: 0, count: log.typeNames.count)
            for t in log.type { counts[Int(t)] += 1 }
            activityTypes = zip(log.typeNames, counts).map { ($0, $1) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
        } else {
            activityTypes = []
        }
        converted = table.outcome.filter { $0 == .converted }.count
        notConverted = table.outcome.filter { $0 == .notConverted }.count
        open = table.outcome.filter { $0 == .open }.count
        conversionRate = converted + notConverted > 0 ? Double(converted) / Double(converted + notConverted) : nil
        hasTimes = dataset.hasTimes
        let created = table.createdAt.filter { $0 != EpochSeconds.missing }
        firstCreated = created.min()
        lastCreated = created.max()
        endOfData = dataset.endOfData
        var withoutTime = 0
        var beforeCreation = 0
        for row in 0..<table.count where table.outcome[row] == .converted {
            let at = table.convertedAt[row]
            if at == EpochSeconds.missing {
                withoutTime += 1
            } else if table.createdAt[row] != EpochSeconds.missing && at < table.createdAt[row] {
                beforeCreation += 1
            }
        }
        conversionsWithoutTime = withoutTime
        conversionsBeforeCreation = beforeCreation
        self.horizonDays = horizonDays
        if let horizonDays, let end = endOfData, hasTimes {
            let cutoff = end - Int64(horizonDays) * EpochSeconds.day
            censoredByHorizon = table.createdAt.filter { $0 != EpochSeconds.missing && $0 > cutoff }.count
        } else {
            censoredByHorizon = nil
        }
        columns = table.attributes.map { Self.profile($0, table: "lead", top: topValueCount) }
            + (dataset.accounts?.attributes ?? []).map { Self.profile($0, table: "account", top: topValueCount) }
        excluded = dataset.excludedColumns
        skippedRows = dataset.skippedRows
    }

    static func profile(_ column: AttributeColumn, table: String, top: Int) -> ColumnProfile {
        let rows = column.count
        let fill = rows == 0 ? 0 : Double(column.filledCount) / Double(rows)
        switch column.values {
        case .categorical(let codes, let categories):
            var counts = [Int](repeating: 0, count: categories.count)
            for code in codes where code != AttributeColumn.missingCode { counts[Int(code)] += 1 }
            let ranked = zip(categories, counts).map { (value: $0, count: $1) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
            return ColumnProfile(
                name: column.name, table: table, isNumeric: false, fillRate: fill, distinctValues: categories.count,
                topValues: Array(ranked.prefix(top)), range: nil)
        case .numeric(let numbers):
            let present = numbers.filter { !$0.isNaN }.sorted()
            let range = present.isEmpty ? nil : (present[0], Self.median(present), present[present.count - 1])
            return ColumnProfile(
                name: column.name, table: table, isNumeric: true, fillRate: fill, distinctValues: Set(present).count,
                topValues: [], range: range)
        }
    }

    /// The median of sorted values: the middle one, or the mean of the two middle ones.
    static func median(_ sorted: [Double]) -> Double {
        let n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }
}
