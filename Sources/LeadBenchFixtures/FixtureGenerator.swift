#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LeadBenchData

/// Writes a synthetic CRM export — `leads.csv`, `activities.csv`, `accounts.csv` and a `README.md` — with
/// a known generative process, for tests, benchmarks and the quickstart.
///
///     let summary = try FixtureGenerator(leads: 4_000, seed: 42).write(to: "fixtures/quickstart")
///     print(summary.line(directory: "fixtures/quickstart"))
///     // wrote 4,000 leads, 1,3xx accounts, … activities (… conversions, …%) to fixtures/quickstart
///
/// The same `leads` and `seed` give byte-identical files (wherever they are written); a different seed
/// gives different files.
///
/// ## The generative process
///
/// - **Span.** Leads are created over the 365 days from 2025-01-01T00:00:00Z; the export ends at
///   2025-12-31T23:59:59Z. Conversions and activities that fall later are not exported (right-censoring),
///   so late leads look unconverted and quiet, as in a real export.
/// - **Arrivals.** *N* creation times from an inhomogeneous Poisson process conditioned on *N*: uniform
///   candidates thinned by a weekday weight (weekends about a third), an hour-of-day weight (office hours,
///   UTC) and a linear growth from 75% in January to 100% in December; sorted, so Lead IDs follow creation.
/// - **Accounts.** Leads join accounts as they arrive by a time-local Simon (Yule) preferential-attachment
///   process: with probability 1/3 a lead opens a new account; otherwise it joins the account of a
///   uniformly chosen lead from the previous 30 days (accounts capped at 40 leads). About *N*/3 accounts;
///   most have one lead, some 5–40. An account draws its industry, country, employees
///   (lognormal, median 80, σ 1.6), revenue (employees × an industry's revenue per head, lognormal σ 0.4)
///   and an account intent *u_a* ~ N(0, 0.5²) shared by its leads.
/// - **Leads.** Seniority, department and source are drawn from fixed frequencies; the job title from a
///   list for that seniority and department; the country is the account's (88%) or another. What the export
///   shows is then degraded: department `Select` (5%) or blank (3%); country `unknown` (4%) or blank (2%).
/// - **Intent.** Profile fit *f* = seniority + department + industry + company size + source effects
///   (`AttributeCatalog`; country has none). Lead intent *z = f + u_a + ε*, ε ~ N(0, 0.7²).
/// - **Conversion.** The lead converts with probability sigmoid(α + β·z), α = −3.9, β = 1.3 (about 6%
///   eventually, about 5% inside the span). The delay is lognormal with median 35·e^{−0.15(z−1.5)} days, σ 0.6,
///   redrawn above 150 days. The deal value is lognormal around 6,000 × (employees/50)^0.3 USD, σ 0.6.
/// - **Activities.** Per type an inhomogeneous Poisson process (`ActivityProcess`): a burst after
///   creation decaying as e^{−age/τ}, a steady background rate, both scaled by e^{γz} and a per-lead
///   frailty *g* ~ Gamma(2, ½); for converters a ramp of demo_request, pricing_page, webinar, … rising as
///   e^{−(c−t)/ρ} towards the conversion *c*; activity stops 1–5 days after a conversion. Unsubscribes
///   (about 3%, likelier at low *z*) thin email_open and email_click to 5% afterwards. Web-form sources also
///   leave a form_fill (webinar, content_download) at the creation moment. About 20 activities per lead.
/// - **Randomness.** Everything is drawn from ``SplitMix64`` through `Sampler` (Box–Muller normals,
///   PTRS Poisson, Marsaglia–Tsang gamma), in three streams seeded from `seed`: arrival times, accounts and
///   leads, activities. No dictionary or set is iterated to produce output.
///
/// ## Streaming
/// Leads and accounts are written as they are drawn. Activities go to one temporary file per week as
/// packed 8-byte keys (`ActivitySpill`), then each week is sorted in memory and appended to
/// `activities.csv`. Memory holds one week of activities, one `Int32` creation time and account index per
/// lead, and the accounts; 1,000,000 leads (about 20 million activities, 0.85 GB of CSV) stay well under
/// 200 MB. Files are built in a hidden temporary directory inside the target directory and renamed into
/// place at the end, so a failed run leaves no half-written export.
public struct FixtureGenerator: Sendable {
    /// The most leads an export can have: Lead IDs have seven digits.
    public static let maximumLeads = 9_999_999

    /// The file names written into the target directory.
    public static let fileNames = ["leads.csv", "activities.csv", "accounts.csv", "README.md"]

    /// The headers of the three CSV files.
    public static let leadsHeader = [
        "Lead ID", "Company ID", "Created Date", "Job Title", "Seniority", "Department", "Country", "Lead Source",
        "Closed Won Date", "Deal Value",
    ]
    public static let activitiesHeader = ["Lead ID", "Activity Date", "Activity Type", "Value"]
    public static let accountsHeader = [
        "Company ID", "Company Name", "Industry", "Employees", "Annual Revenue (USD)", "Country",
    ]

    public let leads: Int
    public let seed: UInt64

