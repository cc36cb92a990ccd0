import LeadBenchExperiment
import LeadBenchMetrics

/// One model over a review's two periods: its headline figures in each, how each figure changed and
/// whether the change is significant (``FigureChange``), the stability of its score distribution, and
/// conversion by tier.
///
/// Score stability (``PopulationStability``, binned by the previous period's deciles) is measured two ways
/// on the ranking scores of the leads each period measured:
/// - ``scoreStability``: the previous period's model scores both periods' leads, so only the leads have
///   changed — the usual population stability of a scorecard;
/// - ``scoreStabilityAsScored``: each period's leads as its own model scored them (what the sales team
///   saw). For a rule-based model the two agree; for a model that learns, the difference is the
///   retraining.
public struct ModelReview: Sendable, Encodable {
    public let name: String
    public let kind: String
    /// `nil` when the model could not be built for the period (see ``unavailable``).
    public let previous: HeadlineFigures?
    public let current: HeadlineFigures?
    /// Why the model was not measured in a period, by period label.
    public let unavailable: [String: String]
    /// One per ``FigureChange/Figure``, in its order; empty unless both periods were measured.
    public let changes: [FigureChange]
    /// The previous period's model on both periods' leads; `nil` unless it was built and both periods
    /// have ranked leads.
    public let scoreStability: PopulationStability?
    /// Each period's model on its own leads; `nil` unless both were measured.
    public let scoreStabilityAsScored: PopulationStability?
    /// Empty for a model without tiers.
    public let tiers: [TierConversion]

    /// - Parameters:
    ///   - previousModelScores: The ranking scores the previous period's model gives the current period's
    ///     leads (`nil` when it could not be built).
    init(
        _ model: ModelSpec, previous: (label: String, PeriodEvaluation.Outcome), current: (label: String, PeriodEvaluation.Outcome),
        previousModelScores: [Double]?, confidence: Double
    ) {
        name = model.name
        kind = model.kind.rawValue
        var unavailable: [String: String] = [:]
        var evaluations: [ModelEvaluation?] = []
        for (label, outcome) in [previous, current] {
            switch outcome {
            case .measured(let evaluation, _): evaluations.append(evaluation)
            case .unavailable(let reason):
                evaluations.append(nil)
                unavailable[label] = reason
            }
        }
        let before = evaluations[0]
        let after = evaluations[1]
        self.previous = before.map(HeadlineFigures.init)
        self.current = after.map(HeadlineFigures.init)
        self.unavailable = unavailable
        tiers = TierConversion.table(model.tiers, previous: before?.replayed, current: after?.replayed)
        let reference = before.map { ModelEvaluation.ranked($0.replayed).scores }
        scoreStability = reference.flatMap { expected in
            previousModelScores.flatMap { try? PopulationStability.deciles(expected: expected, actual: $0) }
        }
        if let reference, let after, let previous = self.previous, let current = self.current {
            changes = Self.changes(previous, current, confidence: confidence)
            scoreStabilityAsScored = try? PopulationStability.deciles(expected: reference, actual: ModelEvaluation.ranked(after.replayed).scores)
        } else {
            changes = []
            scoreStabilityAsScored = nil
        }
    }

    /// Every headline figure's change, tested where a test applies.
    static func changes(_ previous: HeadlineFigures, _ current: HeadlineFigures, confidence: Double) -> [FigureChange] {
        let p = previous.counts, c = current.counts
        let atThreshold = previous.threshold != nil && current.threshold != nil
        return FigureChange.Figure.allCases.map { figure in
            switch figure {
            case .auc:
                return .auc(
                    previous: previous.auc?.estimate, current: current.auc?.estimate,
                    variances: (previous.aucDeLong, current.aucDeLong), confidence: confidence)
            case .averagePrecision:
                return .untested(figure, previous: previous.averagePrecision?.estimate, current: current.averagePrecision?.estimate)
            case .precision:
                guard atThreshold else { return .untested(figure, previous: previous.precision?.estimate, current: current.precision?.estimate) }
                return .proportion(figure, previous: (p.hits, p.qualified), current: (c.hits, c.qualified), confidence: confidence)
            case .recall:
                guard atThreshold else { return .untested(figure, previous: previous.recall?.estimate, current: current.recall?.estimate) }
                return .proportion(figure, previous: (p.hits, p.converted), current: (c.hits, c.converted), confidence: confidence)
            case .f1:
                return .untested(figure, previous: previous.f1?.estimate, current: current.f1?.estimate)
            case .lift:
                return .untested(figure, previous: previous.lift?.estimate, current: current.lift?.estimate)
            case .baseRate:
                return .proportion(figure, previous: (p.converted, p.leads), current: (c.converted, c.leads), confidence: confidence)
            case .qualified:
                return .untested(figure, previous: previous.threshold.map { _ in Double(p.qualified) }, current: current.threshold.map { _ in Double(c.qualified) })
            case .perWeek:
                return .untested(figure, previous: previous.perWeek, current: current.perWeek)
            case .hits:
                return .untested(figure, previous: previous.threshold.map { _ in Double(p.hits) }, current: current.threshold.map { _ in Double(c.hits) })
            case .medianSalesCycle:
                return .untested(figure, previous: previous.medianSalesCycle?.estimate, current: current.medianSalesCycle?.estimate)
            }
        }
    }
}
