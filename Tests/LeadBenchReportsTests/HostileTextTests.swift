import LeadBenchReports
import Testing

/// One hostile input: what goes in (a String or raw bytes) and what must come out after
/// serializing and parsing back with libxml2.
struct HostileCase: Sendable, CustomTestStringConvertible {
    let label: String
    let input: String
    let expected: String

    var testDescription: String { label }

    static let all: [HostileCase] = [
        HostileCase(label: "script tag", input: Hostile.script, expected: Hostile.script),
        HostileCase(label: "quotes and ampersand", input: Hostile.quotes, expected: Hostile.quotes),
        HostileCase(label: "NUL and BEL", input: Hostile.controls, expected: Hostile.controlsSanitized),
        HostileCase(
            label: "invalid UTF-8 FF FE C3", input: MarkupText.sanitized(utf8: Hostile.invalidUTF8),
            expected: Hostile.invalidUTF8Sanitized),
        HostileCase(
            label: "everything at once",
            input: Hostile.script + Hostile.quotes + Hostile.controls + String(decoding: Hostile.invalidUTF8, as: UTF8.self) + "]]>",
            expected: Hostile.script + Hostile.quotes + Hostile.controlsSanitized + Hostile.invalidUTF8Sanitized + "]]>"),
    ]
}

@Suite("Hostile text round-trips")
struct HostileTextTests {
    @Test("HTML text and attribute values round-trip; no <script> element appears", arguments: HostileCase.all)
    func html(_ hostile: HostileCase) throws {
        let doc = try MarkupDocument.html()
        let body = try doc.root.element("body")
        try body.element("p", attributes: ["id": "cell", "title": hostile.input], text: hostile.input)
        let div = try body.element("div", attributes: ["id": "appended"])
        try div.text(hostile.input)

        let page = try ParsedMarkup(html: try doc.serialized())
        #expect(try page.xpathString("//p[@id='cell']") == hostile.expected)
        #expect(try page.xpathString("//p[@id='cell']/@title") == hostile.expected)
        #expect(try page.xpathString("//div[@id='appended']") == hostile.expected)
        #expect(try page.xpathCount("count(//script)") == 0)
        #expect(try page.xpathCount("count(//body/*)") == 2)
    }

    @Test("XML text and attribute values round-trip and stay well-formed", arguments: HostileCase.all)
    func xml(_ hostile: HostileCase) throws {
        let doc = try MarkupDocument.xml(root: "report", namespace: "urn:leadbench:test")
        try doc.root.element("cell", attributes: ["value": hostile.input], text: hostile.input)

        let parsed = try ParsedMarkup(xml: try doc.serialized(), namespaces: ["t": "urn:leadbench:test"])
        #expect(parsed.diagnostics.isEmpty)
        #expect(try parsed.xpathString("/t:report/t:cell") == hostile.expected)
        #expect(try parsed.xpathString("/t:report/t:cell/@value") == hostile.expected)
        #expect(try parsed.xpathCount("count(//*[local-name()='script'])") == 0)
    }

    @Test("XML attributes keep tabs and newlines (written as character references)")
    func xmlAttributeWhitespace() throws {
        let doc = try MarkupDocument.xml(root: "r")
        try doc.root.attribute("v", "a\tb\nc\rd")
        let xml = try doc.serializedString()
        #expect(xml == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r v=\"a&#9;b&#10;c&#13;d\"/>\n")
        #expect(try ParsedMarkup(xml: Array(xml.utf8)).xpathString("/r/@v") == "a\tb\nc\rd")
    }
}
