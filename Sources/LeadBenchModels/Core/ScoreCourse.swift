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
