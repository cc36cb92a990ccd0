import CLibXML2
import LeadBenchReports
import Testing

@Suite("ParsedMarkup and XPath")
struct ParsedMarkupTests {
    let xml = ParsedMarkupTests.parse("""
        <runs>
          <run id="a" auc="0.5">first</run>
          <run id="b" auc="0.75">second <b>bold</b></run>
        </runs>
        """)

    static func parse(_ text: String) -> ParsedMarkup? { try? ParsedMarkup(xml: Array(text.utf8)) }

    @Test("node sets, counts, strings and numbers")
    func xpathKinds() throws {
        let xml = try #require(self.xml)
        #expect(xml.diagnostics.isEmpty)
        #expect(try xml.xpathStrings("//run") == ["first", "second bold"])
        #expect(try xml.xpathStrings("//run/@id") == ["a", "b"])
        #expect(try xml.xpathStrings("//missing") == [])
        #expect(try xml.xpathStrings("count(//run)") == ["2"])
        #expect(try xml.xpathCount("//run") == 2)
        #expect(try xml.xpathCount("count(//run[@auc > 0.6])") == 1)
        #expect(try xml.xpathString("string(//run[2]/@id)") == "b")
        #expect(try xml.xpathString("//run/@id") == "a")  // first node in document order
        #expect(try xml.xpathString("count(//run)") == "2")
        #expect(try xml.xpathString("1 = 1") == "true")
        #expect(try xml.xpathString("//missing") == "")
        #expect(try xml.xpathNumber("sum(//run/@auc)") == 1.25)
    }

    @Test("xpathCount refuses results that are not counts")
    func xpathCountWrongType() throws {
        let xml = try #require(self.xml)
        for expression in ["string(//run)", "sum(//run/@auc)", "1 = 1"] {
            let error = #expect(throws: MarkupError.self) { try xml.xpathCount(expression) }
            #expect(error?.kind == .xpathFailed)
        }
    }

    @Test("an invalid XPath throws xpathFailed with libxml2's message, and prints nothing")
    func invalidXPath() throws {
        let xml = try #require(self.xml)
        let error = #expect(throws: MarkupError.self) { try xml.xpathStrings("//run[") }
        #expect(error?.kind == .xpathFailed)
        #expect(error?.details.isEmpty == false)
        let unknownPrefix = #expect(throws: MarkupError.self) { try xml.xpathCount("//p:run") }
        #expect(unknownPrefix?.kind == .xpathFailed)
    }

    @Test("malformed XML throws parseFailed with line-numbered details")
    func malformedXML() {
        let error = #expect(throws: MarkupError.self) { try ParsedMarkup(xml: Array("<a>\n<b></a>".utf8)) }
        #expect(error?.kind == .parseFailed)
        #expect(error?.details.first?.hasPrefix("line 2: ") == true)
        #expect(error?.details.first?.contains("mismatch") == true)
    }

    @Test("empty input throws parseFailed")
    func emptyInput() {
        #expect(throws: MarkupError.self) { try ParsedMarkup(html: [UInt8]()) }
        #expect(throws: MarkupError.self) { try ParsedMarkup(xml: [UInt8]()) }
    }

    @Test("the parser does not expand external entities or touch the network")
    func noExternalEntities() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <r>&secret;</r>
            """
        let parsed = try ParsedMarkup(xml: Array(text.utf8))
        #expect(try parsed.xpathString("/r") == "")
    }

    @Test("HTML recovers from broken markup")
    func htmlRecovers() throws {
        let page = try ParsedMarkup(html: Array("<p>one<p>two <b>bold</i>".utf8))
        #expect(try page.xpathStrings("//p") == ["one", "two bold"])
    }

    @Test("capturing libxml2 errors restores the thread's previous (empty) handler")
    func handlerRestored() throws {
        _ = try? ParsedMarkup(xml: Array("<a>".utf8))
        _ = try? self.xml?.xpathCount("//[")
        #expect(__xmlStructuredError()?.pointee == nil)
        #expect(__xmlStructuredErrorContext()?.pointee == nil)
    }
}

@Suite("Concurrent use")
struct ConcurrencyTests {
    @Test("independent documents can be built, parsed and validated on many threads at once")
    func parallelDocuments() async throws {
        let expected = try buildSamplePage().serialized()
        let results = await withTaskGroup(of: Bool.self) { group in
            for task in 0..<8 {
                group.addTask {
                    do {
                        let schema = try XMLSchema(xsd: reportXSD)
                        for round in 0..<25 {
                            guard try buildSamplePage().serialized() == expected else { return false }
                            let page = try ParsedMarkup(reading: buildSamplePage())
                            guard try page.xpathCount("count(//table/tr)") == 3 else { return false }
                            let bad = try buildReport(metrics: [("m\(task)", round.isMultiple(of: 2) ? "1" : "x")])
                            guard schema.validate(bad).count == (round.isMultiple(of: 2) ? 0 : 1) else { return false }
                            guard (try? page.xpathCount("//[")) == nil else { return false }
                        }
                        return true
                    } catch {
                        return false
                    }
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: true, count: 8))
    }
}
