import LeadBenchData

extension FeatureRowModel {
    /// The ``ScoreCourse`` in one pass: the union of the moments ``firstMoment(reaching:lead:from:through:data:)``
    /// and ``ScoringModel/peakScore(lead:from:through:data:)`` look at, each scored once and in time order,
    /// each flagged with the questions it answers, so the three answers are exactly those of asking one
    /// at a time, for a third of the scoring.
    ///
    /// - crossing moments (the first moment): `start`, each day after it, each activity, and each moment
    ///   an activity leaves one of the features' windows;
    /// - peak moments: `start`, `end`, each day, each activity and the second before it, and each moment
    ///   an activity leaves a 7-, 30- or 90-day window;
    /// - the peak through `cut`: the peak moments up to `cut`, and `cut` itself.
    ///
    /// Each moment's row is the lead's attribute features, filled once, with the moment's features
    /// carried forward (``MomentTracker``); a model with ``momentSplits`` checks only the trees that
    /// split on a feature that changed, and walks again those whose leaf it leaves (``ForestCursor``).
    /// Every score equals ``score(_:)`` at that moment.
    public func course(lead: Int, from start: Int64, through end: Int64, cut: Int64?, threshold: Double?, data: ScoringData) -> ScoreCourse {
        pass(lead: lead, from: start, through: end, cut: cut, threshold: threshold, data: data, scoringAt: nil).course
    }

    /// The course and the score as of `moment`: taken from the pass when `moment` is one of the pass's
    /// moments — as the replay's scoring moment is, a whole number of days after `start` within the
    /// span — and scored afresh otherwise; bit for bit ``score(_:)`` either way.
    public func course(
        lead: Int, from start: Int64, through end: Int64, cut: Int64?, threshold: Double?, data: ScoringData, scoringAt moment: Int64
    ) -> (course: ScoreCourse, score: Double) {
        let (course, scored) = pass(lead: lead, from: start, through: end, cut: cut, threshold: threshold, data: data, scoringAt: moment)
        return (course, scored ?? score(data.view(lead, asOf: moment)))
    }

    /// The one pass, with the score at `scoringMoment` when the pass scores that moment.
    private func pass(
        lead: Int, from start: Int64, through end: Int64, cut: Int64?, threshold: Double?, data: ScoringData, scoringAt scoringMoment: Int64?
    ) -> (course: ScoreCourse, scored: Double?) {
        guard start <= end, cut.map({ $0 <= end }) ?? true else {
            return (courseByParts(lead: lead, from: start, through: end, cut: cut, threshold: threshold, data: data), nil)
        }
        // One copy of the features for the pass (each read of the requirement copies them).
        let features = self.features
        let history = data.view(lead, asOf: end)
        let moments = CourseMoments(history: history, start: start, end: end, cut: cut, crossingWindows: features.windowsDays)
        guard let splits = momentSplits else {
            return monotoneCourse(
                moments, history: history, lead: lead, start: start, cut: cut, threshold: threshold, data: data, scoringAt: scoringMoment)
        }
        var first: Int64?
        var scored: Double?
        var peak = -Double.infinity
        var peakThroughCut = -Double.infinity
        let columns = features.moment.columns
        let cursor = ForestCursor(splits)
        let tracker = MomentTracker(features.moment, history: history, accounts: features.accounts)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, features.count)) { row in
            // Between jumps only the recency feature moves: it is updated alone, and the trees that
            // split on it walked again only when it leaves their leaf's box.
            let jumps = jumpMoments(history: history)
            let recency = features.moment.recency
            var jump = 0
            var previous = 0.0
            // The lowest top bin of recency among the current leaves' boxes, once known.
            var recencyLimit: Int?
            for (index, (moment, flags)) in moments.merged.enumerated() {
                var jumped = index == 0
                while jump < jumps.count && jumps[jump] <= moment {
                    jump += 1
                    jumped = true
                }
                let score: Double
                if jumped {
                    // The attribute features once; then the tracker rewrites the moment features that
                    // changed, and only their trees are checked.
                    if index == 0 { features.fill(data.view(lead, asOf: moment), into: row) }
                    tracker.advance(to: moment, row: row)
                    if index == 0 {
                        score = cursor.start(row: row, columns: columns)
                    } else {
                        score = cursor.move(row: row, features: tracker.changed, columns: columns) ? cursor.probability : previous
                    }
                    recencyLimit = nil
                } else if let recency {
                    row[recency.column] = tracker.recency(at: moment, mean: recency.mean, scale: recency.scale)
                    // Recency only grows between jumps, so while its bin stays at or below the lowest
                    // top of the current leaves' boxes, no tree changes leaf.
                    let k = recency.position
                    let bin = splits.bin(row[recency.column], column: k)
                    let limit = recencyLimit ?? cursor.lowestTop(feature: k)
                    recencyLimit = limit
                    if bin <= limit {
                        cursor.keep(bin: bin, feature: k)
                        score = previous
                    } else {
                        score = cursor.move(row: row, features: k..<(k + 1), columns: columns) ? cursor.probability : previous
                        recencyLimit = nil
                    }
                } else {
                    score = previous
                }
                previous = score
                if moment == scoringMoment { scored = score }
                if flags.contains(.peak) { peak = max(peak, score) }
                if let cut, moment <= cut, flags.contains(.peak) || moment == cut { peakThroughCut = max(peakThroughCut, score) }
                if first == nil, let threshold, flags.contains(.crossing), score >= threshold { first = moment }
            }
        }
        let hasCutPeak = cut.map { $0 >= start } ?? false
        return (ScoreCourse(firstMoment: first, peak: peak, peakThroughCut: hasCutPeak ? peakThroughCut : nil), scored)
    }
}

