/// What the replay needs of one lead's score over a span, found together: the first moment it reaches
/// a threshold, its peak over the span, and its peak up to a cut inside the span (the second before the
/// lead converted).
///
/// Each is defined as by ``ScoringModel/firstMoment(reaching:lead:from:through:data:)`` and
/// ``ScoringModel/peakScore(lead:from:through:data:)``; a model may find all three in one pass over the
/// moments its score can change (``ScoringModel/course(lead:from:through:cut:threshold:data:)``).
public struct ScoreCourse: Sendable, Equatable {
    /// The first moment in the span at which the score reaches the threshold (`nil` without one).
    public var firstMoment: Int64?
    /// The highest score in `start ... end`; `nil` for an empty span.
    public var peak: Double?
    /// The highest score in `start ... cut`; `nil` without a cut or for an empty span.
    public var peakThroughCut: Double?

    public init(firstMoment: Int64?, peak: Double?, peakThroughCut: Double?) {
        self.firstMoment = firstMoment
        self.peak = peak
        self.peakThroughCut = peakThroughCut
    }
}

extension ScoringModel {
    /// The lead's ``ScoreCourse`` over `start ... end`, asked one question at a time: the first moment
    /// reaching `threshold` (when given), the peak over the span, and the peak over `start ... cut` (when
    /// given).
    public func courseByParts(
        lead: Int, from start: Int64, through end: Int64, cut: Int64?, threshold: Double?, data: ScoringData
    ) -> ScoreCourse {
        ScoreCourse(
            firstMoment: threshold.flatMap { firstMoment(reaching: $0, lead: lead, from: start, through: end, data: data) },
            peak: peakScore(lead: lead, from: start, through: end, data: data),
            peakThroughCut: cut.flatMap { peakScore(lead: lead, from: start, through: $0, data: data) })
    }
}

extension ScoringModel {
    /// The ``ScoreCourse`` from one pass over the moments ``peakScore(lead:from:through:data:)`` looks at
    /// (``CourseMoments``), each scored once with ``score(_:)``: the same peaks as asking for them one at a
    /// time. The first moment is the first crossing moment (start, each day, each activity, and each
    /// moment an activity leaves one of `crossingWindows`) reaching the threshold — what
    /// ``firstMomentAtChanges(reaching:lead:from:through:data:windowsDays:)`` finds — or, with
    /// `crossingWindows` `nil`, the model's own ``firstMoment(reaching:lead:from:through:data:)``.
    public func courseAtMoments(
        lead: Int, from start: Int64, through end: Int64, cut: Int64?, threshold: Double?, data: ScoringData, crossingWindows: [Int]?
    ) -> ScoreCourse {
        guard start <= end, cut.map({ $0 <= end }) ?? true else {
            return courseByParts(lead: lead, from: start, through: end, cut: cut, threshold: threshold, data: data)
        }
        let moments = CourseMoments(history: data.view(lead, asOf: end), start: start, end: end, cut: cut, crossingWindows: crossingWindows ?? [])
        var first: Int64?
        var peak = -Double.infinity
        var peakThroughCut = -Double.infinity
        for (moment, flags) in moments.merged {
            let score = self.score(data.view(lead, asOf: moment))
            if flags.contains(.peak) { peak = max(peak, score) }
            if let cut, moment <= cut, flags.contains(.peak) || moment == cut { peakThroughCut = max(peakThroughCut, score) }
            if crossingWindows != nil, first == nil, let threshold, flags.contains(.crossing), score >= threshold { first = moment }
        }
        if crossingWindows == nil, let threshold {
            first = firstMoment(reaching: threshold, lead: lead, from: start, through: end, data: data)
        }
        let hasCutPeak = cut.map { $0 >= start } ?? false
        return ScoreCourse(firstMoment: first, peak: peak, peakThroughCut: hasCutPeak ? peakThroughCut : nil)
    }
}
