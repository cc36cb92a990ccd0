import LeadBenchData
import LeadBenchExperiment

/// A lead-scoring model: scores a lead as of a moment (DESIGN §3).
///
/// The contract: a model sees a lead only through a ``LeadView``, so its score at t uses nothing later
/// than t; it is deterministic (the same view gives the same score); higher scores mean more likely to
/// convert (points for rule-based models, a probability in 0...1 for predictive ones); and scoring does
/// not change the model.
public protocol ScoringModel: Sendable {
    var name: String { get }
    var kind: ModelSpec.Kind { get }
    /// The score of the lead as of the view's moment.
    func score(_ view: LeadView) -> Double
    /// The largest contributions to that score, largest first.
    func reasons(_ view: LeadView, limit: Int) -> [ScoreReason]
    /// The first moment in `start ... end` at which the score reaches `threshold`.
    func firstMoment(reaching threshold: Double, lead: Int, from start: Int64, through end: Int64, data: ScoringData) -> Int64?
    /// The highest score the lead reaches in `start ... end`; `nil` for an empty span. Models whose score
    /// can change between activities say where (the default looks at activities, days and the feature
    /// windows `windowsDays`).
    func peakScore(lead: Int, from start: Int64, through end: Int64, data: ScoringData, windowsDays: [Int]) -> Double?
    /// The first moment reaching `threshold`, the peak over `start ... end` and the peak over
    /// `start ... cut`, as those methods define them; models that can find them in one pass do (the
    /// default asks one question at a time, ``courseByParts(lead:from:through:cut:threshold:data:)``).
    func course(lead: Int, from start: Int64, through end: Int64, cut: Int64?, threshold: Double?, data: ScoringData) -> ScoreCourse
    /// The ``course(lead:from:through:cut:threshold:data:)`` and the score as of `moment`, which a model
    /// whose pass scores that moment exactly takes from the pass (the default scores it afresh).
    func course(
        lead: Int, from start: Int64, through end: Int64, cut: Int64?, threshold: Double?, data: ScoringData, scoringAt moment: Int64
    ) -> (course: ScoreCourse, score: Double)
}

extension ScoringModel {
    public func course(lead: Int, from start: Int64, through end: Int64, cut: Int64?, threshold: Double?, data: ScoringData) -> ScoreCourse {
        courseByParts(lead: lead, from: start, through: end, cut: cut, threshold: threshold, data: data)
    }

    public func course(
        lead: Int, from start: Int64, through end: Int64, cut: Int64?, threshold: Double?, data: ScoringData, scoringAt moment: Int64
    ) -> (course: ScoreCourse, score: Double) {
        (course(lead: lead, from: start, through: end, cut: cut, threshold: threshold, data: data), score(data.view(lead, asOf: moment)))
    }
}

extension ScoringModel {
    /// The first moment the score reaches `threshold`, checked at `start`, at each activity, and at
    /// each moment an activity leaves a feature window or a day passes (a model whose inputs change
    /// only then cannot cross in between).
    public func firstMomentAtChanges(
        reaching threshold: Double, lead: Int, from start: Int64, through end: Int64, data: ScoringData, windowsDays: [Int]
    ) -> Int64? {
        guard start <= end else { return nil }
        let history = data.view(lead, asOf: end)
        var moments = Set<Int64>([start])
        for day in stride(from: start + EpochSeconds.day, through: end, by: Int(EpochSeconds.day)) { moments.insert(day) }
        for i in 0..<history.activityCount {
            let t = history.activityTime(i)
            moments.insert(t)
            for window in windowsDays { moments.insert(t + Int64(window) * EpochSeconds.day + 1) }
        }
        for moment in moments.sorted() where moment >= start && moment <= end {
            if score(data.view(lead, asOf: moment)) >= threshold { return moment }
        }
        return nil
    }
}

extension PointsModel: ScoringModel {}

extension ScoringModel {
    /// The highest score the lead reaches in `start ... end`, evaluated where it can change: at `start`,
    /// at each activity and the second before it, as activities leave the feature windows, and at each
    /// day. A lead reaches a threshold within the span exactly when this peak does (up to a score that
    /// peaks strictly between those moments). `nil` for an empty span.
    public func peakScore(lead: Int, from start: Int64, through end: Int64, data: ScoringData) -> Double? {
        peakScore(lead: lead, from: start, through: end, data: data, windowsDays: [7, 30, 90])
    }

    /// The default ``peakScore(lead:from:through:data:windowsDays:)``: the score at `start` and `end`,
    /// at each activity and the second before it, as activities leave the feature windows, and at each
    /// day.
    public func peakScore(lead: Int, from start: Int64, through end: Int64, data: ScoringData, windowsDays: [Int]) -> Double? {
        guard start <= end else { return nil }
        let history = data.view(lead, asOf: end)
        var moments = Set<Int64>([start, end])
        for day in stride(from: start + EpochSeconds.day, through: end, by: Int(EpochSeconds.day)) { moments.insert(day) }
        for i in 0..<history.activityCount {
            let t = history.activityTime(i)
            moments.insert(t)
            moments.insert(t - 1)
            for window in windowsDays { moments.insert(t + Int64(window) * EpochSeconds.day + 1) }
        }
        var peak = -Double.infinity
        for moment in moments where moment >= start && moment <= end {
            peak = max(peak, score(data.view(lead, asOf: moment)))
        }
        return peak
    }
}