/// The moments of a ``ScoreCourse`` pass, in time order, each with the questions it answers.
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
        let count = history.activityCount
        var windows = Self.peakWindows.count
        for window in crossingWindows where !Self.peakWindows.contains(window) { windows += 1 }
        // The moments an activity brings, in `start ... end`; the days are merged in afterwards.
        var all: [(Int64, Flags)] = []
        all.reserveCapacity(3 + count * (2 + windows))
        func add(_ moment: Int64, _ flags: Flags) { if moment >= start && moment <= end { all.append((moment, flags)) } }
        add(start, [.crossing, .peak])
        add(end, .peak)
        if let cut { add(cut, .cut) }
        // Appended as runs already in time order (the activities, which are in time order; the seconds
        // before them; their exits from each window), which the (merging) sort joins.
        for i in 0..<count { add(history.activityTime(i), [.crossing, .peak]) }
        for i in 0..<count { add(history.activityTime(i) - 1, .peak) }
        // Each window's exits once, flagged with the questions they answer (a window usually serves both).
        for window in crossingWindows where !Self.peakWindows.contains(window) {
            for i in 0..<count { add(history.activityTime(i) + Int64(window) * day + 1, .crossing) }
        }
        for window in Self.peakWindows {
            let flags: Flags = crossingWindows.contains(window) ? [.crossing, .peak] : .peak
            for i in 0..<count { add(history.activityTime(i) + Int64(window) * day + 1, flags) }
        }
        all.sort { $0.0 < $1.0 }
        // Joined with the days after `start` (crossing and peak moments), each moment once with the
        // union of its flags; `end` is among the moments, so every day up to it comes in before it.
        var merged: [(Int64, Flags)] = []
        merged.reserveCapacity(all.count + Int(max(0, end - start) / day))
        func push(_ moment: Int64, _ flags: Flags) {
            if let last = merged.last, last.0 == moment {
                merged[merged.count - 1].1.formUnion(flags)
            } else {
                merged.append((moment, flags))
            }
        }
        var nextDay = start + day
        for (moment, flags) in all {
            while nextDay <= moment {
                push(nextDay, [.crossing, .peak])
                nextDay += day
            }
            push(moment, flags)
        }
        self.merged = merged
    }
}

