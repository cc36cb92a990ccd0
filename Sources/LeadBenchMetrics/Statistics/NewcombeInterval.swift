/// Newcombe's hybrid score interval for a difference of two independent proportions, `p₁ − p₂` (his
/// method 10): it combines the two ``wilsonInterval(_:confidence:)``s `[l₁, u₁]`, `[l₂, u₂]`. The same as
/// statsmodels' `confint_proportions_2indep(…, compare="diff", method="newcomb")`.
///
///     d = p̂₁ − p̂₂
///     lower = d − √((p̂₁ − l₁)² + (u₂ − p̂₂)²)
///     upper = d + √((u₁ − p̂₁)² + (p̂₂ − l₂)²)
///
/// Use it for the conversion-rate difference between two models' qualified leads, or between a
/// treatment and a control group.
///
/// - Returns: The interval, with `p̂₁ − p̂₂` as its estimate.
/// - Throws: ``StatisticsError`` when `confidence` is not strictly between 0 and 1.
///
/// ## References
/// R. G. Newcombe, "Interval estimation for the difference between independent proportions: comparison
/// of eleven methods", Statistics in Medicine 17(8), 873–890 (1998).
/// doi:10.1002/(SICI)1097-0258(19980430)17:8<873::AID-SIM779>3.0.CO;2-I
public func newcombeInterval(_ first: Proportion, _ second: Proportion, confidence: Double = 0.95)
    throws(StatisticsError) -> ConfidenceInterval
{
    let one = try wilsonInterval(first, confidence: confidence)
    let two = try wilsonInterval(second, confidence: confidence)
    let p1 = first.value, p2 = second.value
    let difference = p1 - p2
    let below = ((p1 - one.lower) * (p1 - one.lower) + (two.upper - p2) * (two.upper - p2)).squareRoot()
    let above = ((two.lower - p2) * (two.lower - p2) + (one.upper - p1) * (one.upper - p1)).squareRoot()
    return ConfidenceInterval(
        estimate: difference, lower: difference - below, upper: difference + above, confidence: confidence)
}
