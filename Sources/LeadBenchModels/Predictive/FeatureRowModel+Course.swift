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
    /// refilled (``MomentFeatures``); a model with ``momentSplits`` rescored only when one of those
    /// crosses a split. Every score equals ``score(_:)`` at that moment.
    public func course(lead: Int, from start: Int64, through end: Int64, cut: Int64?, threshold: Double?, data: ScoringData) -> ScoreCourse {
        guard start <= end, cut.map({ $0 <= end }) ?? true else {
            return courseByParts(lead: lead, from: start, through: end, cut: cut, threshold: threshold, data: data)
        }
        let moments = CourseMoments(
            history: data.view(lead, asOf: end), start: start, end: end, cut: cut, crossingWindows: features.windowsDays)
        var first: Int64?
        var peak = -Double.infinity
        var peakThroughCut = -Double.infinity
        let splits = momentSplits
        let columns = features.moment.columns
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, features.count)) { row in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, columns.count)) { bins in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, splits?.forest.treeCount ?? 0)) { outputs in
                    let step = { (index: Int, moment: Int64, flags: CourseMoments.Flags) in
                        let view = data.view(lead, asOf: moment)
                        // The attribute features once, then only the features that move with the moment.
                        if index == 0 { features.fill(view, into: row) } else { features.refillMoment(view, into: row) }
                        let score: Double
                        if let splits {
                            score = Self.rescore(splits, row: row, bins: bins, outputs: outputs, first: index == 0, columns: columns)
                        } else {
                            score = probability(UnsafeBufferPointer(row))
                        }
                        if flags.contains(.peak) { peak = max(peak, score) }
                        if let cut, moment <= cut, flags.contains(.peak) || moment == cut { peakThroughCut = max(peakThroughCut, score) }
                        if first == nil, let threshold, flags.contains(.crossing), score >= threshold { first = moment }
                    }
                    for (index, (moment, flags)) in moments.merged.enumerated() { step(index, moment, flags) }
                }
            }
        }
        let hasCutPeak = cut.map { $0 >= start } ?? false
        return ScoreCourse(firstMoment: first, peak: peak, peakThroughCut: hasCutPeak ? peakThroughCut : nil)
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
        var all: [(Int64, Flags)] = [(start, [.crossing, .peak]), (end, .peak)]
        if let cut, cut >= start { all.append((cut, .cut)) }
        for moment in stride(from: start + day, through: end, by: Int(day)) { all.append((moment, [.crossing, .peak])) }
        for i in 0..<history.activityCount {
            let t = history.activityTime(i)
            all.append((t, [.crossing, .peak]))
            all.append((t - 1, .peak))
            for window in crossingWindows { all.append((t + Int64(window) * day + 1, .crossing)) }
            for window in Self.peakWindows { all.append((t + Int64(window) * day + 1, .peak)) }
        }
        all.sort { $0.0 < $1.0 }
        var merged: [(Int64, Flags)] = []
        merged.reserveCapacity(all.count)
        for (moment, flags) in all where moment >= start && moment <= end {
            if let last = merged.last, last.0 == moment {
                merged[merged.count - 1].1.formUnion(flags)
            } else {
                merged.append((moment, flags))
            }
        }
        self.merged = merged
    }
}

extension FeatureRowModel {
    /// A tree model's probability for `row`, re-evaluating only the trees that split on a moment feature
    /// whose bin moved since the previous row of the pass (every tree on the `first` row); `outputs`
    /// keeps each tree's output and `bins` each moment feature's bin between calls.
    static func rescore(
        _ splits: MomentSplits, row: UnsafeMutableBufferPointer<Double>, bins: UnsafeMutableBufferPointer<Int>,
        outputs: UnsafeMutableBufferPointer<Double>, first: Bool, columns: [Int]
    ) -> Double {
        var changed: UInt64 = first ? .max : 0
        for (k, column) in columns.enumerated() {
            let bin = splits.bin(row[column], column: k)
            if first || bin != bins[k] { changed |= MomentSplits.bit(k) }
            bins[k] = bin
        }
        return splits.forest.withBuffers { forest in
            var raw = splits.initialScore
            for tree in 0..<forest.roots.count {
                if first || splits.treeMasks[tree] & changed != 0 { outputs[tree] = forest.output(tree: tree, row: row) }
                raw += outputs[tree]
            }
            return LogLoss.sigmoid(raw)
        }
    }
}
