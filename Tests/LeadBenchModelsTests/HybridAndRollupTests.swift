import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels
import LeadBenchTestSupport
import Testing

private let leads = """
    id,created,won,Title,Company
    L1,2025-01-01T00:00:00Z,,VP,C1
    L2,2025-01-01T00:00:00Z,,VP,C1
    L3,2025-01-01T00:00:00Z,,Student,C2
    L4,2025-01-20T00:00:00Z,,Student,C1
    """

private let activities = """
    id,at,type
    L1,2025-01-02T00:00:00Z,demo_request
    L2,2025-01-03T00:00:00Z,page_view
    L4,2025-01-21T00:00:00Z,demo_request
    """

private let models = """
      - name: fit
        kind: static
        rules: [ { attribute: Title, equals: VP, points: 20 } ]
      - name: engagement
        kind: static
        rules: [ { activity: demo_request, points: 30 }, { activity: page_view, points: 5 } ]
      - name: grid
        kind: hybrid
        fit: fit
        engagement: engagement
        fit_bands: [20, 10, 5]
        engagement_bands: [30, 10, 5]
      - name: blend
        kind: hybrid
        fit: fit
        engagement: engagement
        combine: blend
        fit_weight: 0.25
      - name: committee
        kind: static
        rules: [ { activity: demo_request, points: 30 }, { activity: page_view, points: 5 } ]
        rollup: { method: top_k_sum, k: 2, weight: 0.5 }
    """

private func world() throws -> ModelWorld {
    try ModelWorld(leads: leads, activities: activities, models: models, accountColumn: "Company")
}

@Suite struct HybridAndRollupTests {
    @Test func gradeMatrixCells() throws {
        let world = try world()
        defer { world.remove() }
        let training = TrainingSet(views: (0..<4).map { world.data.view($0, asOf: at("2025-02-01T00:00:00Z")) }, labels: [true, false, false, true])
        let built = try ExperimentModels.build(world.experiment.spec, data: world.data, training: training)
        let grid = try #require(built[2] as? HybridScoringModel)
        let asOf = at("2025-02-01T00:00:00Z")
        // L1: fit 20 (A), engagement 30 (1) → A1 = 6.3. L2: A, 5 (3) → A3 = 4.3. L3: 0 (D), 0 (4) → D4 = 0.
        #expect(grid.cell(world.data.view(0, asOf: asOf)) == "A1")
        #expect(grid.score(world.data.view(0, asOf: asOf)) == 6.3)
        #expect(grid.cell(world.data.view(1, asOf: asOf)) == "A3")
        #expect(abs(grid.score(world.data.view(1, asOf: asOf)) - 4.3) < 1e-12)
        #expect(grid.cell(world.data.view(2, asOf: asOf)) == "D4")
        #expect(grid.score(world.data.view(2, asOf: asOf)) == 0)
    }

    @Test func blendOfRanks() throws {
        let world = try world()
        defer { world.remove() }
        let asOf = at("2025-02-01T00:00:00Z")
        let training = TrainingSet(views: (0..<4).map { world.data.view($0, asOf: asOf) }, labels: [true, false, false, true])
        let built = try ExperimentModels.build(world.experiment.spec, data: world.data, training: training)
        let blend = try #require(built[3] as? HybridScoringModel)
        // Training fit scores [20, 20, 0, 0], engagement [30, 5, 0, 30].
        // L1: fit rank (2 + 2/2)/4 = 0.75, engagement rank (2 + 2/2)/4 = 0.75 → 0.75.
        // L2: fit 0.75, engagement (1 + 1/2)/4 = 0.375 → 0.25·0.75 + 0.75·0.375 = 0.46875.
        #expect(blend.score(world.data.view(0, asOf: asOf)) == 0.75)
        #expect(blend.score(world.data.view(1, asOf: asOf)) == 0.46875)
    }

