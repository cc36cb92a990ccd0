import Foundation
import LeadBenchExperiment
import LeadBenchGate
import LeadBenchTestSupport

/// A quickstart report kept fixed for the gate's tests (`fixtures/golden/gate/quickstart-report.xml`, a
/// `leadbench run` report of leadbench 0.4.0, valid against today's schema) as
/// text, and edits of it that simulate another run: a model whose figures moved, a figure or a model that
/// is gone. Each edit keeps the report valid against the schema.
struct ReportText {
    var text: String

    static var quickstart: ReportText {
        get throws {
            ReportText(text: try String(contentsOfFile: Paths.repository.appendingPathComponent("fixtures/golden/gate/quickstart-report.xml").path, encoding: .utf8))
        }
    }

    /// The range of `<model name="model" …>…</model>`.
    private func modelRange(_ model: String) -> Range<String.Index> {
        guard let start = text.range(of: "<model name=\"\(model)\""),
            let end = text.range(of: "</model>", range: start.upperBound..<text.endIndex)
        else { fatalError("the report has no model \(model)") }
        return start.lowerBound..<end.upperBound
    }

    /// The range of the first `<element>…</element>` inside `scope`.
    private func elementRange(_ element: String, in scope: Range<String.Index>) -> Range<String.Index>? {
        guard let start = text.range(of: "<\(element)>", range: scope),
            let end = text.range(of: "</\(element)>", range: start.upperBound..<scope.upperBound)
        else { return nil }
        return start.lowerBound..<end.upperBound
    }

    /// The range of the element at `path` under `model`.
    private func scope(_ model: String, _ path: [String]) -> Range<String.Index> {
        var scope = modelRange(model)
        for element in path {
            guard let inner = elementRange(element, in: scope) else { fatalError("no \(element) in \(model)") }
            scope = inner
        }
        return scope
    }

    /// Sets the estimate (and the interval ends, when given) of a model's figure. `path` is the
    /// element's path under the model, e.g. `["auc"]`, `["salesCycle", "medianInterval"]`, `["brier"]`.
    mutating func set(_ model: String, _ path: [String], estimate: Double, lower: Double? = nil, upper: Double? = nil) {
        let name = path[path.count - 1]
        if elementRange("estimate", in: scope(model, path)) == nil {
            // A plain number: <brier>0.05</brier>.
            text.replaceSubrange(scope(model, path), with: "<\(name)>\(estimate)</\(name)>")
            return
        }
        for (part, value) in [("estimate", estimate), ("lower", lower), ("upper", upper)] {
            guard let value, let range = elementRange(part, in: scope(model, path)) else { continue }
            text.replaceSubrange(range, with: "<\(part)>\(value)</\(part)>")
        }
    }

    /// Removes a model's figure element, e.g. `brier`.
    mutating func remove(_ model: String, _ element: String) {
        guard let range = elementRange(element, in: modelRange(model)) else { fatalError("no \(element) in \(model)") }
        text.removeSubrange(range)
    }

    /// Renames a model (in its element; comparisons keep the old name, which the gate does not read).
    mutating func rename(_ model: String, to name: String) {
        let range = modelRange(model)
        text = text.replacingCharacters(in: range, with: text[range].replacingOccurrences(of: "<model name=\"\(model)\"", with: "<model name=\"\(name)\""))
    }

    /// The estimate of a model's figure as the report writes it.
    func estimate(_ model: String, _ element: String) -> Double {
        let scope = scope(model, [element])
        let target = elementRange("estimate", in: scope) ?? scope
        let body = text[target].replacingOccurrences(of: "<estimate>", with: "").replacingOccurrences(of: "</estimate>", with: "")
            .replacingOccurrences(of: "<\(element)>", with: "").replacingOccurrences(of: "</\(element)>", with: "")
        return Double(body.trimmingCharacters(in: .whitespacesAndNewlines)) ?? .nan
    }

    /// Writes the text to `name` in `folder`; returns the path.
    func write(_ name: String, in folder: TemporaryDirectory) -> String {
        folder.write(name, text)
    }
}
