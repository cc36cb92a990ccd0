/// Capture: the share of all conversions found among the top `fraction` of leads by score.
///
///     capture(f) = (conversions among the top f·n leads) / (all conversions)
///
/// A cut inside a run of tied scores takes the run's conversions in proportion, as ``LiftTable`` does,
/// so the result never depends on input order and `captureRate(…, atTopFraction: k/10)` is the
/// cumulative gains curve at decile `k`. Random ordering captures `f`; a perfect ranking captures
/// `min(1, f / baseRate)`.
///
///     try captureRate(scores: [0.9, 0.8, 0.8, 0.1], labels: [true, false, true, false], atTopFraction: 0.5)
///     // top 2 leads: 0.9 (converted) and half of the tied pair 0.8 (1 conversion in 2) → 1.5 of 2 = 0.75
///
/// - Parameters:
///   - scores: One score per lead; higher means more likely to convert.
///   - labels: Whether each lead converted; both classes must occur.
///   - fraction: The share of leads contacted, in `[0, 1]` (a programming error otherwise).
/// - Throws: ``MetricError`` for mismatched lengths, no leads, a non-finite score or a single class.
/// - Complexity: O(*n* log *n*).
public func captureRate(scores: [Double], labels: [Bool], atTopFraction fraction: Double) throws(MetricError)
    -> Double
{
    precondition(fraction >= 0 && fraction <= 1, "the top fraction must lie in [0, 1], not \(fraction)")
    let ranking = FractionalRanking(try ScoreGroups.make(scores: scores, labels: labels))
    return ranking.positivesInTop(fraction * Double(ranking.count)) / Double(ranking.groups.classes.positives)
}
