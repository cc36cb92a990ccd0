import LeadBenchData

/// Activity features of a lead as of its view's moment.
enum ActivityFeatures {
    /// Recency is capped here, and a lead without activity counts as this many days quiet.
    static let recencyCapDays = 365.0

    /// The number of activities of `type` in the `days` days up to the view's moment: times in
    /// (asOf − days, asOf]. O(activities in the window), walking back from the latest.
    @inline(__always)
    static func count(type: UInt32, days: Int, in view: LeadView) -> Int {
        let since = view.asOf - Int64(days) * EpochSeconds.day
        var count = 0
        var i = view.activityCount - 1
        while i >= 0 && view.activityTime(i) > since {
            if view.activityType(i) == type { count += 1 }
            i -= 1
        }
        return count
    }

    /// Days since the latest activity, capped at ``recencyCapDays`` (and that many without any).
    static func daysSinceLast(_ view: LeadView) -> Double {
        guard view.activityCount > 0 else { return recencyCapDays }
        let days = Double(view.asOf - view.activityTime(view.activityCount - 1)) / Double(EpochSeconds.day)
        return min(days, recencyCapDays)
    }
}

/// When each account's leads were created, to count a lead's colleagues as of a moment.
struct AccountHistory: Sendable {
    /// Creation moments of each account's leads, ascending.
    let createdByAccount: [[Int64]]

    init(_ dataset: Dataset) {
        var created = [[Int64]](repeating: [], count: dataset.accounts?.count ?? 0)
        for lead in 0..<dataset.leads.count {
            let account = dataset.leads.accountIndex[lead]
            if account >= 0 { created[Int(account)].append(dataset.leads.createdAt[lead]) }
        }
        createdByAccount = created.map { $0.sorted() }
    }

    /// log(1 + colleagues created by the view's moment), the lead itself not counted.
    func logColleagues(of view: LeadView) -> Double {
        guard let account = view.account, account < createdByAccount.count else { return 0 }
        let times = createdByAccount[account]
        var low = 0
        var high = times.count
        while low < high {
            let middle = (low + high) / 2
            if times[middle] <= view.asOf { low = middle + 1 } else { high = middle }
        }
        let selfCounted = view.createdAt != EpochSeconds.missing && view.createdAt <= view.asOf ? 1 : 0
        return log1p(Double(max(0, low - selfCounted)))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
