import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels
import LeadBenchTestSupport
import Testing

private let leads = """
    id,created,won,Title,Size
    L1,2025-01-01T00:00:00Z,,VP,100
    L2,2025-01-01T00:00:00Z,,VP,300
    L3,2025-01-01T00:00:00Z,,Student,
    L4,2025-01-01T00:00:00Z,,Intern,200
    """

private let activities = """
    id,at,type
    L1,2025-01-02T00:00:00Z,demo_request
    L1,2025-01-09T00:00:00Z,page_view
    L2,2025-01-09T12:00:00Z,page_view
    L1,2025-03-01T00:00:00Z,page_view
    """

private let models = "  - { name: logistic, kind: logistic, features: { min_category_count: 2, windows_days: [7, 30] } }"

@Suite struct FeatureSpaceTests {
    @Test func columnsAndValuesAsOfAMoment() throws {
        let world = try ModelWorld(leads: leads, activities: activities, models: models)
        defer { world.remove() }
        let asOf = at("2025-01-10T00:00:00Z")
        let views = (0..<4).map { world.data.view($0, asOf: asOf) }
        let spec = FeatureSpec(minCategoryCount: 2, windowsDays: [7, 30])
        let space = FeatureSpace.fit(spec, training: views, data: world.data)
        #expect(space.names == [
            "Title = VP", "Title = (other)", "Size", "Size missing",
            // demo_request in 7d is 0 for every lead (the demo was 8 days earlier): no variance, dropped.
            "demo_request in 30d", "page_view in 7d", "page_view in 30d",
            "days since last activity", "no activity yet",
        ])
        let matrix = CompiledFeatures(space, data: world.data).matrix(views)
        // Size: mean of 100, 300, 200 = 200; population sd = sqrt((100² + 100² + 0)/3) = 81.6497.
        let sd = (20_000.0 / 3).squareRoot()
        #expect(abs(matrix[0, 2] - (100 - 200) / sd) < 1e-12)
        #expect(matrix[2, 2] == 0 && matrix[2, 3] == 1)
        // Title: VP twice (kept), Student and Intern once each (other).
        #expect((0..<4).map { matrix[$0, 0] } == [1, 1, 0, 0])
        #expect((0..<4).map { matrix[$0, 1] } == [0, 0, 1, 1])
        // Page views in 7 days: L1 one (01-09), L2 one (01-09 12:00), others none; L1's 03-01 view is later.
        #expect((0..<4).map { matrix[$0, 5] > 0 } == [true, true, false, false])
        // Days since last activity: L1 1 day, L2 half a day, L3 and L4 none (365).
        let recency = [1.0, 0.5, 365, 365]
        let mean = recency.reduce(0, +) / 4
        let scale = (recency.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 4).squareRoot()
        #expect(abs(matrix[0, 7] - (1 - mean) / scale) < 1e-12)
    }

    /// The quickstart has a Country column on the leads and on the accounts: each becomes its own
    /// features, the account's as `account:Country`, and no column is listed twice.
    @Test func anAccountColumnNamedLikeALeadColumnIsItsOwnFeature() throws {
        let experiment = try ExperimentFile.load(path: Paths.experiment("quickstart.yaml"))
        let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
        let views = (0..<500).map { data.view($0, asOf: data.dataset.leads.createdAt[$0]) }
        let space = FeatureSpace.fit(FeatureSpec(), training: views, data: data)
        #expect(Set(space.names).count == space.names.count)
        #expect(space.names.contains { $0.hasPrefix("Country = ") })
        #expect(space.names.contains { $0.hasPrefix("account:Country = ") })
        let account = try #require(AttributeReference("account:Country", in: data.dataset))
        #expect(account.table == .account)
    }

    @Test func futureActivitiesDoNotChangeFeatures() throws {
        let asOf = at("2025-01-10T00:00:00Z")
        let spec = FeatureSpec(minCategoryCount: 1, windowsDays: [7, 30, 90])
        let before = try ModelWorld(leads: leads, activities: activities, models: models)
        defer { before.remove() }
        let later = activities + "\nL1,2025-01-10T00:00:01Z,demo_request\nL3,2025-02-01T00:00:00Z,demo_request\nL4,2025-01-11T00:00:00Z,page_view"
        let after = try ModelWorld(leads: leads, activities: later, models: models)
        defer { after.remove() }
        let space = FeatureSpace.fit(spec, training: (0..<4).map { before.data.view($0, asOf: asOf) }, data: before.data)
        let rowsBefore = CompiledFeatures(space, data: before.data).matrix((0..<4).map { before.data.view($0, asOf: asOf) })
        let rowsAfter = CompiledFeatures(space, data: after.data).matrix((0..<4).map { after.data.view($0, asOf: asOf) })
        #expect(rowsBefore == rowsAfter)
        // And the view itself hides them.
        #expect(after.data.view(0, asOf: asOf).activityCount == 2)
    }

    @Test func savedFeaturesReadAnotherExportByName() throws {
        let world = try ModelWorld(leads: leads, activities: activities, models: models)
        defer { world.remove() }
        let space = FeatureSpace.fit(FeatureSpec(minCategoryCount: 2, windowsDays: [7]), training: (0..<4).map { world.data.view($0, asOf: at("2025-01-10T00:00:00Z")) }, data: world.data)
        let decoded = try JSONDecoder().decode(FeatureSpace.self, from: JSONEncoder().encode(space))
        #expect(decoded == space)
        // Another export whose categories appear in another order and lacks a column.
        let other = try ModelWorld(leads: "id,created,won,Title\nA,2025-01-01T00:00:00Z,,Student\nB,2025-01-01T00:00:00Z,,VP\n", activities: "id,at,type\n", models: models)
        defer { other.remove() }
        let matrix = CompiledFeatures(decoded, data: other.data).matrix([other.data.view(1, asOf: at("2025-01-10T00:00:00Z"))])
        #expect(matrix[0, 0] == 1)  // Title = VP
        #expect(matrix[0, 3] == 1)  // Size missing: the column does not exist there
    }
}
