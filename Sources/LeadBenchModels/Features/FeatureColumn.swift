/// One learned feature of a predictive model, described by names and numbers only (no dataset codes),
/// so a saved model reads any export that uses the same column names and values.
public enum FeatureColumn: Sendable, Equatable, Codable {
    /// 1 when the categorical `attribute` equals `value`.
    case category(attribute: String, value: String)
    /// 1 when `attribute` has a value other than the kept ones (rare values bucketed together).
    case otherCategory(attribute: String, kept: [String])
    /// 1 when `attribute` is missing.
    case missing(attribute: String)
    /// The number standardised, (x − mean) / scale, and 0 when missing.
    case number(attribute: String, mean: Double, scale: Double)
    /// The count of activities of `type` in the `days` before the scoring moment, standardised.
    case activityCount(type: String, days: Int, mean: Double, scale: Double)
    /// Days since the latest activity (capped at 365, 365 without any), standardised.
    case daysSinceLastActivity(mean: Double, scale: Double)
    /// 1 when the lead has no activity yet.
    case noActivityYet
    /// log(1 + the number of colleagues at the lead's account created by the scoring moment), standardised.
    case accountLeadsSoFar(mean: Double, scale: Double)

    /// The column's name in reports and explanations.
    public var name: String {
        switch self {
        case .category(let attribute, let value): "\(attribute) = \(value)"
        case .otherCategory(let attribute, _): "\(attribute) = (other)"
        case .missing(let attribute): "\(attribute) missing"
        case .number(let attribute, _, _): attribute
        case .activityCount(let type, let days, _, _): "\(type) in \(days)d"
        case .daysSinceLastActivity: "days since last activity"
        case .noActivityYet: "no activity yet"
        case .accountLeadsSoFar: "colleagues at the account"
        }
    }
}
