import LeadBenchData

/// Which reports a run writes, and where (`reports:` in the experiment file).
public struct ReportsSpec: Decodable, Sendable, Equatable {
    public var html: Bool
    public var xml: Bool
    /// The folder for the run's files, relative to the experiment file; `reports/<name>/` when absent.
    public var out: String?

    public init(html: Bool = true, xml: Bool = true, out: String? = nil) {
        self.html = html
        self.xml = xml
        self.out = out
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case html, xml, out
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        html = try c.field(.html, default: true, sink: sink)
        xml = try c.field(.xml, default: true, sink: sink)
        out = try c.field(.out, sink: sink)
    }
}

/// The bootstrap behind every confidence interval (`bootstrap:` in the experiment file).
public struct BootstrapSpec: Decodable, Sendable, Equatable {
    /// The number of resamples.
    public var resamples: Int
    /// The confidence level of the intervals.
    public var confidence: Double
    /// Resample whole accounts rather than leads, so colleagues stay together.
    public var byAccount: Bool

    public init(resamples: Int = 1000, confidence: Double = 0.95, byAccount: Bool = false) {
        self.resamples = resamples
        self.confidence = confidence
        self.byAccount = byAccount
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case resamples, confidence, byAccount = "by_account"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        resamples = try c.field(.resamples, default: 1000, sink: sink)
        confidence = try c.field(.confidence, default: 0.95, sink: sink)
        byAccount = try c.field(.byAccount, default: false, sink: sink)
        if resamples < 10 { try decoder.reportInvalid("use at least 10 resamples (1,000 is the default)", key: CodingKeys.resamples) }
        if !(confidence > 0.5 && confidence < 1) { try decoder.reportInvalid("the confidence level must lie between 0.5 and 1, e.g. 0.95", key: CodingKeys.confidence) }
    }
}
