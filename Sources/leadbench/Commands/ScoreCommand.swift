import ArgumentParser
import Foundation
import LeadBenchData
import LeadBenchModels

/// `leadbench score`: scores leads with a saved model as of a moment, writing each lead's score, tier
/// and top reasons as CSV or JSON Lines.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score leads with a saved model as of a moment.",
        discussion: """
            The model file (written by `leadbench run`) carries the data mapping of its experiment, so the
            leads, activities and accounts are read as the experiment read its data. Leads created after
            --as-of are left out and counted on standard error.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, jsonl
    }

    @Option(help: "The model file (JSON).")
    var model: String

    @Option(help: "The leads CSV.")
    var leads: String

    @Option(help: "The activities CSV, if the model uses activities.")
    var activities: String?

    @Option(help: "The accounts CSV, if the model uses account attributes.")
    var accounts: String?

    @Option(name: .customLong("as-of"), help: "The moment to score as of (ISO 8601, e.g. 2025-10-01 or 2025-10-01T09:00:00Z).")
    var asOf: String

    @Option(help: "Output format: csv or jsonl.")
    var format: Format = .csv

    @Option(help: "How many reasons to give per lead.")
    var reasons = 3

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    func validate() throws {
        if reasons < 0 { throw ValidationError("--reasons must be 0 or more.") }
    }

    func run() throws {
        let file = try ModelFile.load(path: model)
        guard let mapping = file.mapping else {
            throw InputError(InputIssue(.invalidValue, file: model, message: "the model file has no data mapping", hint: "write it with `leadbench run`, which saves the experiment's mapping beside the model"))
        }
        let parser = TimestampParser(format: .iso8601, zone: .utc)
        var text = Array(asOf.utf8)
        guard let moment = text.withUnsafeMutableBytes({ parser.parse(UnsafeRawBufferPointer($0)) }) else {
            throw ValidationError("--as-of \"\(asOf)\" is not a moment; write it as 2025-10-01 or 2025-10-01T09:00:00Z.")
        }
        let here = FileManager.default.currentDirectoryPath
        let scoring = mapping.forScoring(leads: leads, activities: activities, accounts: accounts)
        let dataset = try DatasetLoader(mapping: scoring, baseDirectory: here).load()
        let data = ScoringData(dataset)
        let scorer: any ScoringModel
        do {
            scorer = try file.model(data: data)
        } catch {
            throw error.inputError(file: model)
        }
        let writer = try ScoreWriter(path: out, format: format)
        let tiers = Tiers(file.tiers)
        var skipped = 0
        do {
            for lead in 0..<dataset.leads.count {
                let created = dataset.leads.createdAt[lead]
                if created != EpochSeconds.missing && created > moment {
                    skipped += 1
                    continue
                }
                let view = data.view(lead, asOf: moment)
                let score = scorer.score(view)
                let why = reasons > 0 ? scorer.reasons(view, limit: reasons) : []
                try writer.write(lead: dataset.leads.id(lead), score: score, tier: tiers.tier(of: score), reasons: why)
            }
            try writer.finish()
        } catch {
            writer.abandon()
            throw error
        }
        if skipped > 0 {
            FileHandle.standardError.write(Data("left out \(skipped) leads created after \(asOf)\n".utf8))
        }
    }
}
