import LeadBenchData

/// One lead's moment features (``MomentFeatures``) carried forward through a pass over its moments:
/// instead of counting every window again at each moment, an activity adds one to its type's counts
/// when it happens and takes one off a window's count when it leaves that window, so a step to a later
/// moment touches only what changed and says which features those were.
///
/// At moment `m` the count of type `y` over `d` days is
///
///     #{ activities i of type y : tᵢ ≤ m } − #{ activities i of type y : tᵢ + d·day ≤ m }
///
/// — the activities in (m − d·day, m] that ``MomentFeatures/fill(_:into:accounts:)`` counts — and every
/// value is standardised by the same expression as there, so the row equals a refill bit for bit.
/// Moments must not go back.
struct MomentTracker {
    private let features: MomentFeatures
    private let history: LeadView
    /// Creation moments of the lead's account's leads, ascending (empty without an account history).
    private let colleagueTimes: [Int64]
    /// The distinct count windows, in seconds, and per window the activities that have left it.
    private let windows: [Int64]
    private var left: [Int]
    /// The activities that have happened: the first `entered` of the history.
    private var entered = 0
    /// Per count feature (``MomentFeatures/counts`` order), its activities now, and whether it moved.
    private var counts: [Int]
    private var moved: [Bool]
    /// Colleagues created so far (an index into `colleagueTimes`), and the count last written.
    private var colleaguesSeen = 0
    private var colleaguesWritten = -1
    private var started = false
    /// The places (in ``MomentFeatures/columns``) of the features the last ``advance(to:row:)`` wrote.
    private(set) var changed: [Int] = []

    /// A pass over `history`'s lead (a view as of the pass's last moment).
    init(_ features: MomentFeatures, history: LeadView, accounts: AccountHistory?) {
        self.features = features
        self.history = history
        if let accounts, let account = history.account, account < accounts.createdByAccount.count {
            colleagueTimes = accounts.createdByAccount[account]
        } else {
            colleagueTimes = []
        }
        windows = Array(Set(features.counts.map(\.days))).sorted().map { Int64($0) * EpochSeconds.day }
        left = [Int](repeating: 0, count: windows.count)
        counts = [Int](repeating: 0, count: features.counts.count)
        moved = [Bool](repeating: false, count: features.counts.count)
        changed.reserveCapacity(features.columns.count)
    }

    /// When the latest activity up to the current moment happened.
    var lastActivity: Int64? { entered > 0 ? history.activityTime(entered - 1) : nil }

    /// Days since the latest activity as of `moment` (not before the current one, and before the
    /// next activity), standardised: the recency feature's value there.
    func recency(at moment: Int64, mean: Double, scale: Double) -> Double {
        let days = lastActivity.map { min(Double(moment - $0) / Double(EpochSeconds.day), ActivityFeatures.recencyCapDays) }
            ?? ActivityFeatures.recencyCapDays
        return (days - mean) / scale
    }

    /// Moves to `moment` and writes into `row` each moment feature whose value may have changed —
    /// every one the first time, then the counts an activity entered or left, "no activity yet", the
    /// colleagues when one was created, and recency always — listing their places in ``changed``.
    mutating func advance(to moment: Int64, row: UnsafeMutableBufferPointer<Double>) {
        changed.removeAll(keepingCapacity: true)
        let types = features.typeStart.count - 1
        let wasEmpty = entered == 0
        features.counts.withUnsafeBufferPointer { specs in
            features.typeStart.withUnsafeBufferPointer { typeStart in
                // Arrivals: one more in each of the type's counts.
                while entered < history.activityCount && history.activityTime(entered) <= moment {
                    let type = Int(history.activityType(entered))
                    if type < types {
                        for c in typeStart[type]..<typeStart[type + 1] {
                            counts[c] += 1
                            moved[c] = true
                        }
                    }
                    entered += 1
                }
                // Departures: one less in the type's count over each window the activity left.
                for w in 0..<windows.count {
                    while left[w] < entered && history.activityTime(left[w]) + windows[w] <= moment {
                        let type = Int(history.activityType(left[w]))
                        if type < types {
                            for c in typeStart[type]..<typeStart[type + 1] where Int64(specs[c].days) * EpochSeconds.day == windows[w] {
                                counts[c] -= 1
                                moved[c] = true
                            }
                        }
                        left[w] += 1
                    }
                }
                for c in 0..<specs.count where moved[c] || !started {
                    moved[c] = false
                    row[specs[c].column] = (Double(counts[c]) - specs[c].mean) / specs[c].scale
                    changed.append(specs[c].position)
                }
            }
        }
        while colleaguesSeen < colleagueTimes.count && colleagueTimes[colleaguesSeen] <= moment { colleaguesSeen += 1 }
        for (other, position) in zip(features.others, features.otherPositions) {
            switch other {
            case .daysSinceLast(let column, let mean, let scale):
                row[column] = recency(at: moment, mean: mean, scale: scale)
            case .noActivityYet(let column):
                guard !started || (wasEmpty && entered > 0) else { continue }
                row[column] = entered == 0 ? 1 : 0
            case .colleagues(let column, let mean, let scale):
                // As ``AccountHistory/logColleagues(of:)``: the lead itself not counted.
                let selfCounted = history.createdAt != EpochSeconds.missing && history.createdAt <= moment ? 1 : 0
                let colleagues = max(0, colleaguesSeen - selfCounted)
                guard colleagues != colleaguesWritten else { continue }
                colleaguesWritten = colleagues
                row[column] = (log1p(Double(colleagues)) - mean) / scale
            }
            changed.append(position)
        }
        started = true
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
