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
/// — the activities in (m − d·day, m] that ``ActivityFeatures/count(type:days:in:)`` counts — and every
/// value is standardised by the same expression as in ``CompiledFeatures/fill(_:into:)``, so the row
/// equals a fill from scratch bit for bit.
/// Moments must not go back.
///
/// A class over buffers of its own, so that a step's bookkeeping is plain loads and stores (arrays in
/// a value would check their uniqueness at every change).
final class MomentTracker {
    private let features: MomentFeatures
    private let history: LeadView
    /// Creation moments of the lead's account's leads, ascending (empty without an account history).
    private let colleagueTimes: [Int64]
    /// The distinct count windows, in seconds, and per window the activities that have left it.
    private let windows: [Int64]
    private let left: UnsafeMutableBufferPointer<Int>
    /// The activities that have happened: the first `entered` of the history.
    private var entered = 0
    /// Per count feature (``MomentFeatures/counts`` order), its activities now and whether this step
    /// moved it; the ones it moved, in `movedList[..<movedCount]`.
    private let counts: UnsafeMutableBufferPointer<Int>
    private let moved: UnsafeMutableBufferPointer<Bool>
    private let movedList: UnsafeMutableBufferPointer<Int>
    private var movedCount = 0
    /// Colleagues created so far (an index into `colleagueTimes`), and the count last written.
    private var colleaguesSeen = 0
    private var colleaguesWritten = -1
    private var started = false
    /// The places (in ``MomentFeatures/columns``) of the features the last ``advance(to:row:)`` wrote,
    /// `changedPlaces[..<changedCount]`.
    private let changedPlaces: UnsafeMutableBufferPointer<Int>
    private var changedCount = 0

    /// A pass over `history`'s lead (a view as of the pass's last moment).
    init(_ features: MomentFeatures, history: LeadView, accounts: AccountHistory?) {
        self.features = features
        self.history = history
        if let accounts, let account = history.account, account < accounts.createdByAccount.count {
            colleagueTimes = accounts.createdByAccount[account]
        } else {
            colleagueTimes = []
        }
        windows = features.windowsDays.map { Int64($0) * EpochSeconds.day }
        left = .allocate(capacity: max(1, windows.count))
        left.initialize(repeating: 0)
        counts = .allocate(capacity: max(1, features.counts.count))
        counts.initialize(repeating: 0)
        moved = .allocate(capacity: max(1, features.counts.count))
        moved.initialize(repeating: false)
        movedList = .allocate(capacity: max(1, features.counts.count))
        changedPlaces = .allocate(capacity: max(1, features.columns.count))
    }

    deinit {
        left.deallocate()
        counts.deallocate()
        moved.deallocate()
        movedList.deallocate()
        changedPlaces.deallocate()
    }

    /// The places (in ``MomentFeatures/columns``) of the features the last ``advance(to:row:)`` wrote.
    var changed: UnsafeBufferPointer<Int> { UnsafeBufferPointer(rebasing: changedPlaces[..<changedCount]) }

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
    func advance(to moment: Int64, row: UnsafeMutableBufferPointer<Double>) {
        changedCount = 0
        let wasEmpty = entered == 0
        features.counts.withUnsafeBufferPointer { specs in
            features.typeStart.withUnsafeBufferPointer { typeStart in
                let types = typeStart.count - 1
                // Arrivals: one more in each of the type's counts.
                while entered < history.activityCount && history.activityTime(entered) <= moment {
                    let type = Int(history.activityType(entered))
                    if type < types {
                        for c in typeStart[type]..<typeStart[type + 1] { add(1, to: c) }
                    }
                    entered += 1
                }
                // Departures: one less in the type's count over each window the activity left.
                for w in 0..<windows.count {
                    while left[w] < entered && history.activityTime(left[w]) + windows[w] <= moment {
                        let type = Int(history.activityType(left[w]))
                        if type < types {
                            for c in typeStart[type]..<typeStart[type + 1] where Int64(specs[c].days) * EpochSeconds.day == windows[w] {
                                add(-1, to: c)
                            }
                        }
                        left[w] += 1
                    }
                }
                if !started {
                    for c in 0..<specs.count where !moved[c] {
                        moved[c] = true
                        movedList[movedCount] = c
                        movedCount += 1
                    }
                }
                for c in movedList[..<movedCount] {
                    moved[c] = false
                    row[specs[c].column] = (Double(counts[c]) - specs[c].mean) / specs[c].scale
                    note(specs[c].position)
                }
                movedCount = 0
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
            note(position)
        }
        started = true
    }

    @inline(__always)
    private func add(_ delta: Int, to c: Int) {
        counts[c] += delta
        if !moved[c] {
            moved[c] = true
            movedList[movedCount] = c
            movedCount += 1
        }
    }

    @inline(__always)
    private func note(_ position: Int) {
        changedPlaces[changedCount] = position
        changedCount += 1
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
