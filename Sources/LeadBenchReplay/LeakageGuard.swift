import LeadBenchData
import LeadBenchModels

/// Catches a model that uses data from after the moment it scores (DESIGN §2).
///
/// Models see leads through ``LeadView``s, which end at the scoring moment; but a model could still
/// keep the dataset it was built from and read ahead. The guard removes, for every sampled lead,
/// each activity after its sampled moment (and a conversion after it), builds the model again on the
/// altered data, and scores the lead as of the moment both ways: a model that used nothing later
/// gives the same score, one that peeked does not.
public enum LeakageGuard {
    /// A sampled lead whose score depended on what happened after the moment.
    public struct Violation: Sendable, Equatable {
        public let lead: Int
        public let moment: Int64
        public let withFuture: Double
        public let withoutFuture: Double
    }

    /// The samples whose scores change when the future is removed; empty for an honest model.
    public static func violations(
        of build: (ScoringData) throws -> any ScoringModel, data: ScoringData, samples: [(lead: Int, moment: Int64)]
    ) rethrows -> [Violation] {
        let cut = ScoringData(truncated(data.dataset, at: Dictionary(samples.map { ($0.lead, $0.moment) }, uniquingKeysWith: min)))
        let original = try build(data)
        let honest = try build(cut)
        return samples.compactMap { sample in
            let withFuture = original.score(data.view(sample.lead, asOf: sample.moment))
            let withoutFuture = honest.score(cut.view(sample.lead, asOf: sample.moment))
            return withFuture == withoutFuture ? nil : Violation(lead: sample.lead, moment: sample.moment, withFuture: withFuture, withoutFuture: withoutFuture)
        }
    }

    /// The dataset with each listed lead's activities after its moment removed, and its conversion
    /// too when that came later.
    static func truncated(_ dataset: Dataset, at moments: [Int: Int64]) -> Dataset {
        let leads = dataset.leads
        var convertedAt = leads.convertedAt
        var outcome = leads.outcome
        for (lead, moment) in moments where convertedAt[lead] != EpochSeconds.missing && convertedAt[lead] > moment {
            convertedAt[lead] = EpochSeconds.missing
            outcome[lead] = .notConverted
        }
        let table = LeadTable(
            ids: leads.ids, sourceLines: leads.sourceLines, accountIndex: leads.accountIndex, createdAt: leads.createdAt,
            outcome: outcome, convertedAt: convertedAt, dealValue: leads.dealValue, attributes: leads.attributes)
        guard let log = dataset.activities else {
            return Dataset(leads: table, activities: nil, accounts: dataset.accounts, excludedColumns: dataset.excludedColumns, skippedRows: dataset.skippedRows)
        }
        var start = [0]
        var at: [Int64] = []
        var type: [UInt32] = []
        var value: [Double] = []
        for lead in 0..<leads.count {
            for row in log.rows(ofLead: lead) where moments[lead].map({ log.at[row] <= $0 }) ?? true {
                at.append(log.at[row])
                type.append(log.type[row])
                if !log.value.isEmpty { value.append(log.value[row]) }
            }
            start.append(at.count)
        }
        let cut = ActivityLog(leadStart: start, at: at, type: type, value: value, typeNames: log.typeNames)
        return Dataset(leads: table, activities: cut, accounts: dataset.accounts, excludedColumns: dataset.excludedColumns, skippedRows: dataset.skippedRows)
    }
}
