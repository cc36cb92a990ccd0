import Foundation
import LeadBenchData
import Yams

/// Checks an experiment file against its data: files exist, every column it names is in the right
/// file's header, rules name real attributes and activity types, and the split suits the data. All
/// mistakes of the file are reported at once, each at its YAML line; then the data is loaded, which
/// stops at the first bad row unless the file says `bad_rows: skip`.
public struct ExperimentValidator {
    public let experiment: ExperimentFile

    public init(experiment: ExperimentFile) { self.experiment = experiment }

    /// Validates the file and loads its data.
    public func validateAndLoad() throws(InputError) -> Dataset {
        try checkAgainstHeaders()
        let dataset = try loader.load()
        try checkAgainstData(dataset)
        return dataset
    }

    var loader: DatasetLoader { DatasetLoader(mapping: experiment.spec.data, baseDirectory: experiment.directory) }

    private var locator: YAMLLocator? {
        guard let root = try? Yams.compose(yaml: experiment.text) else { return nil }
        return YAMLLocator(root: root)
    }

    /// An issue at a path of the experiment file.
    private func issue(_ kind: InputIssue.Kind, _ path: [SpecPathElement], _ message: String, hint: String?, value: String? = nil, locator: YAMLLocator?) -> InputIssue {
        InputIssue(
            kind, file: experiment.path, line: locator?.line(of: path, atKey: false), field: SpecPathElement.render(path),
            value: value, message: message, hint: hint)
    }

    /// Files exist; mapped columns are in their headers; rule attributes are columns that are used.
    func checkAgainstHeaders() throws(InputError) {
        let spec = experiment.spec
        let mapping = spec.data
        let locator = self.locator
        var issues = IssueCollector()
        var headers: [DataMapping.FileRole: [String]] = [:]
        for (role, written) in mapping.files {
            let path = loader.resolve(written)
            do {
                headers[role] = try CSVReader.open(path: path, delimiter: mapping.delimiter).header
            } catch {
                let reason = error.issues.first?.message ?? "cannot be read"
                issues.add(issue(
                    .unreadableFile, [.key("data"), .key(role.rawValue)], "the \(role.rawValue) file \(path): \(reason)",
                    hint: "paths are relative to the experiment file's folder", value: written, locator: locator))
            }
        }
        for reference in mapping.columnReferences {
            let candidates: [(DataMapping.FileRole, [String])] = reference.role.map { role in headers[role].map { [(role, $0)] } ?? [] }
                ?? DataMapping.FileRole.allCases.compactMap { role in headers[role].map { (role, $0) } }
            guard !candidates.isEmpty else { continue }
            if candidates.contains(where: { $0.1.contains(reference.column) }) { continue }
            let names = candidates.flatMap(\.1)
            let where_ = reference.role.map { "the \($0.rawValue) file's header" } ?? "no file's header"
            issues.add(issue(
                .missingColumn, [.key("data")] + reference.path, "column \"\(reference.column)\" is not in \(where_)",
                hint: NearestMatch.hint(for: reference.column, among: names, noun: "column"), value: reference.column, locator: locator))
        }
        checkRuleAttributes(headers: headers, locator: locator, into: &issues)
        if case .temporal = spec.split, mapping.columns.createdAt == nil {
            issues.add(issue(
                .invalidValue, [.key("split"), .key("kind")], "a temporal split needs creation times, but `data.columns.created_at` is not mapped",
                hint: "map created_at, or use { kind: random, test_fraction: 0.3 } for a snapshot dataset", locator: locator))
        }
        try issues.throwIfAny()
    }

    /// Every attribute rule names a column that is loaded as a feature (not mapped to a lead field, not
    /// excluded).
    private func checkRuleAttributes(headers: [DataMapping.FileRole: [String]], locator: YAMLLocator?, into issues: inout IssueCollector) {
        let mapping = experiment.spec.data
        guard let leadHeader = headers[.leads] else { return }
        let mapped = Set(mapping.columnReferences.filter { $0.role == .leads }.map(\.column))
        let excluded = Set(mapping.exclude.map(\.column))
        var attributes = leadHeader.filter { !mapped.contains($0) && !excluded.contains($0) }
        if let accountHeader = headers[.accounts] {
            attributes += accountHeader.filter { $0 != mapping.accountColumns?.accountID && !excluded.contains($0) }
        }
        attributes += mapping.outcomeColumns?.attributes ?? []
        for (m, model) in experiment.spec.models.enumerated() {
            for reference in model.references where reference.kind == .attribute {
                let name = reference.name
                guard !attributes.contains(name), !Self.namesAccountColumn(name, attributes: attributes) else { continue }
                let path: [SpecPathElement] = [.key("models"), .index(m)] + reference.path
                let message = excluded.contains(name)
                    ? "model \"\(model.name)\" has a rule on \"\(name)\", which `data.exclude` leaves out"
                    : mapped.contains(name)
                        ? "model \"\(model.name)\" has a rule on \"\(name)\", which is mapped to a lead field, not an attribute"
                        : "model \"\(model.name)\" has a rule on column \"\(name)\", which the data does not have"
                issues.add(issue(
                    .missingColumn, path, message, hint: NearestMatch.hint(for: name, among: attributes, noun: "attribute"),
                    value: name, locator: locator))
            }
        }
    }

    /// Whether `name` is `account:Column` for an attribute column of the accounts file.
    private static func namesAccountColumn(_ name: String, attributes: [String]) -> Bool {
        let prefix = "account:"
        return name.hasPrefix(prefix) && attributes.contains(String(name.dropFirst(prefix.count)))
    }

    /// Activity rules name types the log has; a temporal cutoff falls inside the data.
    func checkAgainstData(_ dataset: Dataset) throws(InputError) {
        let locator = self.locator
        var issues = IssueCollector()
        let types = dataset.activities?.typeNames ?? []
        for (m, model) in experiment.spec.models.enumerated() {
            for reference in model.references where reference.kind == .activity {
                let type = reference.name
                guard !types.contains(type) else { continue }
                let path: [SpecPathElement] = [.key("models"), .index(m)] + reference.path
                let hint = types.isEmpty
                    ? "the experiment has no activity log; map `data.activities` or drop activity rules"
                    : NearestMatch.hint(for: type, among: types, noun: "activity type")
                issues.add(issue(.invalidValue, path, "model \"\(model.name)\" has a rule on activity type \"\(type)\", which the activity log never records", hint: hint, value: type, locator: locator))
            }
        }
        if case .temporal(let cutoff) = experiment.spec.split {
            let created = dataset.leads.createdAt.filter { $0 != EpochSeconds.missing }
            if let first = created.min(), let last = created.max(), !(first < cutoff && cutoff <= last) {
                issues.add(issue(
                    .invalidValue, [.key("split"), .key("cutoff")],
                    "the cutoff must fall inside the data: leads were created from \(EpochSeconds.iso8601(first, dateOnly: true)) to \(EpochSeconds.iso8601(last, dateOnly: true))",
                    hint: "choose a date that leaves most leads before it for training", locator: locator))
            }
        }
        try issues.throwIfAny()
    }
}
