import Foundation
import LeadBenchData
import LeadBenchModels

/// Writes scored leads as CSV (`lead_id,score,tier,reason_1,…`) or JSON Lines, in chunks, to a file
/// (through a temporary file renamed into place when done) or to standard output.
final class ScoreWriter {
    private let format: ScoreCommand.Format
    private let handle: FileHandle
    private let temporary: String?
    private let destination: String?
    private var buffer = ""
    private var wroteHeader = false

    init(path: String?, format: ScoreCommand.Format) throws {
        self.format = format
        destination = path
        if let path {
            let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
            guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
                throw InputError(InputIssue(.unreadableFile, file: path, message: "cannot write the scores here", hint: "check that the folder exists and is writable"))
            }
            self.temporary = temporary
            self.handle = handle
        } else {
            temporary = nil
            handle = FileHandle.standardOutput
        }
    }

    func write(lead: String, score: Double, tier: String?, reasons: [ScoreReason]) throws {
        switch format {
        case .csv:
            if !wroteHeader {
                buffer += "lead_id,score,tier,reasons\n"
                wroteHeader = true
            }
            let why = reasons.map { "\($0.label) (\(Self.signed($0.contribution)))" }.joined(separator: "; ")
            buffer += [lead, "\(score)", tier ?? "", why].map { CSVWriter.escape($0) }.joined(separator: ",") + "\n"
        case .jsonl:
            let line = ScoredLead(lead_id: lead, score: score, tier: tier, reasons: reasons)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            buffer += String(decoding: try encoder.encode(line), as: UTF8.self) + "\n"
        }
        if buffer.utf8.count >= 1 << 20 { flush() }
    }

    func finish() throws {
        flush()
        guard let temporary, let destination else { return }
        try handle.close()
        if rename(temporary, destination) != 0 {
            throw InputError(InputIssue(.unreadableFile, file: destination, message: "cannot move the scores into place"))
        }
    }

    /// Removes the unfinished temporary file after a failure, so nothing half-written is left.
    func abandon() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }

    private func flush() {
        handle.write(Data(buffer.utf8))
        buffer.removeAll(keepingCapacity: true)
    }

    static func signed(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded >= 0 ? "+\(rounded)" : "\(rounded)"
    }

    private struct ScoredLead: Encodable {
        let lead_id: String
        let score: Double
        let tier: String?
        let reasons: [ScoreReason]
    }
}