    @Test func accountRollupCountsOnlyColleaguesCreatedSoFar() throws {
        let world = try world()
        defer { world.remove() }
        let training = TrainingSet(views: [], labels: [])
        let spec = world.experiment.spec
        let committee = try #require(try ExperimentModels.build(
            spec.only(["committee"]), data: world.data, training: training).first as? AccountRollupModel)
        // On 01-10, C1 has L1 (demo 30) and L2 (page view 5); L4 is not created yet.
        // L2: own 5, account top-2 sum 35 → 0.5·5 + 0.5·35 = 20.
        #expect(committee.score(world.data.view(1, asOf: at("2025-01-10T00:00:00Z"))) == 20)
        // On 01-22, L4 exists with its demo: top-2 = 30 + 30 = 60 → L2: 0.5·5 + 0.5·60 = 32.5.
        #expect(committee.score(world.data.view(1, asOf: at("2025-01-22T00:00:00Z"))) == 32.5)
        // L3 alone at C2: own 0, account 0.
        #expect(committee.score(world.data.view(2, asOf: at("2025-01-22T00:00:00Z"))) == 0)
        // L2 reaches 30 when L4's demo arrives, not before.
        #expect(committee.firstMoment(reaching: 30, lead: 1, from: at("2025-01-01T00:00:00Z"), through: at("2025-02-01T00:00:00Z"), data: world.data) == at("2025-01-21T00:00:00Z"))
    }

    @Test func otherRollupMethods() throws {
        let world = try world()
        defer { world.remove() }
        let base = try world.points("engagement")
        let asOf = at("2025-01-22T00:00:00Z")
        let max = AccountRollupModel(base: base, rollup: try RollupSpec.parse(#"{ "method": "max", "weight": 1 }"#), data: world.data)
        // C1 on 01-22: L1 30, L2 5, L4 30 → max 30; with weight 1 the lead takes the account's score.
        #expect(max.score(world.data.view(1, asOf: asOf)) == 30)
        let engaged = AccountRollupModel(base: base, rollup: try RollupSpec.parse(#"{ "method": "engaged_people", "engaged_at": 10, "weight": 1 }"#), data: world.data)
        #expect(engaged.score(world.data.view(1, asOf: asOf)) == 2)
        #expect(engaged.score(world.data.view(1, asOf: at("2025-01-10T00:00:00Z"))) == 1)
    }

    @Test func stackedHybridLearnsFromBothComponents() throws {
        let world = try ModelWorld(leads: leads, activities: activities, models: models + """

              - { name: stacked, kind: hybrid, fit: fit, engagement: engagement, combine: stacked }
            """, accountColumn: "Company")
        defer { world.remove() }
        let asOf = at("2025-02-01T00:00:00Z")
        // Converted: L1 (fit 20, engagement 30) and L4 (fit 0, engagement 30): engagement predicts it.
        let training = TrainingSet(views: (0..<4).map { world.data.view($0, asOf: asOf) }, labels: [true, false, false, true])
        let built = try ExperimentModels.build(world.experiment.spec.only(["fit", "engagement", "stacked"]), data: world.data, training: training)
        let stacked = try #require(built[2] as? HybridScoringModel)
        let scores = (0..<4).map { stacked.score(world.data.view($0, asOf: asOf)) }
        #expect(scores.allSatisfy { $0 > 0 && $0 < 1 })
        #expect(scores[0] > scores[1] && scores[3] > scores[2])
    }

    @Test func trainingWindowErrors() throws {
        let world = try world()
        defer { world.remove() }
        let spec = world.experiment.spec.only(["fit", "engagement", "blend"])
        let empty = #expect(throws: ModelError.self) {
            _ = try ExperimentModels.build(spec, data: world.data, training: TrainingSet(views: [], labels: []))
        }
        #expect(empty?.message.contains("training leads") == true)
        let logistic = try ModelWorld(leads: leads, activities: activities, models: "  - { name: lr, kind: logistic }")
        defer { logistic.remove() }
        let views = (0..<4).map { logistic.data.view($0, asOf: at("2025-02-01T00:00:00Z")) }
        let none = #expect(throws: ModelError.self) {
            _ = try ExperimentModels.build(logistic.experiment.spec, data: logistic.data, training: TrainingSet(views: [], labels: []))
        }
        #expect(none?.message == "the training window holds no leads")
        let single = #expect(throws: ModelError.self) {
            _ = try ExperimentModels.build(logistic.experiment.spec, data: logistic.data, training: TrainingSet(views: views, labels: [false, false, false, false]))
        }
        #expect(single?.message == "the training window holds only one outcome (0 converted, 4 not)")
    }

    @Test func ruleOnAColumnTheDataLacks() throws {
        let world = try world()
        defer { world.remove() }
        // The experiment validator reports such a rule at its line; the model builder refuses it too,
        // for models that do not come through an experiment file (a model file read against other data).
        let config = PointsConfig(rules: [RuleSpec(target: .attribute("Titel", .equals("VP")), points: 1)], start: 0, floor: nil, ceiling: nil, groups: [:], decay: nil)
        let error = #expect(throws: ModelError.self) { _ = try PointsModel(name: "p", kind: .static, config: config, data: world.data) }
        #expect(error?.hint == "did you mean \"Title\"?")
    }
}

extension ExperimentSpec {
    /// The experiment with only the named models.
    func only(_ names: Set<String>) -> ExperimentSpec {
        var copy = self
        copy.models = models.filter { names.contains($0.name) }
        return copy
    }
}

extension RollupSpec {
    /// A rollup from its JSON form (as a model file holds it).
    static func parse(_ json: String) throws -> RollupSpec {
        try JSONDecoder().decode(RollupSpec.self, from: Data(json.utf8))
    }
}
