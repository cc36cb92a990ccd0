import Dispatch
import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels

/// Replays test leads through a model (DESIGN §2): for each lead, the ranking score as of creation +
/// scoring delay, the first moment within the horizon at which the score reaches the threshold, and
/// the peak scores behind the threshold sweep, and whether that qualification was a hit (the lead converted after it, within the horizon) or a miss
/// (it converted first).
///
/// Every score comes from a ``LeadView`` as of its moment, so nothing later is seen. Leads are split
/// across threads in fixed blocks written to fixed places, so the result is the same on one core or many.
public struct Replay: Sendable {
    public let horizonDays: Int
    public let scoringDelayDays: Int

    public init(horizonDays: Int, scoringDelayDays: Int) {
        self.horizonDays = horizonDays
        self.scoringDelayDays = scoringDelayDays
    }

    public func run(_ model: any ScoringModel, threshold: Double?, leads: [Int], data: ScoringData) -> [ReplayedLead] {
        var results = [ReplayedLead?](repeating: nil, count: leads.count)
        let blocks = max(1, min(64, leads.count / 256))
        results.withUnsafeMutableBufferPointer { buffer in
            let out = SharedSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: blocks) { block in
                let range = (block * leads.count / blocks)..<((block + 1) * leads.count / blocks)
                for i in range { out[i] = replay(model, threshold: threshold, lead: leads[i], data: data) }
            }
        }
        return results.compactMap { $0 }
    }

    /// One lead through one model.
    public func replay(_ model: any ScoringModel, threshold: Double?, lead: Int, data: ScoringData) -> ReplayedLead {
        let table = data.dataset.leads
        let created = table.createdAt[lead]
        let convertedAt = table.convertedAt[lead] == EpochSeconds.missing ? nil : table.convertedAt[lead]
        guard created != EpochSeconds.missing else {
            // A snapshot: one score, no moments; a qualified lead that converted is a hit.
            let score = model.score(data.view(lead, asOf: Int64.max))
            let converted = table.outcome[lead] == .converted
            let qualified = threshold.map { score >= $0 }
            let verdict = qualified.map { q -> ReplayedLead.Verdict in q ? (converted ? .hit : .falseAlarm) : (converted ? .miss : .quiet) }
            return ReplayedLead(
                lead: lead, rankingScore: score, qualifiedAt: nil, converted: converted, convertedAt: nil, verdict: verdict,
                peakScore: score, peakBeforeConversion: converted ? score : nil)
        }
        let horizonEnd = created + Int64(horizonDays) * EpochSeconds.day
        let scoringMoment = created + Int64(scoringDelayDays) * EpochSeconds.day
        let converted = table.outcome[lead] == .converted && (convertedAt.map { $0 <= horizonEnd } ?? true)
        // One pass over the horizon: the qualification moment, the peak, the peak before converting
        // and, for a lead not converted by then, the ranking score.
        let cut = converted ? convertedAt.map { $0 - 1 } : nil
        let course: ScoreCourse
        var rankingScore: Double?
        if convertedAt.map({ $0 <= scoringMoment }) == true {
            course = model.course(lead: lead, from: created, through: horizonEnd, cut: cut, threshold: threshold, data: data)
        } else {
            (course, rankingScore) = model.course(
                lead: lead, from: created, through: horizonEnd, cut: cut, threshold: threshold, data: data, scoringAt: scoringMoment)
        }
        let peak = course.peak
        // A conversion without a recorded time counts as after every qualification (see the verdict).
        let peakBefore = converted ? (convertedAt == nil ? peak : course.peakThroughCut) : nil
        guard threshold != nil else {
            return ReplayedLead(
                lead: lead, createdAt: created, rankingScore: rankingScore, qualifiedAt: nil, converted: converted, convertedAt: convertedAt,
                verdict: nil, peakScore: peak, peakBeforeConversion: peakBefore)
        }
        let qualifiedAt = course.firstMoment
        let verdict: ReplayedLead.Verdict
        switch (qualifiedAt, converted) {
        case (let q?, true):
            // A conversion without a recorded time cannot be placed before or after: counted as a hit.
            verdict = (convertedAt.map { $0 > q } ?? true) ? .hit : .miss
        case (nil, true): verdict = .miss
        case (_?, false): verdict = .falseAlarm
        case (nil, false): verdict = .quiet
        }
        return ReplayedLead(
            lead: lead, createdAt: created, rankingScore: rankingScore, qualifiedAt: qualifiedAt, converted: converted, convertedAt: convertedAt,
            verdict: verdict, peakScore: peak, peakBeforeConversion: peakBefore)
    }
}
