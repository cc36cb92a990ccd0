import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels

/// The leads a review measures in one period (DESIGN §2): those created in `[start, end)`, less the open
/// ones and the right-censored ones (created less than one horizon before the end of the data), both
/// counted, as ``TestWindow`` does.
///
/// Volumes per week divide by the weeks in which a measured lead could be created: from the period's
/// start to its end or, when censoring cuts it short, to the last moment a lead is followed for a whole
/// horizon before the data ends:
///
///     weeks = (min(end, end of data − horizon + 1 s) − start) / 7 days
public struct PeriodWindow: Sendable {
    public let period: ReviewPeriod
    /// Leads created in the period, measured or not.
    public let created: Int
    /// The measured leads, and the open and censored ones left out.
    public let window: TestWindow
    /// Measured leads that converted within the horizon (the replay's rule: a conversion without a time
    /// counts).
    public let conversions: Int
    /// The weeks in which the measured leads were created (`nil` when there are none).
    public let weeks: Double?

    /// The period's leads in `data`, followed for `spec`'s horizon.
    public static func select(_ period: ReviewPeriod, spec: ExperimentSpec, data: ScoringData) -> PeriodWindow {
        let leads = data.dataset.leads
        let inPeriod = (0..<leads.count).filter { period.contains(leads.createdAt[$0]) }
        let window = TestWindow.of(inPeriod, spec: spec, data: data)
        let horizon = Int64(spec.horizonDays) * EpochSeconds.day
        let conversions = window.leads.filter { lead in
            guard leads.outcome[lead] == .converted else { return false }
            let at = leads.convertedAt[lead]
            return at == EpochSeconds.missing || at <= leads.createdAt[lead] + horizon
        }.count
        var weeks: Double?
        if !window.leads.isEmpty {
            let followedUntil = data.dataset.endOfData.map { $0 - horizon + 1 } ?? period.end
            weeks = Double(min(period.end, followedUntil) - period.start) / Double(7 * EpochSeconds.day)
        }
        return PeriodWindow(period: period, created: inPeriod.count, window: window, conversions: conversions, weeks: weeks)
    }

    /// Checks that the period has leads to measure, with both outcomes.
    ///
    /// - Parameters:
    ///   - role: `period` or `the previous period`, for the message.
    ///   - firstCreated, lastCreated: The data's span of creation, for the message.
    /// - Throws: ``ReviewError`` (``ReviewError/Kind/emptyPeriod`` or ``ReviewError/Kind/singleOutcome``).
    func check(role: String, firstCreated: Int64, lastCreated: Int64, horizonDays: Int, endOfData: Int64) throws(ReviewError) {
        let span = "\(EpochSeconds.iso8601(firstCreated, dateOnly: true)) to \(EpochSeconds.iso8601(lastCreated, dateOnly: true))"
        let later = role == "period" ? "choose a period inside the data" : "review a later period: a review compares each period with the one before it"
        guard created > 0 else {
            throw ReviewError(
                .emptyPeriod, message: "no leads were created in the \(role) \(period.label) (leads were created from \(span))", hint: later)
        }
        guard !window.leads.isEmpty else {
            var reasons: [String] = []
            if window.censored > 0 {
                reasons.append("\(window.censored) were created less than \(horizonDays) days before the end of the data (\(EpochSeconds.iso8601(endOfData, dateOnly: true))) and are right-censored")
            }
            if window.open > 0 { reasons.append("\(window.open) are open (outcome unknown)") }
            throw ReviewError(
                .emptyPeriod,
                message: "none of the \(created) leads created in the \(role) \(period.label) can be measured: \(reasons.joined(separator: "; "))",
                hint: window.censored > 0 ? "review an earlier period, whose leads have been followed for a whole horizon" : later)
        }
        guard conversions > 0, conversions < window.leads.count else {
            throw ReviewError(
                .singleOutcome,
                message: "the \(window.leads.count) measured leads of the \(role) \(period.label) hold one outcome only (\(conversions) converted): the figures need converted and non-converted leads",
                hint: "review a longer period with --from and --to")
        }
    }
}