    /// - Parameters:
    ///   - leads: How many leads to generate, `1...maximumLeads`.
    ///   - seed: The seed of every random draw.
    public init(leads: Int, seed: UInt64) {
        precondition((1...Self.maximumLeads).contains(leads), "A fixture needs 1...\(Self.maximumLeads) leads, not \(leads).")
        self.leads = leads
        self.seed = seed
    }

    /// Generates the export into `directory`, creating it (and its parents) if missing and replacing the
    /// four files if present.
    ///
    /// - Returns: The row counts and file sizes.
    /// - Throws: ``FixtureError`` naming the file when a directory or file cannot be created, written or
    ///   moved into place; the temporary files are removed and no export file is left half-written.
    /// - Complexity: O(*n* log *n*) time for *n* leads; memory O(*n*) small words plus one week of activities.
    public func write(to directory: String) throws(FixtureError) -> FixtureSummary {
        try FileSystem.createDirectories(directory)
        let work = try FileSystem.makeTemporaryDirectory(in: directory, prefix: ".leadbench-fixtures-")
        do {
            let summary = try generate(into: work)
            for name in Self.fileNames {
                try FileSystem.rename("\(work)/\(name)", to: "\(directory)/\(name)")
            }
            try FileSystem.removeDirectory(work)
            return summary
        } catch {
            for name in Self.fileNames + ActivitySpill.fileNames { try? FileSystem.removeFile("\(work)/\(name)") }
            try? FileSystem.removeDirectory(work)
            throw error
        }
    }

    /// Writes the four files into the (empty) working directory `work`.
    private func generate(into work: String) throws(FixtureError) -> FixtureSummary {
        var seeder = SplitMix64(seed: seed)
        var arrivalRandom = Sampler(seed: seeder.next())
        var profileRandom = Sampler(seed: seeder.next())
        var activityRandom = Sampler(seed: seeder.next())

        let created = Timeline.creationTimes(count: leads, &arrivalRandom)
        let leadsFile = try CSVOutput(path: "\(work)/leads.csv", header: Self.leadsHeader)
        let accountsFile = try CSVOutput(path: "\(work)/accounts.csv", header: Self.accountsHeader)
        let spill = try ActivitySpill(directory: work)
        var book = AccountBook(expectedLeads: leads)
        var events: [ActivityEvent] = []
        events.reserveCapacity(256)
        var conversions = 0

        for lead in 0..<leads {
            let createdAt = Int(created[lead])
            let (accountIndex, isNew) = book.assign(created: createdAt, createdTimes: created, &profileRandom)
            if isNew {
                let account = book.open(&profileRandom)
                try accountsFile.writeRow(Self.accountRow(account, index: accountIndex, &profileRandom))
            }
            let profile = LeadProfile.draw(account: book.accounts[accountIndex], &profileRandom)

            var closedWon = ""
            var dealValue = ""
            if let delay = profile.conversionDelay, createdAt + delay <= Timeline.lastSecond,
                let cents = profile.dealCents
            {
                closedWon = TextFormat.iso8601(createdAt + delay)
                dealValue = TextFormat.decimal(cents: cents)
                conversions += 1
            }
            try leadsFile.writeRow([
                TextFormat.leadID(lead), TextFormat.companyID(accountIndex), TextFormat.localDateTime(createdAt),
                profile.title, AttributeCatalog.seniority.levels[profile.seniority].label, profile.departmentText,
                profile.countryText, AttributeCatalog.leadSource.levels[profile.source].label, closedWon, dealValue,
            ])

            events.removeAll(keepingCapacity: true)
            ActivityProcess.simulate(
                lead: lead, created: createdAt, profile: profile, into: &events, &activityRandom)
            for event in events { try spill.add(event) }
        }
        let leadsBytes = try leadsFile.close()
        let accountsBytes = try accountsFile.close()

        let activitiesFile = try OutputFile(path: "\(work)/activities.csv")
        try activitiesFile.append(Self.activitiesHeader.joined(separator: ",") + "\n")
        try spill.drain(into: activitiesFile)
        try activitiesFile.close()

        var summary = FixtureSummary(
            leads: leads, accounts: book.accounts.count, activities: spill.count, conversions: conversions,
            leadsBytes: leadsBytes, accountsBytes: accountsBytes, activitiesBytes: activitiesFile.byteCount,
            readmeBytes: 0)
        let readme = try OutputFile(path: "\(work)/README.md")
        try readme.append(ReadmeNote.text(leads: leads, seed: seed, summary: summary))
        try readme.close()
        summary.readmeBytes = readme.byteCount
        return summary
    }

    /// The accounts.csv row of a newly opened account; draws its name and revenue.
    private static func accountRow(_ account: Account, index: Int, _ random: inout Sampler) -> [String] {
        let name = CompanyNames.draw(industry: account.industry, &random)
        let perHead = random.logNormal(median: AttributeCatalog.revenuePerEmployee[account.industry], sigma: 0.4)
        let revenue = Int((Double(account.employees) * perHead / 1_000).rounded()) * 1_000
        return [
            TextFormat.companyID(index), name, AttributeCatalog.industry.levels[account.industry].label,
            String(account.employees), String(max(revenue, 1_000)),
            AttributeCatalog.country.levels[account.country].label,
        ]
    }
}
