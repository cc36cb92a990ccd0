import Foundation
import LeadBenchTestSupport
import Testing

/// Runs the built `leadbench` executable and captures its exit status and output.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

///
/// `run`, `review` and `gate` record themselves in a history database in the working folder; unless a
/// test names a history (`--history`) or a working folder of its own, they are told not to, so tests
/// leave nothing behind in the repository.
func runLeadBench(_ arguments: [String], in directory: String? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = leadbenchExecutable
    let records = ["run", "review", "gate"].contains(arguments.first ?? "")
    let quiet = records && directory == nil && !arguments.contains("--history") && !arguments.contains("--no-history") && !arguments.contains("--help")
    process.arguments = arguments + (quiet ? ["--no-history"] : [])
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    // Output goes to files rather than pipes: a child writing more than a pipe holds to the stream read
    // second would wait forever for the first to be drained.
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let outPath = scratch.write("stdout", "")
    let errPath = scratch.write("stderr", "")
    guard let out = FileHandle(forWritingAtPath: outPath), let err = FileHandle(forWritingAtPath: errPath) else {
        throw CocoaError(.fileWriteUnknown)
    }
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    let stdout = FileManager.default.contents(atPath: outPath) ?? Data()
    let stderr = FileManager.default.contents(atPath: errPath) ?? Data()
    return CommandResult(
        status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
        stderr: String(decoding: stderr, as: UTF8.self))
}

/// The executable beside the test bundle in the build folder.
let leadbenchExecutable: URL = {
    let folder = Bundle.main.bundleURL.deletingLastPathComponent()
    let beside = folder.appendingPathComponent("leadbench")
    if FileManager.default.fileExists(atPath: beside.path) { return beside }
    return Bundle.main.bundleURL.appendingPathComponent("leadbench")
}()

@Suite struct CommandLineTests {
    @Test func helpListsTheSubcommands() throws {
        let result = try runLeadBench(["--help"])
        #expect(result.status == 0)
        for command in ["run", "validate"] { #expect(result.stdout.contains(command)) }
    }

    @Test func usageErrorsExitWith2() throws {
        let missing = try runLeadBench(["validate"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Missing expected argument"))
        #expect(try runLeadBench(["frobnicate"]).status == 2)
    }

    @Test func badExperimentFileExitsWith2AndNamesEveryMistake() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        dir.write("leads.csv", "id,won\na,1\n")
        let path = dir.write("exp.yaml", "name: x\nsed: 1\ndata:\n  leads: leads.csv\n  columns: { lead_id: id, converted: won }\nhorizon_days: zero\n")
        let result = try runLeadBench(["validate", path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(path):2: key \"sed\": unknown key \"sed\"\n  hint: did you mean \"seed\"?"))
        #expect(result.stderr.contains("\(path):6: key \"horizon_days\": expected a whole number (value \"zero\")"))
    }

    @Test func badDataExitsWith2NamingFileLineAndColumn() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        dir.write("leads.csv", "id,created,won\na,2025-01-01,1\nb,yesterday,0\n")
        let path = dir.write("exp.yaml", "name: x\ndata:\n  leads: leads.csv\n  columns: { lead_id: id, created_at: created, converted: won }\n")
        let result = try runLeadBench(["run", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("leads.csv:3: column \"created\": cannot read this value as a timestamp (value \"yesterday\")"))
        #expect(result.stderr.contains("hint:"))
    }

    @Test func resamplesMustBePositive() throws {
        let result = try runLeadBench(["run", Paths.experiment("quickstart.yaml"), "--resamples", "0"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--resamples"))
        #expect(result.stderr.contains("needs at least one resample"))
    }

    @Test func missingExperimentFile() throws {
        let result = try runLeadBench(["run", "/nonexistent/experiment.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("the experiment file does not exist"))
    }

    @Test func runPrintsTheDatasetSummary() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        dir.write("leads.csv", "id,created,won,Source\na,2025-01-01,1,Web\nb,2025-03-01,0,Web\nc,2025-06-01,0,\n")
        let path = dir.write("exp.yaml", "name: x\nhorizon_days: 60\ndata:\n  leads: leads.csv\n  columns: { lead_id: id, created_at: created, converted: won }\n")
        let result = try runLeadBench(["run", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("leads        3\n"))
        #expect(result.stdout.contains("outcomes     1 converted, 2 not converted\n"))
        #expect(result.stdout.contains("conversion   33.3% of leads with a known outcome\n"))
        #expect(result.stdout.contains("created      2025-01-01 to 2025-06-01\n"))
        #expect(result.stdout.contains("censored     1 leads created within 60 days of the end of the data\n"))
        #expect(result.stdout.contains("Source"))
        #expect(result.stdout.contains("66.7%"))
    }
}

/// The shipped experiments validate through the command line: the quickstart always, the real
/// datasets where ../shared/datasets is present.
@Suite struct ShippedExperimentTests {
    @Test func quickstartValidatesAndRuns() throws {
        let path = Paths.experiment("quickstart.yaml")
        let validate = try runLeadBench(["validate", path])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout.hasSuffix("valid — 4,000 leads, 78,920 activities, 5 models\n"))
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let run = try runLeadBench(["run", path, "--out", dir.file("run"), "--resamples", "20"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("outcomes     206 converted, 3,794 not converted\n"))
        #expect(run.stdout.contains("activities   78,920 of 9 types\n"))
    }

    @Test(arguments: ["xeducation.yaml", "crm-pipeline.yaml", "olist.yaml"])
    func realDatasetExperimentsValidate(experiment: String) throws {
        guard Paths.sharedDataset("") != nil else { return }
        let result = try runLeadBench(["validate", Paths.experiment(experiment)])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(": valid — "))
    }
}
