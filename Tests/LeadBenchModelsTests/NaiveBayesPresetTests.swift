import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels
import LeadBenchTestSupport
import Testing

private let leads = """
    id,created,won,Source,Region
    N1,2025-01-01T00:00:00Z,2025-02-01T00:00:00Z,Web,North
    N2,2025-01-01T00:00:00Z,2025-02-01T00:00:00Z,Ref,North
    N3,2025-01-01T00:00:00Z,,Web,South
    N4,2025-01-01T00:00:00Z,,Web,South
    N5,2025-01-01T00:00:00Z,,Ref,North
    N6,2025-01-01T00:00:00Z,,Web,North
    T1,2025-01-01T00:00:00Z,,Web,North
    T2,2025-01-01T00:00:00Z,,Ref,South
    T3,2025-01-01T00:00:00Z,,Web,
    T4,2025-01-01T00:00:00Z,,Fair,North
    """

private let models = """
      - { name: nb, kind: naive_bayes, fields: [Source, Region] }
      - { name: odoo, kind: naive_bayes, fields: [Source, Region], smoothing: 0.1 }
    """

@Suite struct NaiveBayesPresetTests {
    private func build(_ name: String) throws -> (ModelWorld, NaiveBayesModel) {
        let world = try ModelWorld(leads: leads, activities: "id,at,type\n", models: models)
        let moment = at("2025-01-02T00:00:00Z")
        let training = TrainingSet(views: (0..<6).map { world.data.view($0, asOf: moment) }, labels: [true, true, false, false, false, false])
        return (world, try NaiveBayesModel(try #require(world.spec(name)), training: training, data: world.data))
    }

    @Test func laplaceSmoothedFrequenciesByHand() throws {
        let (world, model) = try build("nb")
        defer { world.remove() }
        func p(_ lead: Int) -> Double { model.score(world.data.view(lead, asOf: at("2025-01-02T00:00:00Z"))) }
        // Won 2 of 6. Source: won Ref 1, Web 1; lost Ref 1, Web 3. Region: won North 2, South 0; lost North 2, South 2.
        // T1 (Web, North): S(won) = 2/6 · (1+1)/(2+2) · (2+1)/(2+2) = 1/8; S(lost) = 4/6 · (3+1)/(4+2) · (2+1)/(4+2) = 2/9;
        // p = (1/8) / (1/8 + 2/9) = 9/25.
        #expect(abs(p(6) - 9.0 / 25) < 1e-12)
        // T2 (Ref, South): S(won) = 1/3 · 2/4 · 1/4 = 1/24; S(lost) = 2/3 · 2/6 · 3/6 = 1/9; p = 3/11.
        #expect(abs(p(7) - 3.0 / 11) < 1e-12)
        // T3 (Web, Region missing: left out): S(won) = 1/3 · 1/2 = 1/6; S(lost) = 2/3 · 2/3 = 4/9; p = 3/11.
        #expect(abs(p(8) - 3.0 / 11) < 1e-12)
        // T4 (Fair, never seen in training: left out; North): S(won) = 1/3 · 3/4; S(lost) = 2/3 · 1/2; p = 3/7.
        #expect(abs(p(9) - 3.0 / 7) < 1e-12)
        let reasons = model.reasons(world.data.view(6, asOf: at("2025-01-02T00:00:00Z")), limit: 2)
        // log((3/4) / (1/2)) = 0.405…, log((1/2) / (2/3)) = −0.287…
        #expect(reasons.map(\.label) == ["Region is North", "Source is Web"])
        #expect(abs(reasons[0].contribution - log(1.5)) < 1e-12)
    }

    @Test func odooSmoothingOfOneTenth() throws {
        let (world, model) = try build("odoo")
        defer { world.remove() }
        // T1 with α = 0.1: S(won) = 1/3 · 1.1/2.2 · 2.1/2.2; S(lost) = 2/3 · 3.1/4.2 · 2.1/4.2.
        let won = 1.0 / 3 * (1.1 / 2.2) * (2.1 / 2.2)
        let lost = 2.0 / 3 * (3.1 / 4.2) * (2.1 / 4.2)
        #expect(abs(model.score(world.data.view(6, asOf: at("2025-01-02T00:00:00Z"))) - won / (won + lost)) < 1e-12)
    }
}
