import Foundation
import LeadBenchData
import LeadBenchExperiment

/// A model saved as a versioned JSON file (DESIGN §3): what `leadbench run` writes beside its reports
/// and `leadbench score` reads.
///
/// The file names its format and version; the major version must be one this leadbench reads, and a
/// file from another major version is refused with a message that says what to do. Within a major
/// version, fields added later are optional. Everything is stored by name (attribute columns,
/// category values, activity types), never by a dataset's internal codes, so a model reads any export
/// with the same column names and values. Version 1.1 added the platform presets: `hubspot`, `marketo`,
/// `eloqua` and `pardot` hold their configuration, `naiveBayes` the learned frequency tables.
///
///     { "format": "leadbench.model", "version": { "major": 1, "minor": 1 },
///       "name": "points", "kind": "static", "threshold": 40, "tiers": [ … ],
///       "points": { "rules": [ { "activity": "demo_request", "points": 30 } ] } }
public struct ModelFile: Codable, Sendable {
    public struct Version: Codable, Sendable, Equatable, CustomStringConvertible {
        public let major: Int
        public let minor: Int
        public var description: String { "\(major).\(minor)" }
    }

    public static let formatName = "leadbench.model"
    public static let currentVersion = Version(major: 1, minor: 1)

    public let format: String
    public let version: Version
    public let name: String
    /// `static`, `decaying`, `logistic`, `boosted_trees`, `hybrid`, `hubspot`, `marketo`, `eloqua`,
    /// `pardot` or `naive_bayes`.
    public let kind: String
    public let threshold: Double?
    public let tiers: [TierSpec]
    public let rollup: RollupSpec?
    /// Rule-based models: their configuration.
    public let points: PointsConfig?
    /// Predictive models: the learned features and the learner.
    public let features: FeatureSpace?
    public let logistic: LogisticRegression?
    public let boostedTrees: GradientBoostedTrees?
    /// How the experiment read its data, so `leadbench score` reads new exports the same way.
    public let mapping: DataMapping?
    /// Hybrids: the two components and what the hybrid learned.
    public let fit: ComponentFile?
    public let engagement: ComponentFile?
    public let hybrid: HybridScoringModel.Learned?
    /// Platform presets (added in 1.1): their configuration, and what the naive Bayes model learned.
    public let hubspot: HubSpotConfig?
    public let marketo: MarketoConfig?
    public let eloqua: EloquaConfig?
    public let pardot: PardotConfig?
    public let naiveBayes: NaiveBayesModel.Tables?

    /// A hybrid's component: a rule-based model's name, kind and configuration.
    public struct ComponentFile: Codable, Sendable {
        public let name: String
        public let kind: String
        public let points: PointsConfig

        public init(_ model: PointsModel) {
            name = model.name
            kind = model.kind.rawValue
            points = model.config
        }

        enum CodingKeys: String, CodingKey { case name, kind, points }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            kind = try c.decode(String.self, forKey: .kind)
            points = try PointsConfig.decode(from: c.superDecoder(forKey: .points), decaying: kind == ModelSpec.Kind.decaying.rawValue)
        }

