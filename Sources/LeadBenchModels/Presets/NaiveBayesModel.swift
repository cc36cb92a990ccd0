import Foundation
import LeadBenchData
import LeadBenchExperiment

/// Odoo-style predictive lead scoring (``NaiveBayesConfig``): naive Bayes over frequency tables.
///
/// What it reproduces (Odoo CRM, "Predictive lead scoring", odoo.com/documentation/…/crm/track_leads/
/// lead_scoring.html, and `crm.lead._pls_get_naive_bayes_probabilities` in odoo/odoo
/// addons/crm/models/crm_lead.py): from the training leads, for each chosen field and value, the number
/// of converted (won) and not converted (lost) leads with that value; then for a lead with values v_f
///
///     P(v | won)  = (won_f(v) + α) / (Σ_v' won_f(v') + α·K_f)      (K_f: the field's values in training)
///     S(won)      = P(won) · Π_f P(v_f | won)                       P(won) = won leads / training leads
///     probability = S(won) / (S(won) + S(lost))
///
/// computed in log space. A field whose value is missing, or was never seen in training, is left out of
/// the product, as Odoo skips values absent from its frequency table. Numeric fields are cut into
/// `bins` bands at the training leads' quantiles (Odoo's fields are all categorical). With α = 1 this is
/// scikit-learn's `CategoricalNB(alpha=1)`; Odoo itself adds 0.1 to every count (α = 0.1).
///
/// What it does not reproduce: Odoo's per-sales-team tables, its stage field (leadbench scores leads,
/// not opportunities in a pipeline), tags as a multi-valued field, and its clamping to 0.01 … 99.99 %.
public struct NaiveBayesModel: ScoringModel {
    public let name: String
    public var kind: ModelSpec.Kind { .naiveBayes }
    public let tables: Tables
    /// Per field: the attribute, and the value index of each category code (categorical fields).
    let compiled: [(attribute: AttributeReference, indexOfCode: [Int?]?)]

    /// What the model learned, as a model file keeps it: stored by value names, never by codes.
    public struct Tables: Sendable, Equatable, Codable {
        public struct Field: Sendable, Equatable, Codable {
            public let name: String
            /// The values seen in training (categorical fields) …
            public let values: [String]?
            /// … or the bin edges (numeric fields): bin i holds the values with i edges at or below them.
            public let edges: [Double]?
            public let won: [Double]
            public let lost: [Double]
        }

        public let smoothing: Double
        /// The converted and not converted training leads.
        public let won: Double
        public let lost: Double
        public let fields: [Field]
    }

    public init(_ spec: ModelSpec, training: TrainingSet, data: ScoringData) throws(ModelError) {
        guard case .naiveBayes(let config) = spec.configuration else { throw ModelError(model: spec.name, message: "is not a naive Bayes model") }
        try training.check(model: spec.name)
        var fields: [Tables.Field] = []
        for field in config.fields {
            let reference = try PresetAttributes.resolve(field, in: data, model: spec.name)
            guard let column = reference.column(in: data.dataset) else { continue }
            switch column.values {
            case .categorical(_, let categories):
                var won: [String: Double] = [:]
                var lost: [String: Double] = [:]
                for (view, label) in zip(training.views, training.labels) {
                    guard case .category(let code) = view.value(of: reference) else { continue }
                    let value = categories[Int(code)]
                    if label { won[value, default: 0] += 1 } else { lost[value, default: 0] += 1 }
                }
                let values = Set(won.keys).union(lost.keys).sorted()
                fields.append(Tables.Field(name: field, values: values, edges: nil, won: values.map { won[$0] ?? 0 }, lost: values.map { lost[$0] ?? 0 }))
            case .numeric:
                var numbers: [(Double, Bool)] = []
                for (view, label) in zip(training.views, training.labels) {
                    if case .number(let x) = view.value(of: reference) { numbers.append((x, label)) }
                }
                let edges = Self.quantileEdges(numbers.map(\.0), bins: config.bins)
                var won = [Double](repeating: 0, count: edges.count + 1)
                var lost = won
                for (x, label) in numbers {
                    let bin = Self.bin(x, edges)
                    if label { won[bin] += 1 } else { lost[bin] += 1 }
                }
                fields.append(Tables.Field(name: field, values: nil, edges: edges, won: won, lost: lost))
            }
        }
        let won = Double(training.labels.filter { $0 }.count)
        try self.init(name: spec.name, tables: Tables(smoothing: config.smoothing, won: won, lost: Double(training.count) - won, fields: fields), data: data)
    }

