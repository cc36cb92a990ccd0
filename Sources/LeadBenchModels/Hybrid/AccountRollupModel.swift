import LeadBenchData
import LeadBenchExperiment

/// Account rollup on any model (DESIGN §3): the account's score from its leads' scores, blended into
/// each lead's own so that a buying committee outranks a lone visitor.
///
///     score = (1 − w)·own + w·account,   account = max_j s_j | Σ top-k s_j | #{j : s_j ≥ engaged_at}
///
/// over the account's leads created by the scoring moment (the lead itself included), each scored as
/// of that same moment — so colleagues' later activity never leaks in.
public struct AccountRollupModel: ScoringModel {
    public let base: any ScoringModel
    public let rollup: RollupSpec
    let data: ScoringData
    /// Each account's leads, by creation time.
    let leadsByAccount: [[Int]]

    public init(base: any ScoringModel, rollup: RollupSpec, data: ScoringData) {
        self.base = base
        self.rollup = rollup
        self.data = data
        let dataset = data.dataset
        var byAccount = [[Int]](repeating: [], count: dataset.accounts?.count ?? 0)
        for lead in 0..<dataset.leads.count {
            let account = dataset.leads.accountIndex[lead]
            if account >= 0 { byAccount[Int(account)].append(lead) }
        }
        leadsByAccount = byAccount.map { leads in leads.sorted { dataset.leads.createdAt[$0] < dataset.leads.createdAt[$1] } }
    }

    public var name: String { base.name }
    public var kind: ModelSpec.Kind { base.kind }

    public func score(_ view: LeadView) -> Double {
        let own = base.score(view)
        guard let account = view.account, account < leadsByAccount.count else { return own }
        return (1 - rollup.weight) * own + rollup.weight * accountScore(account, asOf: view.asOf)
    }

    /// The account's score as of `asOf`.
    public func accountScore(_ account: Int, asOf: Int64) -> Double {
        let created = data.dataset.leads.createdAt
        let scores = leadsByAccount[account]
            .filter { created[$0] == EpochSeconds.missing || created[$0] <= asOf }
            .map { base.score(data.view($0, asOf: asOf)) }
        switch rollup.method {
        case .max:
            return scores.max() ?? 0
        case .topKSum:
            return scores.sorted(by: >).prefix(rollup.k).reduce(0, +)
        case .engagedPeople:
            let engagedAt = rollup.engagedAt ?? 0
            return Double(scores.filter { $0 >= engagedAt }.count)
        }
    }

    public func reasons(_ view: LeadView, limit: Int) -> [ScoreReason] {
        guard let account = view.account else { return base.reasons(view, limit: limit) }
        let share = rollup.weight * (accountScore(account, asOf: view.asOf) - base.score(view))
        let accountReason = ScoreReason(label: "account \(rollup.method.rawValue) rollup", contribution: share)
        return ScoreReason.top([accountReason] + base.reasons(view, limit: limit), limit: limit)
    }

    /// Checked at the lead's own moments of change and at every colleague's creation and activities,
    /// which move the account's score.
    public func firstMoment(reaching threshold: Double, lead: Int, from start: Int64, through end: Int64, data: ScoringData) -> Int64? {
        guard start <= end else { return nil }
        var moments = Set<Int64>([start])
        for day in stride(from: start + EpochSeconds.day, through: end, by: Int(EpochSeconds.day)) { moments.insert(day) }
        let account = data.dataset.leads.accountIndex[lead]
        let people = account >= 0 && Int(account) < leadsByAccount.count ? leadsByAccount[Int(account)] : [lead]
        for person in people {
            moments.insert(data.dataset.leads.createdAt[person])
            let history = data.view(person, asOf: end)
            for i in 0..<history.activityCount { moments.insert(history.activityTime(i)) }
        }
        for moment in moments.sorted() where moment >= start && moment <= end {
            if score(data.view(lead, asOf: moment)) >= threshold { return moment }
        }
        return nil
    }
}