        func model(data: ScoringData) throws(ModelError) -> PointsModel {
            try PointsModel(name: name, kind: ModelSpec.Kind(rawValue: kind) ?? .static, config: points, data: data)
        }
    }

    enum CodingKeys: String, CodingKey {
        case format, version, name, kind, threshold, tiers, rollup, points, features, logistic, boostedTrees, mapping, fit, engagement, hybrid
        case hubspot, marketo, eloqua, pardot, naiveBayes
    }

    /// The file of a built model; `threshold`, `tiers` and the data `mapping` come from the experiment.
    public init(model: any ScoringModel, threshold: Double?, tiers: [TierSpec], mapping: DataMapping? = nil) {
        format = Self.formatName
        version = Self.currentVersion
        self.threshold = threshold
        self.mapping = mapping
        self.tiers = tiers
        var base = model
        if let wrapped = model as? AccountRollupModel {
            rollup = wrapped.rollup
            base = wrapped.base
        } else {
            rollup = nil
        }
        name = base.name
        kind = base.kind.rawValue
        points = (base as? PointsModel)?.config
        let logisticModel = base as? LogisticScoringModel
        let treesModel = base as? BoostedTreesScoringModel
        features = logisticModel?.features.space ?? treesModel?.features.space
        logistic = logisticModel?.regression
        boostedTrees = treesModel?.trees
        let hybridModel = base as? HybridScoringModel
        fit = hybridModel.map { ComponentFile($0.fit) }
        engagement = hybridModel.map { ComponentFile($0.engagement) }
        hybrid = hybridModel?.learned
        hubspot = (base as? HubSpotModel)?.config
        marketo = (base as? MarketoModel)?.config
        eloqua = (base as? EloquaModel)?.config
        pardot = (base as? PardotModel)?.config
        naiveBayes = (base as? NaiveBayesModel)?.tables
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        guard format == Self.formatName else {
            throw DecodingError.dataCorrupted(.init(codingPath: [CodingKeys.format], debugDescription: "this is not a leadbench model file (format \"\(format)\")"))
        }
        version = try c.decode(Version.self, forKey: .version)
        guard version.major == Self.currentVersion.major else {
            let advice = version.major > Self.currentVersion.major
                ? "it was written by a newer leadbench; upgrade leadbench to read it"
                : "that format is no longer read; run the experiment again to write the model anew"
            throw DecodingError.dataCorrupted(.init(
                codingPath: [CodingKeys.version],
                debugDescription: "model file format \(version) cannot be read by this leadbench, which reads \(Self.currentVersion.major).x: \(advice)"))
        }
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decode(String.self, forKey: .kind)
        threshold = try c.decodeIfPresent(Double.self, forKey: .threshold)
        tiers = try c.decodeIfPresent([TierSpec].self, forKey: .tiers) ?? []
        rollup = try c.decodeIfPresent(RollupSpec.self, forKey: .rollup)
        points = c.contains(.points)
            ? try PointsConfig.decode(from: c.superDecoder(forKey: .points), decaying: kind == ModelSpec.Kind.decaying.rawValue)
            : nil
        features = try c.decodeIfPresent(FeatureSpace.self, forKey: .features)
        logistic = try c.decodeIfPresent(LogisticRegression.self, forKey: .logistic)
        boostedTrees = try c.decodeIfPresent(GradientBoostedTrees.self, forKey: .boostedTrees)
        fit = try c.decodeIfPresent(ComponentFile.self, forKey: .fit)
        engagement = try c.decodeIfPresent(ComponentFile.self, forKey: .engagement)
        hybrid = try c.decodeIfPresent(HybridScoringModel.Learned.self, forKey: .hybrid)
        mapping = try c.decodeIfPresent(DataMapping.self, forKey: .mapping)
        hubspot = try c.decodeIfPresent(HubSpotConfig.self, forKey: .hubspot)
        marketo = try c.decodeIfPresent(MarketoConfig.self, forKey: .marketo)
        eloqua = try c.decodeIfPresent(EloquaConfig.self, forKey: .eloqua)
        pardot = try c.decodeIfPresent(PardotConfig.self, forKey: .pardot)
        naiveBayes = try c.decodeIfPresent(NaiveBayesModel.Tables.self, forKey: .naiveBayes)
    }

    /// The model, compiled against `data`.
    public func model(data: ScoringData) throws(ModelError) -> any ScoringModel {
        guard let kind = ModelSpec.Kind(rawValue: kind) else {
            throw ModelError(model: name, message: "the model file names an unknown kind \"\(self.kind)\"", hint: "kinds: \(ModelSpec.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let base: any ScoringModel
        switch kind {
        case .static, .decaying:
            guard let points else { throw missing("points") }
            base = try PointsModel(name: name, kind: kind, config: points, data: data)
        case .logistic:
            guard let features, let logistic else { throw missing("features and logistic") }
            base = LogisticScoringModel(name: name, space: features, regression: logistic, data: data)
        case .boostedTrees:
            guard let features, let boostedTrees else { throw missing("features and boostedTrees") }
            base = BoostedTreesScoringModel(name: name, space: features, trees: boostedTrees, data: data)
        case .hybrid:
            guard let fit, let engagement, let hybrid else { throw missing("fit, engagement and hybrid") }
            base = try HybridScoringModel(name: name, fit: fit.model(data: data), engagement: engagement.model(data: data), learned: hybrid)
        case .hubspot:
            guard let hubspot else { throw missing("hubspot") }
            base = try HubSpotModel(name: name, config: hubspot, data: data)
        case .marketo:
            guard let marketo else { throw missing("marketo") }
            base = try MarketoModel(name: name, config: marketo, data: data)
        case .eloqua:
            guard let eloqua else { throw missing("eloqua") }
            base = try EloquaModel(name: name, config: eloqua, data: data)
        case .pardot:
            guard let pardot else { throw missing("pardot") }
            base = try PardotModel(name: name, config: pardot, data: data)
        case .naiveBayes:
            guard let naiveBayes else { throw missing("naiveBayes") }
            base = try NaiveBayesModel(name: name, tables: naiveBayes, data: data)
        }
        guard let rollup else { return base }
        return AccountRollupModel(base: base, rollup: rollup, data: data)
    }

    private func missing(_ what: String) -> ModelError {
        ModelError(model: name, message: "the model file lacks \(what), which a \(kind) model needs", hint: "write the file again with `leadbench run`")
    }

    /// The file's JSON: keys sorted and indented, so the same model gives the same bytes.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// Reads a model file.
    public static func load(path: String) throws(InputError) -> ModelFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(InputIssue(.unreadableFile, file: path, message: "cannot read the model file", hint: "give the path of a model file written by `leadbench run`"))
        }
        do {
            return try JSONDecoder().decode(ModelFile.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw InputError(InputIssue(.invalidValue, file: path, field: context.codingPath.map(\.stringValue).joined(separator: "."), message: context.debugDescription))
        } catch {
            throw InputError(InputIssue(.invalidValue, file: path, message: "not a readable model file: \(error)", hint: "give the path of a model file written by `leadbench run`"))
        }
    }
}
