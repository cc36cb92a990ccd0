import ArgumentParser
import Foundation
import LeadBenchData
import LeadBenchFixtures
import LeadBenchModels

/// The `leadbench` command: evaluate lead-scoring models on real history and A/B test them.
@main
struct LeadBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadbench",
        abstract: "Evaluate lead-scoring models on historical leads, and A/B test them.",
        discussion: """
            Exit status: 0 on success, 1 when a gate fails, 2 on bad input or usage.
            """,
        version: "0.1.0",
        subcommands: [
            RunCommand.self, ValidateCommand.self, ScoreCommand.self, ReviewCommand.self, ABCommand.self, GateCommand.self, HistoryCommand.self,
            FixturesCommand.self,
        ])

    /// Parses the command line and runs it, mapping failures to leadbench's exit statuses: bad input
    /// and usage errors exit with 2, after every issue is printed to standard error.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            Foundation.exit(2)
        } catch let error as ModelError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            Foundation.exit(2)
        } catch let error as FixtureError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is CleanExit {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
