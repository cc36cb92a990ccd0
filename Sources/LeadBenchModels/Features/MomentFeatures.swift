import LeadBenchData

/// The features of a ``CompiledFeatures`` row that depend on the moment — activity counts per window,
/// days since the last activity, "no activity yet", colleagues so far — compiled apart, so a pass over
/// one lead's moments fills the attribute features once and refills only these.
///
/// Every value is computed exactly as ``CompiledFeatures/fill(_:into:)`` computes it, so a row refilled
/// here equals a row filled from scratch, bit for bit. The counts come from one walk back over the
/// lead's activities within the longest window (instead of one walk per count feature).
struct MomentFeatures: Sendable {
    /// One activity-count feature: its column, window and standardisation.
    struct Count: Sendable {
        let column: Int
        let days: Int
        let mean: Double
        let scale: Double
    }

    enum Other: Sendable {
        case daysSinceLast(column: Int, mean: Double, scale: Double)
        case noActivityYet(column: Int)
        case colleagues(column: Int, mean: Double, scale: Double)
    }

    /// Every count feature, those of each activity type together: type `t`'s are
    /// `counts[typeStart[t] ..< typeStart[t + 1]]`; the counts of types the dataset does not have
    /// (always 0 activities) come after the last type's.
    let counts: [Count]
    let typeStart: [Int]
    let others: [Other]
    /// The longest count window, in seconds.
    let longestWindow: Int64
    /// The columns filled here, ascending.
    let columns: [Int]
    /// Days since the last activity: its column, standardisation, and position in ``columns``.
    let recency: (column: Int, mean: Double, scale: Double, position: Int)?

    init(_ compiled: [CompiledFeatures.Compiled], typeCount: Int) {
        var byType = [[Count]](repeating: [], count: typeCount)
        var absent: [Count] = []
        var others: [Other] = []
        var longest = 0
        var columns: [Int] = []
        for (column, feature) in compiled.enumerated() {
            switch feature {
            case .activityCount(let type, let days, let mean, let scale):
                let count = Count(column: column, days: days, mean: mean, scale: scale)
                if let type, Int(type) < typeCount { byType[Int(type)].append(count) } else { absent.append(count) }
                longest = max(longest, days)
                columns.append(column)
            case .daysSinceLastActivity(let mean, let scale):
                others.append(.daysSinceLast(column: column, mean: mean, scale: scale))
                columns.append(column)
            case .noActivityYet:
                others.append(.noActivityYet(column: column))
                columns.append(column)
            case .accountLeadsSoFar(let mean, let scale):
                others.append(.colleagues(column: column, mean: mean, scale: scale))
                columns.append(column)
            case .category, .otherCategory, .missing, .number:
                break
            }
        }
        var typeStart = [0]
        for list in byType { typeStart.append(typeStart[typeStart.count - 1] + list.count) }
        counts = byType.flatMap { $0 } + absent
        self.typeStart = typeStart
        self.others = others
        longestWindow = Int64(longest) * EpochSeconds.day
        self.columns = columns
        recency = others.lazy.compactMap { other -> (column: Int, mean: Double, scale: Double, position: Int)? in
            guard case .daysSinceLast(let column, let mean, let scale) = other, let position = columns.firstIndex(of: column) else { return nil }
            return (column, mean, scale, position)
        }.first
    }

    /// Refills the moment's features of `row` for `view`; the other features are left as they are.
    func fill(_ view: LeadView, into row: UnsafeMutableBufferPointer<Double>, accounts: AccountHistory?) {
        counts.withUnsafeBufferPointer { counts in
            typeStart.withUnsafeBufferPointer { typeStart in
                for count in counts { row[count.column] = 0 }
                // One walk back over the activities in the longest window: each adds 1 to the counts of
                // its type whose window holds it (times in (asOf − days, asOf]), kept in the row as whole
                // numbers and standardised after the walk.
                let types = typeStart.count - 1
                let since = view.asOf - longestWindow
                var i = view.activityCount - 1
                while i >= 0 {
                    let time = view.activityTime(i)
                    guard time > since else { break }
                    let type = Int(view.activityType(i))
                    if type < types {
                        for count in counts[typeStart[type]..<typeStart[type + 1]] where time > view.asOf - Int64(count.days) * EpochSeconds.day {
                            row[count.column] += 1
                        }
                    }
                    i -= 1
                }
                for count in counts { row[count.column] = (row[count.column] - count.mean) / count.scale }
            }
        }
        for other in others {
            switch other {
            case .daysSinceLast(let column, let mean, let scale):
                row[column] = (ActivityFeatures.daysSinceLast(view) - mean) / scale
            case .noActivityYet(let column):
                row[column] = view.activityCount == 0 ? 1 : 0
            case .colleagues(let column, let mean, let scale):
                row[column] = ((accounts?.logColleagues(of: view) ?? 0) - mean) / scale
            }
        }
    }
}
