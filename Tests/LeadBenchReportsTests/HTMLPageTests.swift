import LeadBenchReports
import Testing

/// The small report page the HTML tests build: head/title/style, a 3-row table with one
/// hostile cell, and an inline SVG chart.
func buildSamplePage(hostileCell: String = Hostile.script + " " + Hostile.quotes + " " + Hostile.controls) throws(MarkupError) -> MarkupDocument {
    let doc = try MarkupDocument.html()
    let head = try doc.root.element("head")
    try head.element("meta", attributes: ["charset": "utf-8"])
    try head.element("title", text: "Lead scoring report")
    try head.element("style", text: "table { border-collapse: collapse; } td.num { text-align: right; }")
    let body = try doc.root.element("body")
    try body.element("h1", text: "Models")
    try body.element("table", attributes: ["id": "models", "data-title": Hostile.quotes]) { table throws(MarkupError) in
        try table.element("tr") { tr throws(MarkupError) in
            try tr.element("th", text: "model")
            try tr.element("th", text: "AUC")
        }
        for (name, auc) in [("logistic", "0.912"), (hostileCell, "0.5")] {
            try table.element("tr", attributes: ["class": "model"]) { tr throws(MarkupError) in
                try tr.element("td", text: name)
                try tr.element("td", attributes: ["class": "num"], text: auc)
            }
        }
    }
    try body.element(
        "svg", namespace: MarkupNamespace.svg,
        attributes: ["width": "120", "height": "40", "viewBox": "0 0 120 40"]
    ) { svg throws(MarkupError) in
        try svg.element("path", attributes: ["d": "M0 40 L60 10 L120 0", "fill": "none", "stroke": "#36c"])
        try svg.element("text", attributes: ["x": "4", "y": "12"], text: "ROC < 1 & \"AUC\"")
    }
    return doc
}

@Suite("HTML documents")
struct HTMLPageTests {
    @Test("starts with the HTML5 doctype and <html lang>")
    func doctype() throws {
        let html = try MarkupDocument.html(lang: "de").serializedString()
        #expect(html == "<!DOCTYPE html>\n<html lang=\"de\"></html>\n")
        let noLang = try MarkupDocument.html(lang: nil).serializedString()
        #expect(noLang == "<!DOCTYPE html>\n<html></html>\n")
    }

