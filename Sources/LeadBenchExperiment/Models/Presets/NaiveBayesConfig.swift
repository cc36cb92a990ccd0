import LeadBenchData

/// Odoo-style predictive lead scoring (`kind: naive_bayes`): naive Bayes over frequency tables of
/// chosen fields, with additive (Laplace) smoothing.
///
///     - name: odoo
///       kind: naive_bayes
///       fields: [Lead Source, Country, Seniority, account:Industry]
///       smoothing: 1        # added to every won and lost count (Laplace; Odoo itself adds 0.1)
///       bins: 5             # numeric fields: cut at the training leads' quantiles
public struct NaiveBayesConfig: Sendable, Equatable, Codable {
    public var fields: [String]
    public var smoothing: Double
    public var bins: Int

    enum CodingKeys: String, CodingKey, CaseIterable { case fields, smoothing, bins }

    public init(fields: [String], smoothing: Double = 1, bins: Int = 5) {
        self.fields = fields
        self.smoothing = smoothing
        self.bins = bins
    }

    public init(from decoder: any Decoder) throws { try self.init(from: decoder, sharedKeys: []) }

    init(from decoder: any Decoder, sharedKeys: [String]) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self, alsoAllowing: sharedKeys)
        let sink = decoder.specIssues
        fields = try c.required(.fields, placeholder: [], hint: "list the fields whose frequencies the model learns, e.g. [Lead Source, Country]", sink: sink)
        smoothing = try c.field(.smoothing, default: 1, sink: sink)
        bins = try c.field(.bins, default: 5, sink: sink)
        if fields.isEmpty && c.contains(.fields) { try decoder.reportInvalid("list at least one field", key: CodingKeys.fields) }
        for (i, field) in fields.enumerated() where fields[..<i].contains(field) {
            try decoder.reportInvalid("the field \"\(field)\" is listed twice", key: CodingKeys.fields)
        }
        if !(smoothing > 0) { try decoder.reportInvalid("smoothing must be positive (1 is Laplace smoothing)", key: CodingKeys.smoothing) }
        if bins < 2 { try decoder.reportInvalid("bins must be at least 2", key: CodingKeys.bins) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fields, forKey: .fields)
        try c.encode(smoothing, forKey: .smoothing)
        try c.encode(bins, forKey: .bins)
    }
}
