import ArgumentParser
import LeadBenchFixtures

/// `leadbench fixtures`: generated test data.
struct FixturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fixtures",
        abstract: "Generate synthetic CRM exports for trying out and testing leadbench.",
        subcommands: [GenerateFixturesCommand.self])
}

/// `leadbench fixtures generate --leads N [--seed S] --out DIR`: writes a synthetic CRM export.
struct GenerateFixturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic CRM export: leads.csv, activities.csv, accounts.csv and a README.md.",
        discussion: """
            The data follows a documented generative process (see the README.md written with it): leads \
            created during 2025 at skewed accounts, a latent intent behind conversions and activities, about \
            5% conversions and about 20 activities per lead. The same --leads and --seed always give \
            byte-identical files.
            """)

    @Option(help: "How many leads to generate (1...\(FixtureGenerator.maximumLeads)).")
    var leads: Int

    @Option(help: "The seed of every random draw.")
    var seed: UInt64 = 42

    @Option(help: ArgumentHelp("The directory to write into; created if missing.", valueName: "dir"))
    var out: String

    func validate() throws {
        guard (1...FixtureGenerator.maximumLeads).contains(leads) else {
            throw ValidationError(
                "Please give --leads between 1 and \(FixtureGenerator.maximumLeads), not \(leads).")
        }
        guard !out.isEmpty else { throw ValidationError("Please give a directory to --out.") }
    }

    func run() throws {
        let summary = try FixtureGenerator(leads: leads, seed: seed).write(to: out)
        print(summary.line(directory: out))
    }
}
