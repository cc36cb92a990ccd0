/// One company in the export, with what the generative process needs to remember about it.
struct Account {
    /// Index into ``AttributeCatalog/industry``.
    let industry: Int
    let employees: Int
    /// Index into ``AttributeCatalog/country``.
    let country: Int
    /// The account-level intent *u_a* ~ N(0, 0.5²), shared by every lead at the company.
    let intent: Double
    /// Leads assigned so far.
    var members: Int
}

/// Assigns leads to accounts as they arrive, so that account sizes are skewed: most companies send one
/// person, some a buying committee of 5–20, none more than ``maximumSize``.
///
/// Simon's preferential-attachment process, made local in time: lead *i* opens a new account with
/// probability ``newAccountProbability``; otherwise it picks a uniformly random lead created in the
/// previous ``colleagueWindow`` seconds and joins that lead's account, so a company with *k* recent leads
/// attracts the next one *k* times as often (a Yule–Simon, Zipf-like size law). A full account, or an empty
/// window, opens a new account instead. Opening a new account with probability 1/3 gives about *N*/3
/// accounts (a little more, for the full accounts and the sparse first days).
///
/// ## References
/// H. A. Simon, "On a class of skew distribution functions", *Biometrika* 42(3–4), 1955.
/// doi:10.1093/biomet/42.3-4.425
struct AccountBook {
    static let newAccountProbability = 1.0 / 3.0
    static let colleagueWindow = 30 * 86_400
    static let maximumSize = 40

    /// Every account so far, in order of creation (= Company ID order).
    private(set) var accounts: [Account] = []
    /// The account of each lead so far, by lead index.
    private var accountOfLead: [Int32] = []
    /// The first lead inside the colleague window of the lead being assigned.
    private var windowStart = 0

    init(expectedLeads: Int) {
        accountOfLead.reserveCapacity(expectedLeads)
        accounts.reserveCapacity(expectedLeads / 3 + 16)
    }

    /// The account of the next lead, created at offset `created` (times must not decrease between calls);
    /// `isNew` when this lead opens it, in which case its attributes must be drawn with ``open(_:)``.
    mutating func assign(created: Int, createdTimes: [Int32], _ random: inout Sampler) -> (index: Int, isNew: Bool) {
        let lead = accountOfLead.count
        while windowStart < lead && Int(createdTimes[windowStart]) < created - Self.colleagueWindow {
            windowStart += 1
        }
        if windowStart < lead && !random.bernoulli(Self.newAccountProbability) {
            let colleague = windowStart + random.index(below: lead - windowStart)
            let index = Int(accountOfLead[colleague])
            if accounts[index].members < Self.maximumSize {
                accounts[index].members += 1
                accountOfLead.append(Int32(index))
                return (index, false)
            }
        }
        accountOfLead.append(Int32(accounts.count))
        return (accounts.count, true)
    }

    /// Draws the attributes of a new account (the one ``assign(created:createdTimes:_:)`` just returned as
    /// new) and records it with one member.
    mutating func open(_ random: inout Sampler) -> Account {
        let account = Account(
            industry: AttributeCatalog.industry.draw(&random),
            employees: Int(min(max(random.logNormal(median: 80, sigma: 1.6), 1), 250_000).rounded()),
            country: AttributeCatalog.country.draw(&random),
            intent: random.normal(mean: 0, standardDeviation: 0.5),
            members: 1)
        accounts.append(account)
        return account
    }
}
