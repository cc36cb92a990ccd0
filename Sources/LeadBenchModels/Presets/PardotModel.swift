import LeadBenchData
import LeadBenchExperiment

/// An Account-Engagement-style (Pardot) score and grade (``PardotConfig``), compiled against a dataset.
///
/// What it reproduces (Salesforce help, "Default Scoring System", help.salesforce.com
/// mktg.pardot_leadqual_scoring_baseline.htm; Trailhead "Use Grading"; Pardot KB "Grading Overview"):
///
/// - Score: the sum of the points of the lead's activities, each the platform's default for its
///   activity or the experiment's override; an email open scores only the first time.
/// - Grade: starts at D; in the order listed, each criterion whose field is known moves it by its
///   `adjust` when it matches and by its `unmatched` step (if any) when it does not, in thirds of a
///   letter, within F … A+ (a missing field moves nothing, like "not known").
/// - Qualification "score ≥ S and grade ≥ G" (`qualify:`) maps onto leadbench's one threshold: the
///   model's score is the platform score when the grade reaches G and, when it does not, the platform
///   score held just below S (the largest number below S), so the score reaches the threshold S
///   exactly when both hold, and leads still rank by their platform score.
///
/// What it does not reproduce: completion actions and automation rules that add points to single
/// assets, scoring categories, and grading profiles assigned per prospect (one profile for all).
public struct PardotModel: PiecewiseConstantScore {
    public let name: String
    public var kind: ModelSpec.Kind { .pardot }
    public let config: PardotConfig
    /// The platform's activity, its points and whether it is scored once, by activity type code.
    let pointsByType: [(activity: String, points: Double, once: Bool)?]
    let grading: [CompiledCondition]

    public init(_ spec: ModelSpec, data: ScoringData) throws(ModelError) {
        guard case .pardot(let config) = spec.configuration else { throw ModelError(model: spec.name, message: "is not an Account-Engagement-style model") }
        try self.init(name: spec.name, config: config, data: data)
    }

    public init(name: String, config: PardotConfig, data: ScoringData) throws(ModelError) {
        self.name = name
        self.config = config
        var byType = [(activity: String, points: Double, once: Bool)?](repeating: nil, count: data.activities.typeNames.count)
        for (activity, type) in config.activities {
            if let code = data.activities.typeNames.firstIndex(of: type) {
                byType[code] = (activity, config.points(of: activity), PardotConfig.scoredOnce.contains(activity))
            }
        }
        pointsByType = byType
        var conditions: [CompiledCondition] = []
        for criterion in config.grading {
            let reference = try PresetAttributes.resolve(criterion.attribute, in: data, model: name)
            conditions.append(try CompiledCondition(criterion.condition, on: reference, in: data.dataset, model: name))
        }
        grading = conditions
    }

    /// The platform score: the sum of the activities' points.
    public func platformScore(_ view: LeadView) -> Double {
        var sum = 0.0
        var seen = Set<UInt32>()
        for i in 0..<view.activityCount {
            let type = view.activityType(i)
            guard Int(type) < pointsByType.count, let entry = pointsByType[Int(type)] else { continue }
            if entry.once {
                guard seen.insert(type).inserted else { continue }
            }
            sum += entry.points
        }
        return sum
    }

    /// The grade: D, moved by each criterion in turn.
    public func grade(_ view: LeadView) -> PardotGrade {
        var grade = PardotGrade.start
        for (i, criterion) in config.grading.enumerated() {
            guard view.value(of: grading[i].attribute) != .missing else { continue }
            if grading[i].matches(view) {
                grade = PardotGrade(thirds: grade.thirds + criterion.adjust)
            } else if let step = criterion.unmatched {
                grade = PardotGrade(thirds: grade.thirds + step)
            }
        }
        return grade
    }

    public func score(_ view: LeadView) -> Double {
        let platform = platformScore(view)
        guard let qualify = config.qualify, let required = qualify.grade, grade(view) < required else { return platform }
        return min(platform, qualify.score.nextDown)
    }

    public func reasons(_ view: LeadView, limit: Int) -> [ScoreReason] {
        var reasons = [ScoreReason(label: "grade \(grade(view).name), score \(PointsModel.number(platformScore(view)))", contribution: score(view))]
        var totals: [String: (count: Int, points: Double)] = [:]
        var seen = Set<UInt32>()
        for i in 0..<view.activityCount {
            let type = view.activityType(i)
            guard Int(type) < pointsByType.count, let entry = pointsByType[Int(type)] else { continue }
            if entry.once, !seen.insert(type).inserted { continue }
            totals[entry.activity, default: (0, 0)].count += 1
            totals[entry.activity, default: (0, 0)].points += entry.points
        }
        reasons += totals.map { ScoreReason(label: $0.value.count > 1 ? "\($0.key) ×\($0.value.count)" : $0.key, contribution: $0.value.points) }
        return Array(reasons.prefix(1)) + ScoreReason.top(Array(reasons.dropFirst()), limit: max(0, limit - 1))
    }

    /// The grade is fixed (attributes are a snapshot) and the score changes only at activities.
    func changeMoments(lead: Int, through end: Int64, data: ScoringData) -> [Int64] {
        let history = data.view(lead, asOf: end)
        return (0..<history.activityCount).map { history.activityTime($0) }
    }
}
