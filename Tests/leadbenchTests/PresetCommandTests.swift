import Foundation
import LeadBenchTestSupport
import Testing

/// The platform presets run in `leadbench run` like any other model, and `leadbench score` reads their
/// model files back.
@Suite struct PresetCommandTests {
    @Test func championExperimentRunsAndItsPresetsScoreAgain() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let run = try runLeadBench(["run", Paths.experiment("champion-quickstart.yaml"), "--out", dir.file("run"), "--resamples", "20"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try dir.entries(of: "run/models") == [
            "eloqua.json", "hubspot-grid.json", "hubspot.json", "logistic.json", "marketo.json", "odoo.json", "pardot.json",
        ])
        // The comparison names the champion (the HubSpot-style baseline).
        #expect(run.stdout.contains("compared with the baseline \"hubspot\""))

        let fixture = Paths.fixture("quickstart")
        func score(_ model: String) throws -> [[Substring]] {
            let result = try runLeadBench([
                "score", "--model", dir.file("run/models/\(model).json"), "--leads", "\(fixture)/leads.csv",
                "--activities", "\(fixture)/activities.csv", "--accounts", "\(fixture)/accounts.csv", "--as-of", "2025-06-01",
            ])
            #expect(result.status == 0, "\(model): \(result.stderr)")
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.first == "lead_id,score,tier,reasons")
            return lines.dropFirst().map { $0.split(separator: ",", maxSplits: 3, omittingEmptySubsequences: false) }
        }
        // Eloqua's score is its cell's rank, and the cell is the tier: A1 = 16 … D4 = 1 by default priority.
        let cells = ["A1", "A2", "B1", "A3", "B2", "C1", "A4", "B3", "C2", "D1", "B4", "C3", "D2", "C4", "D3", "D4"]
        let eloqua = try score("eloqua")
        #expect(!eloqua.isEmpty)
        for row in eloqua {
            let index = try #require(cells.firstIndex(of: String(row[2])))
            #expect(Double(row[1]) == Double(16 - index))
        }
        // HubSpot's grid cells are the tiers of the grid-scored model.
        let grid = try score("hubspot-grid")
        #expect(Set(grid.map { String($0[2]) }).isSubset(of: ["A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2", "C3"]))
        for model in ["hubspot", "marketo", "pardot", "odoo"] {
            #expect(try score(model).count == eloqua.count, "\(model)")
        }
    }
}