    @Test("the sample page reads back with the structure and text it was built with")
    func readBack() throws {
        let page = try ParsedMarkup(reading: try buildSamplePage())
        #expect(try page.xpathCount("count(//table/tr)") == 3)
        #expect(try page.xpathCount("//tr[@class='model']") == 2)
        #expect(try page.xpathStrings("//tr[@class='model']/td[1]") == [
            "logistic",
            "<script>alert(1)</script> \"quotes\" & 'apostrophes' a\u{FFFD}b\u{FFFD}c",
        ])
        #expect(try page.xpathStrings("//td[@class='num']") == ["0.912", "0.5"])
        #expect(try page.xpathString("//table/@data-title") == Hostile.quotes)
        #expect(try page.xpathString("string(/html/head/title)") == "Lead scoring report")
        #expect(try page.xpathString("//style") == "table { border-collapse: collapse; } td.num { text-align: right; }")
        #expect(try page.xpathCount("count(//script)") == 0)
        #expect(try page.xpathCount("count(//svg)") == 1)
        #expect(try page.xpathString("//svg/@xmlns") == "http://www.w3.org/2000/svg")
        #expect(try page.xpathString("//svg/path/@d") == "M0 40 L60 10 L120 0")
        #expect(try page.xpathString("//svg/text") == "ROC < 1 & \"AUC\"")
    }

    @Test("libxml2 2.9 reports HTML5/SVG tags as invalid but keeps them; diagnostics collect that")
    func svgDiagnostics() throws {
        let page = try ParsedMarkup(reading: try buildSamplePage())
        #expect(!page.diagnostics.isEmpty)
        #expect(page.diagnostics.allSatisfy { $0.hasSuffix("invalid") && $0.contains("Tag ") })
        #expect(page.diagnostics.contains { $0.hasSuffix("Tag svg invalid") })
    }

    @Test("the serialized page escapes the hostile cell (no literal <script>)")
    func escapedBytes() throws {
        let html = try buildSamplePage().serializedString()
        #expect(!html.contains("<script"))
        #expect(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt; \"quotes\" &amp; 'apostrophes' a&#65533;b&#65533;c</td>"))
        #expect(html.contains("data-title=\"&quot;quotes&quot; &amp; 'apostrophes'\""))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\" viewBox=\"0 0 120 40\">"))
    }

    @Test("serialization is deterministic: the same tree gives byte-identical output")
    func deterministic() throws {
        let first = try buildSamplePage()
        let once = try first.serialized()
        #expect(try first.serialized() == once)
        #expect(try buildSamplePage().serialized() == once)
        #expect(try buildSamplePage(hostileCell: "other").serialized() != once)
    }

    @Test("without an http-equiv charset libxml2 writes ASCII with character references; text still round-trips")
    func nonASCII() throws {
        let text = "café → ✓ 😀 \u{FFFD}"
        let doc = try MarkupDocument.html()
        try doc.root.element("body").element("p", text: text)
        let bytes = try doc.serialized()
        #expect(bytes.allSatisfy { $0 < 0x80 })
        #expect(try ParsedMarkup(html: bytes).xpathString("//p") == text)
    }

    @Test("text() appends and merges; attribute() replaces an existing value")
    func textAndAttributes() throws {
        let doc = try MarkupDocument.html()
        let p = try doc.root.element("body").element("p", attributes: ["class": "a", "class": "b"], text: "one")
        try p.text(" & two")
        try p.attribute("title", "x")
        try p.attribute("title", "y<")
        #expect(p.name == "p")
        let html = try doc.serializedString()
        #expect(html.contains("<p class=\"b\" title=\"y&lt;\">one &amp; two</p>"))
    }

    @Test("attributes given as an array of pairs keep their order")
    func arrayAttributes() throws {
        let doc = try MarkupDocument.html()
        let pairs = [("data-z", "1"), ("data-a", "2")]
        try doc.root.element("body").element("div", attributes: pairs)
        #expect(try doc.serializedString().contains("<div data-z=\"1\" data-a=\"2\"></div>"))
    }

    @Test("libxml2's HTML serializer URI-escapes href values (quirk)")
    func hrefEscaping() throws {
        let doc = try MarkupDocument.html()
        try doc.root.element("body").element("a", attributes: ["href": "https://x.test/a b?q=\"1\""], text: "l")
        let page = try ParsedMarkup(reading: doc)
        #expect(try page.xpathString("//a/@href") == "https://x.test/a%20b?q=%221%22")
    }

    @Test("names that are not XML Names are refused", arguments: ["td><script", "", "a b", "1td", "x\u{0}y", "on\"click"])
    func invalidNames(name: String) throws {
        let body = try MarkupDocument.html().root.element("body")
        let elementError = #expect(throws: MarkupError.self) { try body.element(name) }
        #expect(elementError?.kind == .invalidName)
        let attributeError = #expect(throws: MarkupError.self) { try body.attribute(name, "v") }
        #expect(attributeError?.kind == .invalidName)
    }

    @Test("<style>/<script> text that could end the element is refused", arguments: [
        "</style><script>alert(1)</script>", "x</STYLE>", "<!-- y", "a</b",
    ])
    func rawTextGuard(text: String) throws {
        let head = try MarkupDocument.html().root.element("head")
        let style = try head.element("style")
        let error = #expect(throws: MarkupError.self) { try style.text(text) }
        #expect(error?.kind == .unsafeRawText)
        let scriptError = #expect(throws: MarkupError.self) { try head.element("SCRIPT", text: text) }
        #expect(scriptError?.kind == .unsafeRawText)
    }

    @Test("ordinary <style> and <script> text is written unescaped, as HTML requires")
    func rawTextAllowed() throws {
        let doc = try MarkupDocument.html()
        let head = try doc.root.element("head")
        try head.element("style", text: "a > b { content: \"&\"; }")
        try head.element("script", text: "if (a < b && c) { go(); }")
        let html = try doc.serializedString()
        #expect(html.contains("<style>a > b { content: \"&\"; }</style>"))
        #expect(html.contains("<script>if (a < b && c) { go(); }</script>"))
        let page = try ParsedMarkup(html: Array(html.utf8))
        #expect(try page.xpathString("//script") == "if (a < b && c) { go(); }")
    }
}