    /// A model read back from a model file, compiled against `data`.
    public init(name: String, tables: Tables, data: ScoringData) throws(ModelError) {
        self.name = name
        self.tables = tables
        var compiled: [(attribute: AttributeReference, indexOfCode: [Int?]?)] = []
        for field in tables.fields {
            let reference = try PresetAttributes.resolve(field.name, in: data, model: name)
            guard let column = reference.column(in: data.dataset) else { continue }
            switch (column.values, field.values) {
            case (.categorical(_, let categories), let values?):
                var index: [String: Int] = [:]
                for (i, value) in values.enumerated() { index[value] = i }
                compiled.append((reference, categories.map { index[$0] }))
            case (.numeric, nil):
                compiled.append((reference, nil))
            default:
                throw ModelError(model: name, message: "the field \"\(field.name)\" was \(field.values == nil ? "numeric" : "text") when the model learned, and is not now")
            }
        }
        self.compiled = compiled
    }

    /// The training leads' quantiles at 1/bins … (bins − 1)/bins, without repeats.
    static func quantileEdges(_ values: [Double], bins: Int) -> [Double] {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return [] }
        var edges: [Double] = []
        for i in 1..<bins {
            let edge = sorted[min(sorted.count - 1, Int((Double(i) / Double(bins) * Double(sorted.count)).rounded(.down)))]
            if edges.last != edge && edge > sorted[0] { edges.append(edge) }
        }
        return edges
    }

    /// The bin of `x`: the number of edges at or below it.
    static func bin(_ x: Double, _ edges: [Double]) -> Int { edges.firstIndex { x < $0 } ?? edges.count }

    /// The value index of each field for the lead (`nil`: missing or unseen, left out).
    private func valueIndices(_ view: LeadView) -> [Int?] {
        zip(compiled, tables.fields).map { entry, field in
            switch view.value(of: entry.attribute) {
            case .missing: return nil
            case .category(let code): return entry.indexOfCode.flatMap { Int(code) < $0.count ? $0[Int(code)] : nil }
            case .number(let x): return field.edges.map { Self.bin(x, $0) }
            }
        }
    }

    /// Each used field's log-likelihood ratio log P(v | won) − log P(v | lost).
    private func evidence(_ view: LeadView) -> [(field: Int, value: Int, ratio: Double)] {
        let alpha = tables.smoothing
        var found: [(field: Int, value: Int, ratio: Double)] = []
        for (f, index) in valueIndices(view).enumerated() {
            guard let v = index else { continue }
            let field = tables.fields[f]
            let k = Double(field.won.count)
            let wonTotal = field.won.reduce(0, +)
            let lostTotal = field.lost.reduce(0, +)
            let ratio = log((field.won[v] + alpha) / (wonTotal + alpha * k)) - log((field.lost[v] + alpha) / (lostTotal + alpha * k))
            found.append((f, v, ratio))
        }
        return found
    }

    public func score(_ view: LeadView) -> Double {
        guard tables.won > 0, tables.lost > 0 else { return tables.won > 0 ? 1 : 0 }
        var logOdds = log(tables.won) - log(tables.lost)
        for entry in evidence(view) { logOdds += entry.ratio }
        return 1 / (1 + exp(-logOdds))
    }

    public func reasons(_ view: LeadView, limit: Int) -> [ScoreReason] {
        ScoreReason.top(evidence(view).map { entry in
            let field = tables.fields[entry.field]
            let value = field.values?[entry.value] ?? Self.describeBin(entry.value, field.edges ?? [])
            return ScoreReason(label: "\(field.name) \(field.values == nil ? "" : "is ")\(value)", contribution: entry.ratio)
        }, limit: limit)
    }

    static func describeBin(_ bin: Int, _ edges: [Double]) -> String {
        if edges.isEmpty { return "any" }
        if bin == 0 { return "below \(PointsModel.number(edges[0]))" }
        if bin == edges.count { return "at least \(PointsModel.number(edges[bin - 1]))" }
        return "in [\(PointsModel.number(edges[bin - 1])), \(PointsModel.number(edges[bin])))"
    }

    /// The score rests on attributes only, so it is the same at every moment.
    public func firstMoment(reaching threshold: Double, lead: Int, from start: Int64, through end: Int64, data: ScoringData) -> Int64? {
        guard start <= end else { return nil }
        return score(data.view(lead, asOf: start)) >= threshold ? start : nil
    }

    /// The score at every moment of the span.
    public func peakScore(lead: Int, from start: Int64, through end: Int64, data: ScoringData, windowsDays: [Int]) -> Double? {
        start <= end ? score(data.view(lead, asOf: start)) : nil
    }
}
