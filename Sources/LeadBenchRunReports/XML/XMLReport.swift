import LeadBenchReplay
import LeadBenchReports

/// The XML report of a run (DESIGN §6): every figure of ``RunResults``, machine-readable, in the
/// namespace ``ReportSchema/namespace`` and valid against ``ReportSchema/xsd``
/// (`schemas/leadbench-report.xsd`).
///
///     let bytes = try XMLReport.bytes(results)          // validated; throws rather than return invalid XML
///     try AtomicFile.write(bytes, to: "\(out)/report.xml")
///
/// Rules:
/// - Built with libxml2's tree API through ``MarkupDocument``: text and attribute values are escaped by
///   construction, and characters XML forbids (C0 controls) become U+FFFD.
/// - Validated against the schema before the bytes are handed out; a report that does not validate is
///   a ``RunReportError/schemaViolations(_:)`` listing every violation, so nothing invalid is written.
/// - Numbers are written by ``ReportNumber/exact(_:)``, so they read back as exactly the computed
///   doubles; a figure that is `nil` is an absent element.
/// - Deterministic: the same results give byte-identical bytes (no timestamps, fixed order).
public enum XMLReport {
    /// The report of `results`, validated against the schema.
    ///
    /// - Throws: ``RunReportError/schemaViolations(_:)`` when the document does not validate, or
    ///   ``RunReportError/markup(_:)`` when libxml2 fails.
    public static func document(_ results: RunResults) throws(RunReportError) -> MarkupDocument {
        let document = try build(results)
        try validate(document)
        return document
    }

    /// The serialized report of `results` (UTF-8, with an XML declaration), validated against the
    /// schema: the very bytes returned are parsed back and checked.
    ///
    /// - Throws: ``RunReportError/schemaViolations(_:)`` when the report does not validate, or
    ///   ``RunReportError/markup(_:)`` when libxml2 fails.
    public static func bytes(_ results: RunResults) throws(RunReportError) -> [UInt8] {
        let document = try build(results)
        let bytes = try markup { () throws(MarkupError) in try document.serialized() }
        try validate(bytes: bytes)
        return bytes
    }

    /// Checks `document` against the report's schema.
    ///
    /// - Throws: ``RunReportError/schemaViolations(_:)`` with every violation, as `line N: message` of
    ///   the serialized document.
    public static func validate(_ document: MarkupDocument) throws(RunReportError) {
        try validate(bytes: try markup { () throws(MarkupError) in try document.serialized() })
    }

    /// Checks serialized XML against the report's schema.
    ///
    /// - Throws: ``RunReportError/schemaViolations(_:)`` with every violation, or
    ///   ``RunReportError/markup(_:)`` when the bytes are not well-formed XML.
    public static func validate(bytes: some Collection<UInt8>) throws(RunReportError) {
        // Compiled per call: XMLSchema is not Sendable, and compiling takes about a millisecond.
        let schema = try markup { () throws(MarkupError) in try XMLSchema(xsd: ReportSchema.xsd) }
        let parsed = try markup { () throws(MarkupError) in try ParsedMarkup(xml: bytes) }
        let violations = schema.validate(parsed)
        guard violations.isEmpty else { throw .schemaViolations(violations) }
    }

    /// The report's tree, in the schema's order, not yet validated.
    static func build(_ results: RunResults) throws(RunReportError) -> MarkupDocument {
        try markup { () throws(MarkupError) -> MarkupDocument in
            let document = try MarkupDocument.xml(
                root: "report", namespace: ReportSchema.namespace, attributes: ["version": results.version])
            let report = XMLReportElement(node: document.root)
            try experiment(results.experiment, in: report)
            try data(results.data, in: report)
            try window(results.window, in: report)
            try resampling(results.resampling, in: report)
            try leakage(results.leakage, in: report)
            let models = try report.child("models")
            for model in results.models { try self.model(model, in: models) }
            let comparisons = try report.child("comparisons")
            for comparison in results.comparisons { try self.comparison(comparison, in: comparisons) }
            if let ab = results.abReplay { try abReplay(ab, in: report) }
            try report.strings("warnings", item: "warning", results.warnings)
            return document
        }
    }

    /// Runs `body`, turning a ``MarkupError`` into ``RunReportError/markup(_:)``.
    static func markup<T>(_ body: () throws(MarkupError) -> T) throws(RunReportError) -> T {
        do {
            return try body()
        } catch {
            throw .markup(error)
        }
    }
}
