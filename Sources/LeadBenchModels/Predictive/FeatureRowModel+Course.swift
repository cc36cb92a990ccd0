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
    public func course(lead: Int, from start: Int64, through end: Int64, cut: Int64?, threshold: Double?, data: ScoringData) -> ScoreCourse {
        guard start <= end, cut.map({ $0 <= end }) ?? true else {
            return courseByParts(lead: lead, from: start, through: end, cut: cut, threshold: threshold, data: data)
        }
        let moments = CourseMoments(
            history: data.view(lead, asOf: end), start: start, end: end, cut: cut, crossingWindows: features.windowsDays)
        var first: Int64?
        var peak = -Double.infinity
        var peakThroughCut = -Double.infinity
        for (moment, flags) in moments.merged {
            let score = self.score(data.view(lead, asOf: moment))
            if flags.contains(.peak) { peak = max(peak, score) }
            if let cut, moment <= cut, flags.contains(.peak) || moment == cut { peakThroughCut = max(peakThroughCut, score) }
            if first == nil, let threshold, flags.contains(.crossing), score >= threshold { first = moment }
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
