import Foundation
import LeadBenchData
import Yams

/// An experiment file read from disk: its path, folder, and decoded ``ExperimentSpec``.
///
/// Loading reports every mistake of the file at once (unknown keys with "did you mean", values of the
/// wrong type or out of range, missing keys, inconsistent settings), each with its YAML line and key.
///
///     let experiment = try ExperimentFile.load(path: "experiments/quickstart.yaml")
public struct ExperimentFile: Sendable {
    /// The file as given.
    public let path: String
    /// The folder that relative data paths start from.
    public let directory: String
    public let spec: ExperimentSpec
    /// The file's text, kept so that later checks can point at lines.
    public let text: String

    public static func load(path: String) throws(InputError) -> ExperimentFile {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            throw InputError(InputIssue(
                .unreadableFile, file: path,
                message: exists ? "cannot read the experiment file as UTF-8 text" : "the experiment file does not exist",
                hint: exists ? nil : "give the path of a YAML experiment file, e.g. experiments/quickstart.yaml"))
        }
        return try parse(text, path: path)
    }

    /// Decodes experiment-file text; `path` names it in messages and anchors its relative paths.
    public static func parse(_ text: String, path: String) throws(InputError) -> ExperimentFile {
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw InputError(InputIssue(.malformedYAML, file: path, line: 1, message: "the experiment file is empty", hint: "start from experiments/quickstart.yaml"))
            }
            node = composed
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(yamlIssue(error, path: path))
        }
        guard case .mapping = node else {
            throw InputError(InputIssue(.malformedYAML, file: path, line: node.mark?.line, message: "an experiment file is a mapping of keys to values", hint: "start from experiments/quickstart.yaml"))
        }
        let sink = SpecIssueSink()
        let spec: ExperimentSpec
        let locator = YAMLLocator(root: node)
        do {
            spec = try YAMLDecoder().decode(ExperimentSpec.self, from: node, userInfo: [SpecIssueSink.userInfoKey: sink])
        } catch let error as DecodingError {
            sink.record(error, fallbackPath: [])
            throw InputError(issues: issues(from: sink, locator: locator, path: path))
        } catch {
            throw InputError(InputIssue(.malformedYAML, file: path, message: "\(error)"))
        }
        let found = issues(from: sink, locator: locator, path: path)
        if !found.isEmpty { throw InputError(issues: found) }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return ExperimentFile(path: path, directory: directory, spec: spec, text: text)
    }

    /// The recorded mistakes as issues with lines, in line order.
    static func issues(from sink: SpecIssueSink, locator: YAMLLocator, path: String) -> [InputIssue] {
        let located = sink.entries.enumerated().map { offset, entry in
            let line = locator.line(of: entry.path, atKey: entry.atKey)
            let value = entry.kind == .invalidValue ? locator.scalar(at: entry.path) : nil
            let issue = InputIssue(
                entry.kind, file: path, line: line, field: SpecPathElement.render(entry.path), value: value,
                message: entry.message, hint: entry.hint)
            return (line ?? 0, offset, issue)
        }
        return located.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    /// A YAML syntax error with the line libyaml reports.
    static func yamlIssue(_ error: any Error, path: String) -> InputIssue {
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
                let message = [context?.text, problem].compactMap { $0 }.joined(separator: " ")
                return InputIssue(.malformedYAML, file: path, line: mark.line, message: "the YAML does not parse: \(message)", hint: "check indentation and quoting near this line")
            case .composer(let context, let problem, let mark, _):
                let message = [context?.text, problem].compactMap { $0 }.joined(separator: " ")
                return InputIssue(.malformedYAML, file: path, line: mark.line, message: "the YAML does not parse: \(message)", hint: nil)
            case .duplicatedKeysInMapping(let duplicates, let context):
                return InputIssue(
                    .malformedYAML, file: path, line: context.mark.line, field: duplicates.joined(separator: ", "),
                    message: "a key appears more than once in the same mapping", hint: "keep one of them")
            default:
                break
            }
        }
        return InputIssue(.malformedYAML, file: path, message: "the YAML does not parse: \(error)", hint: "check indentation and quoting")
    }
}
