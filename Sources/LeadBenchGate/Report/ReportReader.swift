import Foundation
import LeadBenchExperiment
import LeadBenchReports
import LeadBenchRunReports

/// Reads the headline figures out of a leadbench XML report (`report.xml`, schema
/// `schemas/leadbench-report.xsd`) with libxml2.
///
///     let baseline = try ReportReader.read(path: "reports/baselines/quickstart.xml", role: .baseline)
///
/// Rules:
/// - The file must be a leadbench report before a figure is read: well-formed XML whose root is
///   `report` in the namespace ``ReportSchema/namespace``, valid against ``ReportSchema/xsd``. Anything
///   else is a ``GateError`` (`notAReport`, or `newerReport` for a later `…/report/N` namespace).
/// - Where each figure comes from (per `model` element): `auc`, `averagePrecision`, `precision`,
///   `recall`, `f1`, `lift` are bootstrap intervals (estimate, lower, upper, confidence); `ks`, `brier`,
///   `logLoss` and `perWeek` (qualified per week) are plain numbers; the median sales cycle is
///   `salesCycle/medianInterval`, else the plain `salesCycle/qualificationToConversion/median`.
/// - An element the report leaves out is an absent figure, never 0.
/// - Numbers read back as exactly the doubles the run wrote (`INF`, `-INF` and `NaN` included).
public enum ReportReader {
    /// Which side of the comparison a report is, for messages.
    public enum Role: String, Sendable {
        case baseline, current
    }

