import LeadBenchData
import LeadBenchExperiment

/// Fit × engagement (DESIGN §3): a profile model and a behaviour model of the experiment combined
/// - as the A–D × 1–4 grade matrix (``GradeMatrix``), scored by cell;
/// - as a weighted blend of rank-normalised scores, w·F_fit(s_fit) + (1 − w)·F_eng(s_eng), where F is
///   the share of training leads scoring at or below (ties counted half);
/// - or stacked: a logistic regression over the two standardised component scores.
public struct HybridScoringModel: ScoringModel {
    public let name: String
    public var kind: ModelSpec.Kind { .hybrid }
    public let fit: PointsModel
    public let engagement: PointsModel
    public let combination: HybridConfig.Combination
    public let matrix: GradeMatrix
    public let fitWeight: Double
    /// Training component scores, sorted, for rank normalisation.
    let fitTraining: [Double]
    let engagementTraining: [Double]
    /// The stacked model and the standardisation of its two inputs.
    let stacked: Stacked?

    /// A logistic regression over the standardised component scores.
    public struct Stacked: Sendable, Equatable, Codable {
        public let regression: LogisticRegression
        public let means: [Double]
        public let scales: [Double]
    }

    /// What a hybrid learned from its training leads, as a model file keeps it.
    public struct Learned: Sendable, Equatable, Codable {
        public let combination: String
        public let matrix: GradeMatrix
        public let fitWeight: Double
        public let fitTraining: [Double]
        public let engagementTraining: [Double]
        public let stacked: Stacked?
    }

    public var learned: Learned {
        Learned(
            combination: combination.rawValue, matrix: matrix, fitWeight: fitWeight, fitTraining: fitTraining,
            engagementTraining: engagementTraining, stacked: stacked)
    }

    /// A hybrid read back from a model file.
    public init(name: String, fit: PointsModel, engagement: PointsModel, learned: Learned) throws(ModelError) {
        guard let combination = HybridConfig.Combination(rawValue: learned.combination) else {
            throw ModelError(model: name, message: "the model file names an unknown combination \"\(learned.combination)\"")
        }
        self.name = name
        self.fit = fit
        self.engagement = engagement
        self.combination = combination
        matrix = learned.matrix
        fitWeight = learned.fitWeight
        fitTraining = learned.fitTraining
        engagementTraining = learned.engagementTraining
        stacked = learned.stacked
    }

    public init(_ spec: ModelSpec, fit: PointsModel, engagement: PointsModel, training: TrainingSet) throws(ModelError) {
        guard case .hybrid(let config) = spec.configuration else {
            throw ModelError(model: spec.name, message: "is not a hybrid model")
        }
        name = spec.name
        self.fit = fit
        self.engagement = engagement
        combination = config.combine
        fitWeight = config.fitWeight
        let fitScores = training.views.map(fit.score)
        let engagementScores = training.views.map(engagement.score)
        if (config.fitBands == nil || config.engagementBands == nil || config.combine != .matrix) && training.views.isEmpty {
            throw ModelError(model: spec.name, message: "needs training leads to set its bands and ranks", hint: "give fit_bands and engagement_bands, or a training window")
        }
        matrix = GradeMatrix(
            fitEdges: config.fitBands ?? GradeMatrix.quartileEdges(fitScores),
            engagementEdges: config.engagementBands ?? GradeMatrix.quartileEdges(engagementScores))
        fitTraining = fitScores.sorted()
        engagementTraining = engagementScores.sorted()
        if config.combine == .stacked {
            try training.check(model: spec.name)
            let (fitMean, fitScale) = Standardisation.of(fitScores)
            let (engagementMean, engagementScale) = Standardisation.of(engagementScores)
            let means = [fitMean, engagementMean]
            let scales = [fitScale > 0 ? fitScale : 1, engagementScale > 0 ? engagementScale : 1]
            var x = FeatureMatrix(columnNames: [fit.name, engagement.name])
            for (f, e) in zip(fitScores, engagementScores) { x.appendRow([(f - means[0]) / scales[0], (e - means[1]) / scales[1]]) }
            do {
                stacked = Stacked(regression: try LogisticRegression.fit(x, labels: training.labels, l2: 1.0), means: means, scales: scales)
            } catch {
                throw ModelError(model: spec.name, message: error.description)
            }
        } else {
            stacked = nil
        }
    }

    public func score(_ view: LeadView) -> Double {
        let f = fit.score(view)
        let e = engagement.score(view)
        switch combination {
        case .matrix:
            let (grade, level) = matrix.cell(fit: f, engagement: e)
            return GradeMatrix.score(grade: grade, level: level)
        case .blend:
            return fitWeight * Self.rank(f, among: fitTraining) + (1 - fitWeight) * Self.rank(e, among: engagementTraining)
        case .stacked:
            guard let stacked else { return 0 }
            return stacked.regression.probability([(f - stacked.means[0]) / stacked.scales[0], (e - stacked.means[1]) / stacked.scales[1]])
        }
    }

    /// The lead's matrix cell, `A1` … `D4`.
    public func cell(_ view: LeadView) -> String {
        let (grade, level) = matrix.cell(fit: fit.score(view), engagement: engagement.score(view))
        return GradeMatrix.name(grade: grade, level: level)
    }

    /// The share of `sorted` below `x`, plus half the share equal to it (the mid-rank empirical CDF).
    static func rank(_ x: Double, among sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0.5 }
        var low = 0
        var high = sorted.count
        while low < high { let m = (low + high) / 2; if sorted[m] < x { low = m + 1 } else { high = m } }
        var upper = low
        while upper < sorted.count && sorted[upper] == x { upper += 1 }
        return (Double(low) + Double(upper - low) / 2) / Double(sorted.count)
    }

    /// The cell, then the components' own top reasons.
    public func reasons(_ view: LeadView, limit: Int) -> [ScoreReason] {
        let cellReason = ScoreReason(label: "cell \(cell(view)) (fit \(fit.score(view)), engagement \(engagement.score(view)))", contribution: score(view))
        let parts = ScoreReason.top(fit.reasons(view, limit: limit) + engagement.reasons(view, limit: limit), limit: max(0, limit - 1))
        return [cellReason] + parts
    }

    public func firstMoment(reaching threshold: Double, lead: Int, from start: Int64, through end: Int64, data: ScoringData) -> Int64? {
        firstMomentAtChanges(reaching: threshold, lead: lead, from: start, through: end, data: data, windowsDays: [])
    }

    /// The first moment and the peaks from one pass over their moments.
    public func course(lead: Int, from start: Int64, through end: Int64, cut: Int64?, threshold: Double?, data: ScoringData) -> ScoreCourse {
        courseAtMoments(lead: lead, from: start, through: end, cut: cut, threshold: threshold, data: data, crossingWindows: [])
    }
}
