import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels

/// The leads a replay measures models on (DESIGN §2), and how many were left out and why.
///
/// - Temporal split: leads created at or after the cutoff. Random split: the leads the training
///   window did not draw. k-fold: every lead (each fold's models are scored on their own fold).
/// - Right-censoring: a lead created less than one horizon before the end of the data cannot show
///   its outcome yet and is left out, counted. Open leads (outcome unknown) are left out, counted.
/// - Data without times (a snapshot) has no horizon and no censoring.
public struct TestWindow: Sendable {
    public let leads: [Int]
    public let censored: Int
    public let open: Int

    public static func select(_ spec: ExperimentSpec, data: ScoringData, training: TrainingSet) -> TestWindow {
        let table = data.dataset.leads
        let trained = Set(training.views.map(\.lead))
        var chosen: [Int] = []
        for lead in 0..<table.count {
            let created = table.createdAt[lead]
            switch spec.split ?? .random(testFraction: 0.3) {
            case .temporal(let cutoff):
                guard created != EpochSeconds.missing, created >= cutoff else { continue }
            case .random:
                guard !trained.contains(lead) else { continue }
            case .kFold:
                break
            }
            chosen.append(lead)
        }
        return of(chosen, spec: spec, data: data)
    }

    /// The given leads less the open and the right-censored ones (a k-fold split's fold).
    public static func of(_ chosen: [Int], spec: ExperimentSpec, data: ScoringData) -> TestWindow {
        let table = data.dataset.leads
        let horizon = Int64(spec.horizonDays) * EpochSeconds.day
        let end = data.dataset.hasTimes ? data.dataset.endOfData : nil
        var leads: [Int] = []
        var censored = 0
        var open = 0
        for lead in chosen {
            let created = table.createdAt[lead]
            if table.outcome[lead] == .open {
                open += 1
                continue
            }
            if let end, created != EpochSeconds.missing, created + horizon > end {
                censored += 1
                continue
            }
            leads.append(lead)
        }
        return TestWindow(leads: leads, censored: censored, open: open)
    }
}