    /// The figures of the report at `path`.
    ///
    /// - Throws: ``GateError`` when the file is missing or unreadable, or is not a leadbench report.
    public static func read(path: String, role: Role) throws(GateError) -> ReportFigures {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GateError(.unreadableFile, path: path, message: "the \(role.rawValue) report does not exist", hint: hint(role))
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw GateError(
                .unreadableFile, path: path,
                message: isDirectory.boolValue ? "the \(role.rawValue) report is a folder, not a file" : "the \(role.rawValue) report cannot be read",
                hint: isDirectory.boolValue ? "give the report.xml inside it: \(path)/report.xml" : nil)
        }
        return try read(bytes: Array(data), path: path, role: role)
    }

    /// The figures of a report held in memory; `path` names it in errors.
    ///
    /// - Throws: ``GateError`` when the bytes are not a leadbench report.
    public static func read(bytes: [UInt8], path: String, role: Role) throws(GateError) -> ReportFigures {
        let parsed: ParsedMarkup
        do {
            parsed = try ParsedMarkup(xml: bytes, namespaces: ["lb": ReportSchema.namespace])
        } catch {
            throw GateError(.notAReport, path: path, message: "the \(role.rawValue) report is not well-formed XML", hint: hint(role), details: error.details)
        }
        try checkRoot(parsed, path: path, role: role)
        let violations: [String]
        do {
            violations = try XMLSchema(xsd: ReportSchema.xsd).validate(parsed)
        } catch {
            throw GateError(.notAReport, path: path, message: "the report schema does not compile: \(error.message)", details: error.details)
        }
        guard violations.isEmpty else {
            throw GateError(
                .notAReport, path: path,
                message: "the \(role.rawValue) report is not valid against the leadbench report schema (schemas/\(ReportSchema.fileName))",
                hint: hint(role), details: violations)
        }
        do {
            return try figures(parsed)
        } catch {
            throw GateError(.notAReport, path: path, message: "cannot read the \(role.rawValue) report: \(error.message)", details: error.details)
        }
    }

    /// The root must be `report` in leadbench's report namespace, of this major version.
    private static func checkRoot(_ parsed: ParsedMarkup, path: String, role: Role) throws(GateError) {
        let name: String
        let namespace: String
        do {
            name = try parsed.xpathString("local-name(/*)")
            namespace = try parsed.xpathString("namespace-uri(/*)")
        } catch {
            throw GateError(.notAReport, path: path, message: "cannot read the \(role.rawValue) report's root: \(error.message)")
        }
        if name == "report" && namespace == ReportSchema.namespace { return }
        if name == "report", let version = schemaVersion(namespace), let ours = schemaVersion(ReportSchema.namespace), version > ours {
            throw GateError(
                .newerReport, path: path,
                message: "the \(role.rawValue) report was written by a newer leadbench (report schema \(version); this leadbench reads \(ours))",
                hint: "gate with the leadbench that wrote it, or regenerate the report with this one")
        }
        let shown = namespace.isEmpty ? "<\(name)> without a namespace" : "<\(name)> in the namespace \(namespace)"
        throw GateError(
            .notAReport, path: path,
            message: "the \(role.rawValue) file is not a leadbench report: its root is \(shown), not <report> in \(ReportSchema.namespace)",
            hint: hint(role))
    }

    /// The major version at the end of a leadbench report namespace (`…/report/1` → 1), else `nil`.
    static func schemaVersion(_ namespace: String) -> Int? {
        guard let slash = ReportSchema.namespace.lastIndex(of: "/") else { return nil }
        let family = ReportSchema.namespace[...slash]
        guard namespace.hasPrefix(family) else { return nil }
        return Int(namespace.dropFirst(family.count))
    }

    private static func hint(_ role: Role) -> String {
        switch role {
        case .baseline: "a baseline is the report.xml of an earlier run: leadbench run EXPERIMENT --out DIR writes DIR/report.xml"
        case .current: "give the report.xml that leadbench run EXPERIMENT --out DIR writes"
        }
    }

    // MARK: Figures

    private static func figures(_ parsed: ParsedMarkup) throws(MarkupError) -> ReportFigures {
        let count = try parsed.xpathCount("/lb:report/lb:models/lb:model")
        var models: [ModelFigures] = []
        for index in 0..<count {
            let model = "/lb:report/lb:models/lb:model[\(index + 1)]"
            var figures: [GateMetric: ReportFigure] = [:]
            for metric in GateMetric.allCases {
                if let figure = try figure(metric, of: model, in: parsed) { figures[metric] = figure }
            }
            models.append(ModelFigures(
                name: try parsed.xpathString("string(\(model)/@name)"), kind: try parsed.xpathString("string(\(model)/@kind)"),
                figures: figures))
        }
        return ReportFigures(
            experiment: try parsed.xpathString("string(/lb:report/lb:experiment/lb:name)"),
            version: try parsed.xpathString("string(/lb:report/@version)"),
            testLeads: try number("/lb:report/lb:window/lb:testLeads", in: parsed).flatMap { Int(exactly: $0) },
            models: models)
    }

    /// The element of `metric` under a model, and whether it is a bootstrap interval.
    private static func figure(_ metric: GateMetric, of model: String, in parsed: ParsedMarkup) throws(MarkupError) -> ReportFigure? {
        switch metric {
        case .auc: try interval("\(model)/lb:auc", in: parsed)
        case .averagePrecision: try interval("\(model)/lb:averagePrecision", in: parsed)
        case .precision: try interval("\(model)/lb:precision", in: parsed)
        case .recall: try interval("\(model)/lb:recall", in: parsed)
        case .f1: try interval("\(model)/lb:f1", in: parsed)
        case .lift: try interval("\(model)/lb:lift", in: parsed)
        case .ks: try plain("\(model)/lb:ks", in: parsed)
        case .brier: try plain("\(model)/lb:brier", in: parsed)
        case .logLoss: try plain("\(model)/lb:logLoss", in: parsed)
        case .qualifiedPerWeek: try plain("\(model)/lb:perWeek", in: parsed)
        case .medianSalesCycleDays:
            if let median = try interval("\(model)/lb:salesCycle/lb:medianInterval", in: parsed) {
                median
            } else {
                try plain("\(model)/lb:salesCycle/lb:qualificationToConversion/lb:median", in: parsed)
            }
        }
    }

    private static func interval(_ element: String, in parsed: ParsedMarkup) throws(MarkupError) -> ReportFigure? {
        guard let estimate = try number("\(element)/lb:estimate", in: parsed) else { return nil }
        return ReportFigure(
            estimate: estimate, lower: try number("\(element)/lb:lower", in: parsed), upper: try number("\(element)/lb:upper", in: parsed),
            confidence: try number("\(element)/lb:confidence", in: parsed))
    }

    private static func plain(_ element: String, in parsed: ParsedMarkup) throws(MarkupError) -> ReportFigure? {
        try number(element, in: parsed).map { ReportFigure(estimate: $0) }
    }

    /// The number in the first element `xpath` selects, or `nil` when there is none.
    private static func number(_ xpath: String, in parsed: ParsedMarkup) throws(MarkupError) -> Double? {
        guard let text = try parsed.xpathStrings(xpath).first else { return nil }
        return xsdDouble(text.trimmingCharacters(in: .whitespaces))
    }

    /// An `xs:double` lexical value: XML Schema spells infinities `INF`, `-INF` and not-a-number `NaN`.
    static func xsdDouble(_ text: String) -> Double? {
        switch text {
        case "INF", "+INF": .infinity
        case "-INF": -.infinity
        case "NaN": .nan
        default: Double(text)
        }
    }
}