extension FeatureRowModel {
    /// The ``ScoreCourse`` of a model whose score moves monotonically with time while only the recency
    /// feature changes (logistic regression: the log-odds are linear in "days since the last activity",
    /// and the probability is increasing in them), with the same answers as scoring every moment.
    ///
    /// The moments are cut into segments at every instant the rest of the row can jump — an activity,
    /// an activity leaving a count window, a colleague's creation. Within a segment the score is
    /// monotone in time, so
    /// - the peak over a segment's peak moments is the larger of its first and last such moment's score
    ///   (the same for the moments up to the cut);
    /// - the first crossing moment of a segment is its first crossing moment if that one reaches the
    ///   threshold, otherwise, when the last one does (the score rises), the earliest by bisection, and
    ///   otherwise none.
    /// Each moment scored is scored exactly as ``score(_:)`` scores it (``FeatureRowModel/passScorer(_:fixedColumns:)``).
    func monotoneCourse(
        _ moments: CourseMoments, history: LeadView, lead: Int, start: Int64, cut: Int64?, threshold: Double?, data: ScoringData,
        scoringAt scoringMoment: Int64?
    ) -> (course: ScoreCourse, scored: Double?) {
        let merged = moments.merged
        // The scoring moment's place among the moments, if it is one (scored within its segment).
        var scoringIndex: Int?
        if let scoringMoment {
            var low = 0
            var high = merged.count
            while low < high {
                let middle = (low + high) / 2
                if merged[middle].0 < scoringMoment { low = middle + 1 } else { high = middle }
            }
            if low < merged.count && merged[low].0 == scoringMoment { scoringIndex = low }
        }
        var scored: Double?
        let jumps = jumpMoments(history: history)
        var first: Int64?
        var peak = -Double.infinity
        var peakThroughCut = -Double.infinity
        let features = self.features
        let recency = features.moment.recency
        let tracker = MomentTracker(features.moment, history: history, accounts: features.accounts)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, features.count)) { row in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, merged.count)) { scores in
                scores.initialize(repeating: .nan)
                // Each moment scored at most once: the attribute features filled (and their share of
                // the score taken) once; the tracker brought to the segment (whose moments differ only
                // in recency) before its first score, and recency written for each moment.
                var scorer: ((UnsafeBufferPointer<Double>) -> Double)?
                var segmentStart = 0
                var trackerBehind = true
                func score(_ index: Int) -> Double {
                    if !scores[index].isNaN { return scores[index] }
                    let moment = merged[index].0
                    if scorer == nil { features.fill(data.view(lead, asOf: moment), into: row) }
                    if trackerBehind {
                        tracker.advance(to: merged[segmentStart].0, row: row)
                        trackerBehind = false
                    }
                    if let recency { row[recency.column] = tracker.recency(at: moment, mean: recency.mean, scale: recency.scale) }
                    if scorer == nil { scorer = passScorer(UnsafeBufferPointer(row), fixedColumns: features.moment.columns.first ?? features.count) }
                    scores[index] = scorer!(UnsafeBufferPointer(row))
                    return scores[index]
                }
                var jump = 0
                while segmentStart < merged.count {
                    trackerBehind = true
                    // The segment: the moments up to (not including) the next one with a jump at or before it.
                    while jump < jumps.count && jumps[jump] <= merged[segmentStart].0 { jump += 1 }
                    var segmentEnd = segmentStart + 1
                    while segmentEnd < merged.count && !(jump < jumps.count && jumps[jump] <= merged[segmentEnd].0) { segmentEnd += 1 }
                    // The first and last peak moments, and those up to the cut.
                    var peakFirst = -1, peakLast = -1, cutFirst = -1, cutLast = -1, crossFirst = -1, crossLast = -1
                    for index in segmentStart..<segmentEnd {
                        let (moment, flags) = merged[index]
                        if flags.contains(.peak) {
                            if peakFirst < 0 { peakFirst = index }
                            peakLast = index
                        }
                        if let cut, moment <= cut, flags.contains(.peak) || moment == cut {
                            if cutFirst < 0 { cutFirst = index }
                            cutLast = index
                        }
                        if flags.contains(.crossing) {
                            if crossFirst < 0 { crossFirst = index }
                            crossLast = index
                        }
                    }
                    if let scoringIndex, scoringIndex >= segmentStart && scoringIndex < segmentEnd { scored = score(scoringIndex) }
                    if peakFirst >= 0 { peak = max(peak, score(peakFirst), score(peakLast)) }
                    if cutFirst >= 0 { peakThroughCut = max(peakThroughCut, score(cutFirst), score(cutLast)) }
                    if first == nil, let threshold, crossFirst >= 0 {
                        if score(crossFirst) >= threshold {
                            first = merged[crossFirst].0
                        } else if score(crossLast) >= threshold {
                            // Rising: bisect the segment's crossing moments, keeping
                            // score(crossings[low]) < threshold ≤ score(crossings[high]).
                            var crossings: [Int] = []
                            for index in crossFirst...crossLast where merged[index].1.contains(.crossing) { crossings.append(index) }
                            var low = 0, high = crossings.count - 1
                            while high - low > 1 {
                                let middle = (low + high) / 2
                                if score(crossings[middle]) >= threshold { high = middle } else { low = middle }
                            }
                            first = merged[crossings[high]].0
                        }
                    }
                    segmentStart = segmentEnd
                }
            }
        }
        let hasCutPeak = cut.map { $0 >= start } ?? false
        return (ScoreCourse(firstMoment: first, peak: peak, peakThroughCut: hasCutPeak ? peakThroughCut : nil), scored)
    }

    /// The instants at which a row's features other than recency can change, ascending: each activity,
    /// each activity leaving a count window (at `t + days`, when it stops counting), and each creation
    /// of a lead of the account.
    func jumpMoments(history: LeadView) -> [Int64] {
        let windows = features.windowsDays
        let count = history.activityCount
        var jumps: [Int64] = []
        jumps.reserveCapacity(count * (1 + windows.count))
        // Appended as runs in time order (the activities, which are in time order, then each window's
        // exits, then the colleagues' creations), which the (merging) sort joins.
        for i in 0..<count { jumps.append(history.activityTime(i)) }
        for days in windows {
            let shift = Int64(days) * EpochSeconds.day
            for i in 0..<count { jumps.append(history.activityTime(i) + shift) }
        }
        if let account = history.account, let created = features.accounts?.createdByAccount, account < created.count {
            jumps.append(contentsOf: created[account])
        }
        jumps.sort()
        return jumps
    }
}
