import LeadBenchMetrics

/// How much earlier a model qualifies the leads that both it and the baseline hit (DESIGN §4):
///
///     head start = (baseline's qualification − model's qualification) / 86,400 s
///
/// positive when the model was first. Leads hit by only one of the two are counted beside it.
public struct HeadStart: Sendable, Encodable {
    /// Over the leads both models hit, `nil` when there are none or the data has no times.
    public let days: SampleSummary?
    /// Leads both hit with the model strictly first, and with the baseline strictly first.
    public let modelFirst: Int
    public let baselineFirst: Int
    /// Conversions only the model hit, and only the baseline hit.
    public let hitOnlyByModel: Int
    public let hitOnlyByBaseline: Int

    public init(model: [ReplayedLead], baseline: [ReplayedLead]) {
        var days: [Double] = []
        var modelOnly = 0
        var baselineOnly = 0
        for (m, b) in zip(model, baseline) {
            switch (m.verdict == .hit, b.verdict == .hit) {
            case (true, true):
                if let mq = m.qualifiedAt, let bq = b.qualifiedAt { days.append(Double(bq - mq) / 86_400) }
            case (true, false): modelOnly += 1
            case (false, true): baselineOnly += 1
            case (false, false): break
            }
        }
        self.days = try? SampleSummary(days)
        modelFirst = days.filter { $0 > 0 }.count
        baselineFirst = days.filter { $0 < 0 }.count
        hitOnlyByModel = modelOnly
        hitOnlyByBaseline = baselineOnly
    }
}
