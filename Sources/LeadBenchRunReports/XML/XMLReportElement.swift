import LeadBenchMetrics
import LeadBenchReports

/// An element of the XML report under construction, with the report's conventions built in: every
/// number goes through ``ReportNumber/exact(_:)``, and a figure that is `nil` is left out (the schema
/// declares it `minOccurs="0"`, or the attribute optional), never written empty.
struct XMLReportElement {
    let node: MarkupNode

    /// Appends a child element, with the attributes whose value is not `nil`, in order.
    @discardableResult
    func child(_ name: String, attributes: [(String, String?)] = []) throws(MarkupError) -> XMLReportElement {
        let present = attributes.compactMap { pair in pair.1.map { (pair.0, $0) } }
        return XMLReportElement(node: try node.element(name, attributes: present))
    }

    /// Appends `<name>text</name>`, or nothing for `nil`.
    func text(_ name: String, _ value: String?) throws(MarkupError) {
        guard let value else { return }
        try node.element(name, text: value)
    }

    /// Appends `<name>number</name>`, written to read back as exactly `value`; nothing for `nil`.
    func number(_ name: String, _ value: Double?) throws(MarkupError) {
        try text(name, Self.exact(value))
    }

    /// Appends `<name>whole number</name>`; nothing for `nil`.
    func integer(_ name: String, _ value: (some BinaryInteger)?) throws(MarkupError) {
        try text(name, value.map { String($0) })
    }

    /// Appends `<name>true</name>` or `<name>false</name>`.
    func flag(_ name: String, _ value: Bool) throws(MarkupError) {
        try text(name, value ? "true" : "false")
    }

    /// Appends `<list><item>…</item>…</list>`: the list always, one `item` per string.
    func strings(_ list: String, item: String, _ values: [String]) throws(MarkupError) {
        let element = try child(list)
        for value in values { try element.text(item, value) }
    }

    /// Appends a bootstrap interval (schema type `BootstrapInterval`); nothing for `nil`.
    func interval(_ name: String, _ value: BootstrapInterval?) throws(MarkupError) {
        guard let value else { return }
        let element = try child(name)
        try element.number("estimate", value.estimate)
        try element.number("lower", value.lower)
        try element.number("upper", value.upper)
        try element.number("confidence", value.confidence)
        try element.number("standardError", value.standardError)
        try element.integer("resamplesUsed", value.resamplesUsed)
        try element.integer("skipped", value.skipped)
    }

    /// Appends a closed-form interval (schema type `ConfidenceInterval`).
    func interval(_ name: String, _ value: ConfidenceInterval) throws(MarkupError) {
        let element = try child(name)
        try element.number("estimate", value.estimate)
        try element.number("lower", value.lower)
        try element.number("upper", value.upper)
        try element.number("confidence", value.confidence)
    }

    /// Appends a sample summary (schema type `SampleSummary`); nothing for `nil`.
    func summary(_ name: String, _ value: SampleSummary?) throws(MarkupError) {
        guard let value else { return }
        let element = try child(name)
        try element.integer("count", value.count)
        try element.number("mean", value.mean)
        try element.number("minimum", value.minimum)
        try element.number("lowerQuartile", value.lowerQuartile)
        try element.number("median", value.median)
        try element.number("upperQuartile", value.upperQuartile)
        try element.number("p90", value.p90)
        try element.number("maximum", value.maximum)
    }

    /// `value` as the report writes numbers, `nil` for `nil`: for attributes of repeated rows.
    static func exact(_ value: Double?) -> String? {
        value.map(ReportNumber.exact)
    }
}
