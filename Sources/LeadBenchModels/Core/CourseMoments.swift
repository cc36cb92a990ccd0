import LeadBenchData

/// The moments of a ``ScoreCourse`` pass, in time order, each with the questions it answers:
///
/// - `start` (crossing, peak) and `end` (peak), and `cut` itself when it is in range;
/// - each day after `start` (crossing, peak);
/// - each activity (crossing, peak) and the second before it (peak);
/// - each activity leaving one of `crossingWindows` (crossing) and one of ``peakWindows`` (peak): the
///   second after `t + days`.
///
/// Only moments in `start ... end` are kept, each once, with the flags of every source of it merged.
///
/// The sources are runs already in time order — the days, and each offset from the activities (which
/// are in time order) — so they are merged by taking the earliest head each step instead of being
/// sorted: a handful of comparisons per moment.
struct CourseMoments {
    struct Flags: OptionSet {
        let rawValue: UInt8
        /// A moment the first crossing is checked at.
        static let crossing = Flags(rawValue: 1)
        /// A moment the peaks are taken at.
        static let peak = Flags(rawValue: 2)
        /// The cut itself.
        static let cut = Flags(rawValue: 4)
    }

    /// The windows the default peak looks at (``ScoringModel/peakScore(lead:from:through:data:)``).
    static let peakWindows = [7, 30, 90]

    /// Distinct moments in `start ... end`, ascending, with their flags merged.
    let merged: [(Int64, Flags)]

    init(history: LeadView, start: Int64, end: Int64, cut: Int64?, crossingWindows: [Int]) {
        let day = EpochSeconds.day
        // The offsets from each activity's time, and what the moment there answers.
        var offsets: [(Int64, Flags)] = [(0, [.crossing, .peak]), (-1, .peak)]
        for window in crossingWindows { offsets.append((Int64(window) * day + 1, .crossing)) }
        for window in Self.peakWindows { offsets.append((Int64(window) * day + 1, .peak)) }
        // The few moments of their own, ascending.
        var fixed: [(Int64, Flags)] = [(start, [.crossing, .peak]), (end, .peak)]
        if let cut { fixed.append((cut, .cut)) }
        fixed = fixed.filter { $0.0 >= start }.sorted { $0.0 < $1.0 }
        let count = history.activityCount
        var merged: [(Int64, Flags)] = []
        merged.reserveCapacity(Int((end - start) / day) + 3 + count * offsets.count)
        history.withActivityTimes { times in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: offsets.count) { next in
                // Each run's next activity: the first whose moment is not before `start`.
                for r in offsets.indices {
                    var i = 0
                    while i < count && times[i] + offsets[r].0 < start { i += 1 }
                    next[r] = i
                }
                var nextFixed = 0
                var nextDay = start + day
                while true {
                    // The earliest head of every run.
                    var moment = Int64.max
                    if nextFixed < fixed.count { moment = fixed[nextFixed].0 }
                    if nextDay <= end { moment = min(moment, nextDay) }
                    for r in offsets.indices where next[r] < count { moment = min(moment, times[next[r]] + offsets[r].0) }
                    guard moment <= end else { break }
                    // Every head there, each run moved past it.
                    var flags: Flags = []
                    while nextFixed < fixed.count && fixed[nextFixed].0 == moment {
                        flags.formUnion(fixed[nextFixed].1)
                        nextFixed += 1
                    }
                    if nextDay == moment {
                        flags.formUnion([.crossing, .peak])
                        nextDay += day
                    }
                    for r in offsets.indices {
                        while next[r] < count && times[next[r]] + offsets[r].0 == moment {
                            flags.formUnion(offsets[r].1)
                            next[r] += 1
                        }
                    }
                    merged.append((moment, flags))
                }
            }
        }
        self.merged = merged
    }
}
