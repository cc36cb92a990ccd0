import LeadBenchReports
import LeadBenchTestSupport
import Testing

let reportNamespace = "urn:leadbench:report"

/// A small XSD for the namespaced XML report.
let reportXSD = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
               targetNamespace="urn:leadbench:report" xmlns="urn:leadbench:report"
               elementFormDefault="qualified">
      <xs:element name="report">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="metric" maxOccurs="unbounded">
              <xs:complexType>
                <xs:attribute name="name" type="xs:string" use="required"/>
                <xs:attribute name="value" type="xs:decimal" use="required"/>
              </xs:complexType>
            </xs:element>
          </xs:sequence>
          <xs:attribute name="version" type="xs:positiveInteger" use="required"/>
        </xs:complexType>
      </xs:element>
    </xs:schema>
    """

func buildReport(metrics: [(String, String)], version: String = "1") throws(MarkupError) -> MarkupDocument {
    let doc = try MarkupDocument.xml(root: "report", namespace: reportNamespace, attributes: ["version": version])
    for (name, value) in metrics {
        try doc.root.element("metric", attributes: ["name": name, "value": value])
    }
    return doc
}

@Suite("XML documents and XSD validation")
struct XMLDocumentTests {
    @Test("the root declares the default namespace; children inherit it")
    func serializedForm() throws {
        let xml = try buildReport(metrics: [("auc", "0.91"), ("brier", "0.12")]).serializedString()
        #expect(xml == """
            <?xml version="1.0" encoding="UTF-8"?>
            <report xmlns="urn:leadbench:report" version="1">
              <metric name="auc" value="0.91"/>
              <metric name="brier" value="0.12"/>
            </report>

            """)
        let parsed = try ParsedMarkup(xml: Array(xml.utf8), namespaces: ["r": reportNamespace])
        #expect(try parsed.xpathStrings("/r:report/r:metric/@name") == ["auc", "brier"])
        #expect(try parsed.xpathNumber("sum(//r:metric/@value)") == 0.91 + 0.12)
        // XPath 1.0 has no default namespace: unprefixed names do not match namespaced elements.
        #expect(try parsed.xpathCount("//metric") == 0)
    }

    @Test("a nested element can declare its own namespace (SVG in XML)")
    func nestedNamespace() throws {
        let doc = try MarkupDocument.xml(root: "report", namespace: reportNamespace)
        try doc.root.element("svg", namespace: MarkupNamespace.svg) { svg throws(MarkupError) in
            try svg.element("path", attributes: ["d": "M0 0"])
        }
        let parsed = try ParsedMarkup(reading: doc, namespaces: ["s": MarkupNamespace.svg, "r": reportNamespace])
        #expect(try parsed.xpathString("/r:report/s:svg/s:path/@d") == "M0 0")
    }

    @Test("xmlns attributes are refused in XML documents")
    func xmlnsAttributeRefused() throws {
        let doc = try MarkupDocument.xml(root: "r")
        for name in ["xmlns", "xmlns:x"] {
            let error = #expect(throws: MarkupError.self) { try doc.root.attribute(name, "urn:x") }
            #expect(error?.kind == .invalidName)
        }
    }

    @Test("XML serialization is deterministic")
    func deterministic() throws {
        let metrics = [("auc", "0.91"), ("brier", "0.12")]
        #expect(try buildReport(metrics: metrics).serialized() == buildReport(metrics: metrics).serialized())
    }

    @Test("a valid document validates with no messages")
    func valid() throws {
        let schema = try XMLSchema(xsd: reportXSD)
        #expect(schema.validate(try buildReport(metrics: [("auc", "0.91"), ("lift", "-3")])) == [])
    }

    @Test("an invalid attribute type gives one message naming line, element and attribute")
    func invalidAttribute() throws {
        let schema = try XMLSchema(xsd: reportXSD)
        let messages = schema.validate(try buildReport(metrics: [("auc", "0.91"), ("lift", "not-a-number")]))
        #expect(messages == [
            "line 4: Element '{urn:leadbench:report}metric', attribute 'value': 'not-a-number' is not a valid value of the atomic type 'xs:decimal'.",
        ])
    }

    @Test("every violation is reported, not just the first")
    func allErrors() throws {
        let schema = try XMLSchema(xsd: reportXSD)
        let messages = schema.validate(try buildReport(metrics: [("a", "x"), ("b", "y")], version: "0"))
        #expect(messages.count == 3)
        #expect(messages[0].hasPrefix("line 2: Element '{urn:leadbench:report}report', attribute 'version': '0'"))
        #expect(messages[1].hasPrefix("line 3: Element '{urn:leadbench:report}metric', attribute 'value': 'x'"))
        #expect(messages[2].hasPrefix("line 4: Element '{urn:leadbench:report}metric', attribute 'value': 'y'"))
    }

    @Test("a document in the wrong namespace is invalid")
    func wrongNamespace() throws {
        let doc = try MarkupDocument.xml(root: "report", attributes: ["version": "1"])
        let messages = try XMLSchema(xsd: reportXSD).validate(doc)
        #expect(messages == ["line 2: Element 'report': No matching global declaration available for the validation root."])
    }

    @Test("validating parsed bytes reports the lines of those bytes")
    func validateParsed() throws {
        let bytes = Array("""
            <report xmlns="urn:leadbench:report" version="1">

              <metric name="auc"/>
            </report>
            """.utf8)
        let messages = try XMLSchema(xsd: reportXSD).validate(ParsedMarkup(xml: bytes))
        #expect(messages == ["line 3: Element '{urn:leadbench:report}metric': The attribute 'value' is required but missing."])
    }

    @Test("a malformed XSD throws schemaFailed with libxml2's messages")
    func malformedSchema() throws {
        let error = #expect(throws: MarkupError.self) { try XMLSchema(xsd: "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n<xs:element") }
        #expect(error?.kind == .schemaFailed)
        #expect(error?.details.isEmpty == false)
        #expect(error?.details.first?.hasPrefix("line 2: ") == true)
    }

    @Test("an XSD that references an unknown type throws schemaFailed naming it")
    func unknownType() throws {
        let xsd = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="r" type="xs:nope"/>
            </xs:schema>
            """
        let error = #expect(throws: MarkupError.self) { try XMLSchema(xsd: xsd) }
        #expect(error?.kind == .schemaFailed)
        #expect(error?.details == [
            "line 2: element decl. 'r', attribute 'type': The QName value '{http://www.w3.org/2001/XMLSchema}nope' does not resolve to a(n) type definition.",
        ])
    }

    @Test("a schema loads from a file; a missing file throws schemaFailed")
    func schemaFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("report.xsd")
        try AtomicFile.write(reportXSD, to: path)
        let schema = try XMLSchema(contentsOfFile: path)
        #expect(schema.validate(try buildReport(metrics: [("auc", "1")])) == [])

        let error = #expect(throws: MarkupError.self) { try XMLSchema(contentsOfFile: directory.file("missing.xsd")) }
        #expect(error?.kind == .schemaFailed)
        #expect(error?.details.isEmpty == false)
    }
}
