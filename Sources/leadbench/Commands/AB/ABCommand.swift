import ArgumentParser

/// `leadbench ab`: A/B testing of scoring models (DESIGN §5) — assign units to arms, analyse a live
/// test, plan one. The replay of a test on history is part of `leadbench run` (the experiment's `ab:`).
struct ABCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ab",
        abstract: "A/B test scoring models: assign units to arms, analyse a live test, plan one.",
        subcommands: [ABAssignCommand.self, ABAnalyzeCommand.self, ABPlanCommand.self])
}
