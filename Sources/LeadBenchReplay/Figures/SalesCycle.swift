import LeadBenchMetrics

/// How long the leads a model qualified took (DESIGN §4), in days:
///
///     sales cycle           = (conversion − qualification) / 86,400 s, for hits with a conversion time
///     days to qualification = (qualification − creation) / 86,400 s, for qualified leads
///
/// Summaries give the median, quartiles and 90th percentile (type-7 quantiles). Data without times has
/// neither: the report says "not available: the dataset has no timestamps".
public struct SalesCycle: Sendable, Encodable {
    public let qualificationToConversion: SampleSummary?
    public let creationToQualification: SampleSummary?
    /// A bootstrap interval for the median sales cycle.
    public var medianInterval: BootstrapInterval?
    /// The hits by sales-cycle length in whole weeks: bin `i` counts cycles of `[7i, 7(i+1))` days, up to
    /// the longest cycle. Empty without hits.
    public let weeklyHits: [Int]

    public init(_ replayed: [ReplayedLead]) {
        let cycles = replayed.compactMap(Self.cycleDays)
        qualificationToConversion = try? SampleSummary(cycles)
        creationToQualification = try? SampleSummary(replayed.compactMap(Self.daysToQualification))
        medianInterval = nil
        var weeks = [Int](repeating: 0, count: cycles.isEmpty ? 0 : Int((cycles.max() ?? 0) / 7) + 1)
        for days in cycles { weeks[max(0, Int(days / 7))] += 1 }
        weeklyHits = weeks
    }

    /// Days from qualification to conversion of a hit with both moments known.
    static func cycleDays(_ lead: ReplayedLead) -> Double? {
        guard lead.verdict == .hit, let qualified = lead.qualifiedAt, let converted = lead.convertedAt else { return nil }
        return Double(converted - qualified) / 86_400
    }

    /// Days from creation to qualification.
    static func daysToQualification(_ lead: ReplayedLead) -> Double? {
        guard let qualified = lead.qualifiedAt, let created = lead.createdAt else { return nil }
        return Double(qualified - created) / 86_400
    }

    /// The median sales cycle of the leads at `rows`, for the bootstrap.
    static func medianCycle(_ replayed: [ReplayedLead], rows: [Int]) -> Double? {
        let days = rows.compactMap { cycleDays(replayed[$0]) }.sorted()
        return days.isEmpty ? nil : quantile(days, 0.5)
    }
}
