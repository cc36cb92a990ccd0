import Foundation
import LeadBenchTestSupport
import Testing

/// `leadbench run` saves every model; `leadbench score` reads one back and scores new exports.
@Suite struct ScoreCommandTests {
    @Test func runSavesModelsAndScoreReadsThem() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let experiment = Paths.experiment("quickstart.yaml")
        let first = try runLeadBench(["run", experiment, "--out", dir.file("one"), "--resamples", "20"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try dir.entries(of: "one") == ["models", "report.html", "report.xml", "results.json", "scores.csv"])
        #expect(try dir.entries(of: "one/models") == ["boosted.json", "engagement.json", "hybrid.json", "logistic.json", "points.json"])
        // The same inputs and seed give byte-identical model files, results and audit trail.
        #expect(try runLeadBench(["run", experiment, "--out", dir.file("two"), "--resamples", "20"]).status == 0)
        for name in try dir.entries(of: "one/models").map({ "models/\($0)" }) + ["results.json", "scores.csv", "report.html", "report.xml"] {
            let one = FileManager.default.contents(atPath: dir.file("one/\(name)"))
            #expect(one != nil && one == FileManager.default.contents(atPath: dir.file("two/\(name)")), "\(name)")
        }

        let fixture = Paths.fixture("quickstart")
        let scored = try runLeadBench([
            "score", "--model", dir.file("one/models/points.json"), "--leads", "\(fixture)/leads.csv",
            "--activities", "\(fixture)/activities.csv", "--accounts", "\(fixture)/accounts.csv",
            "--as-of", "2025-06-01", "--out", dir.file("scores.csv"),
        ])
        #expect(scored.status == 0, "\(scored.stderr)")
        let lines = try String(contentsOfFile: dir.file("scores.csv"), encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "lead_id,score,tier,reasons")
        // Leads created after the moment are left out and counted.
        #expect(scored.stderr.hasPrefix("left out "))
        let kept = 4_000 - (Int(scored.stderr.split(separator: " ")[2]) ?? 0)
        #expect(lines.count == kept + 1)
        #expect(lines.dropFirst().allSatisfy { $0.contains(",hot,") || $0.contains(",warm,") || $0.contains(",cold,") })

        let json = try runLeadBench([
            "score", "--model", dir.file("one/models/logistic.json"), "--leads", "\(fixture)/leads.csv",
            "--activities", "\(fixture)/activities.csv", "--accounts", "\(fixture)/accounts.csv",
            "--as-of", "2025-03-01T00:00:00Z", "--format", "jsonl", "--reasons", "2",
        ])
        #expect(json.status == 0, "\(json.stderr)")
        let first3 = json.stdout.split(separator: "\n").prefix(3)
        for line in first3 {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let score = try #require(object["score"] as? Double)
            #expect(score > 0 && score < 1)
            #expect((object["reasons"] as? [Any])?.count == 2)
        }
    }

    @Test func badModelFilesAndMomentsExitWith2() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let newer = dir.write("m.json", #"{ "format": "leadbench.model", "version": { "major": 9, "minor": 0 }, "name": "x", "kind": "static" }"#)
        let fixture = Paths.fixture("quickstart")
        let refused = try runLeadBench(["score", "--model", newer, "--leads", "\(fixture)/leads.csv", "--as-of", "2025-06-01"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("model file format 9.0 cannot be read by this leadbench"))
        let badMoment = try runLeadBench(["score", "--model", newer, "--leads", "\(fixture)/leads.csv", "--as-of", "June"])
        #expect(badMoment.status == 2)
        #expect(!FileManager.default.fileExists(atPath: dir.file("out.csv")))
    }
}

@Suite struct TrainingWindowCommandTests {
    /// A temporal cutoff before any outcome is known leaves the predictive model nothing to learn from.
    @Test func emptyTrainingWindowExitsWith2() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        dir.write("leads.csv", "id,created,won,Title\na,2025-01-01,2025-01-20,VP\nb,2025-01-02,,CTO\nc,2025-03-01,,VP\nd,2025-04-01,2025-04-09,CTO\n")
        let path = dir.write("exp.yaml", """
            name: tiny
            data:
              leads: leads.csv
              columns: { lead_id: id, created_at: created, converted_at: won }
            split: { kind: temporal, cutoff: 2025-01-02 }
            models:
              - { name: lr, kind: logistic }
            """)
        let result = try runLeadBench(["run", path, "--out", dir.file("out")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("model \"lr\": the training window holds no leads"))
        #expect(result.stderr.contains("hint: move the split's cutoff later"))
    }
}

@Suite struct AuditTrailCommandTests {
    /// `--scores-out` writes one row per test lead and model, with the replay's verdicts.
    @Test func runWritesTheAuditTrail() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try runLeadBench([
            "run", Paths.experiment("quickstart.yaml"), "--out", dir.file("run"), "--scores-out", dir.file("scores.csv"), "--resamples", "20",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("replay (1,115 test leads, 1,056 censored by the 90-day horizon)"))
        let rows = try String(contentsOfFile: dir.file("scores.csv"), encoding: .utf8).split(separator: "\n")
        #expect(rows.first == "lead_id,model,ranking_score,qualified_at,converted,converted_at,verdict")
        #expect(rows.count == 1 + 5 * 1_115)
        let points = rows.dropFirst().filter { $0.split(separator: ",", omittingEmptySubsequences: false)[1] == "points" }
        let hits = points.filter { $0.hasSuffix(",hit") }.count
        // The same count the terminal table shows for the points model: threshold, qualified, per week, hits.
        let pointsRow = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("  points       40 ") })
        let cells = pointsRow.split(separator: " ")
        #expect(cells[2] == "285" && cells[4] == "\(hits)", "\(pointsRow)")
        // 285 qualified over the test leads' creation span (2025-07-01 to early October, about 13.4 weeks).
        let perWeek = try #require(Double(cells[3]))
        #expect(perWeek > 19 && perWeek < 24, "\(pointsRow)")
        // The run's folder holds the same audit trail.
        #expect(FileManager.default.contents(atPath: dir.file("run/scores.csv")) == FileManager.default.contents(atPath: dir.file("scores.csv")))
    }
}
