import LeadBenchMetrics

/// How one headline figure moved from the previous period to the current one, and whether the move is
/// beyond chance where a test applies. The two periods hold different leads, so the tests are for
/// independent samples:
///
/// - proportions — precision (hits / qualified), recall (hits / converted) and the base rate
///   (converted / leads): the pooled two-proportion z-test (``TwoProportionZTest``) and Newcombe's
///   interval of the difference (``newcombeInterval(_:_:confidence:)``);
/// - AUC: the unpaired DeLong comparison (``IndependentAUCTest``),
///   `z = (AUC_current − AUC_previous) / √(Var_current + Var_previous)` with each period's DeLong variance
///   and the normal interval of the difference;
/// - every other figure (average precision, F1, lift, volumes, hits, the median sales cycle): the change
///   only. Its two periods' bootstrap intervals are beside it, but whether they overlap is not a test.
///
/// A change is significant when its p-value is below `α = 1 − confidence` (5% at the usual 95%). Each
/// figure is tested on its own: with many figures and models, some will pass by chance.
public struct FigureChange: Sendable, Encodable {
    /// A headline figure.
    public enum Figure: String, Sendable, CaseIterable, Encodable {
        case auc
        case averagePrecision
        case precision
        case recall
        case f1
        case lift
        case baseRate
        case qualified
        case perWeek
        case hits
        case medianSalesCycle

        /// The figure as a table shows it.
        public var label: String {
            switch self {
            case .auc: "AUC"
            case .averagePrecision: "average precision"
            case .precision: "precision"
            case .recall: "recall"
            case .f1: "F1"
            case .lift: "lift"
            case .baseRate: "base rate"
            case .qualified: "qualified"
            case .perWeek: "qualified per week"
            case .hits: "hits"
            case .medianSalesCycle: "median sales cycle (days)"
            }
        }
    }

    /// The test behind a p-value.
    public enum Test: String, Sendable, Encodable {
        case twoProportionZ = "two-proportion z-test"
        case delongIndependent = "DeLong, independent samples"
    }

    public let figure: Figure
    public let previous: Double?
    public let current: Double?
    /// `current − previous`.
    public let change: Double?
    public let test: Test?
    public let z: Double?
    public let pValue: Double?
    /// The confidence interval of the change (Newcombe's for proportions, the normal one for AUC).
    public let changeInterval: ConfidenceInterval?
    /// `pValue < 1 − confidence`; `nil` without a test.
    public let significant: Bool?

    /// A figure reported with its change only.
    static func untested(_ figure: Figure, previous: Double?, current: Double?) -> FigureChange {
        FigureChange(
            figure: figure, previous: previous, current: current, change: difference(current, previous), test: nil, z: nil, pValue: nil,
            changeInterval: nil, significant: nil)
    }

    /// A proportion, `successes / trials` in each period, tested when both periods have trials.
    static func proportion(
        _ figure: Figure, previous: (successes: Int, trials: Int), current: (successes: Int, trials: Int), confidence: Double
    ) -> FigureChange {
        let before = try? Proportion(successes: previous.successes, trials: previous.trials)
        let after = try? Proportion(successes: current.successes, trials: current.trials)
        guard let before, let after else { return untested(figure, previous: before?.value, current: after?.value) }
        let test = TwoProportionZTest(after, before)
        return FigureChange(
            figure: figure, previous: before.value, current: after.value, change: test.difference, test: .twoProportionZ, z: test.z,
            pValue: test.pValue, changeInterval: try? newcombeInterval(after, before, confidence: confidence),
            significant: test.pValue < 1 - confidence)
    }

    /// The AUC, tested when both periods have DeLong variances.
    static func auc(previous: Double?, current: Double?, variances: (previous: DeLongVariance?, current: DeLongVariance?), confidence: Double) -> FigureChange {
        guard let before = variances.previous, let after = variances.current,
            let test = try? IndependentAUCTest(after, before, confidence: confidence)
        else { return untested(.auc, previous: previous, current: current) }
        return FigureChange(
            figure: .auc, previous: previous, current: current, change: difference(current, previous), test: .delongIndependent, z: test.z,
            pValue: test.pValue, changeInterval: test.differenceInterval, significant: test.pValue < 1 - confidence)
    }

    private static func difference(_ current: Double?, _ previous: Double?) -> Double? {
        guard let current, let previous else { return nil }
        return current - previous
    }
}
