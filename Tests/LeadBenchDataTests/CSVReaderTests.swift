import LeadBenchData
import LeadBenchTestSupport
import Testing

/// Reads every record of `text` with the given chunk size.
private func records(_ text: String, chunkSize: Int = 1 << 20, delimiter: UInt8? = nil) throws -> (header: [String], rows: [[String]], lines: [Int], delimiter: UInt8) {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = dir.write("t.csv", text)
    return try records(path: path, chunkSize: chunkSize, delimiter: delimiter)
}

private func records(path: String, chunkSize: Int = 1 << 20, delimiter: UInt8? = nil) throws -> (header: [String], rows: [[String]], lines: [Int], delimiter: UInt8) {
    var reader = try CSVReader.open(path: path, delimiter: delimiter, chunkSize: chunkSize)
    var rows: [[String]] = []
    var lines: [Int] = []
    while try reader.nextRecord() {
        rows.append((0..<reader.fieldCount).map { reader.string(at: $0) })
        lines.append(reader.recordLine)
    }
    return (reader.header, rows, lines, reader.delimiter)
}

@Suite struct CSVReaderTests {
    static let tricky = "\u{FEFF}id,name,note\r\n1,\"Smith, Jane\",\"said \"\"hi\"\"\"\r\n2,,\"two\r\nlines\"\r\n3,plain,\r\n"

    @Test func quotingEmbeddedNewlinesBOMAndCRLF() throws {
        let result = try records(Self.tricky)
        #expect(result.header == ["id", "name", "note"])
        #expect(result.rows == [["1", "Smith, Jane", "said \"hi\""], ["2", "", "two\r\nlines"], ["3", "plain", ""]])
        // Record 3 starts on line 5 because record 2 spans lines 3 and 4.
        #expect(result.lines == [2, 3, 5])
    }

    /// Every chunk size from 16 bytes up splits records, quotes and CRLF pairs at every possible place.
    @Test(arguments: [16, 17, 18, 19, 20, 23, 29, 31, 64])
    func tinyChunksGiveTheSameRecords(chunkSize: Int) throws {
        let long = (0..<40).map { "row \($0),\"quoted, \($0) \"\"x\"\"\",\($0)\r\n" }.joined()
        let text = Self.tricky + long
        let whole = try records(text)
        let chunked = try records(text, chunkSize: chunkSize)
        #expect(chunked.rows == whole.rows)
        #expect(chunked.lines == whole.lines)
        #expect(whole.rows.count == 43)
    }

    @Test func detectsSemicolonAndTab() throws {
        #expect(try records("a;b;c\n1;2,5;3\n").rows == [["1", "2,5", "3"]])
        #expect(try records("a;b;c\n1;2;3\n").delimiter == UInt8(ascii: ";"))
        #expect(try records("a\tb\n\"x;y\"\t2\n").rows == [["x;y", "2"]])
        // A comma inside a quoted header name does not count towards detection.
        #expect(try records("\"a,b\";c\n1;2\n").header == ["a,b", "c"])
    }

    @Test func lastLineWithoutNewlineAndBlankLines() throws {
        #expect(try records("a,b\n1,2\n\n3,4").rows == [["1", "2"], ["3", "4"]])
        #expect(try records("a,b\r\n\r\n1,2\r\n").rows == [["1", "2"]])
    }

    @Test func aQuoteInsideAnUnquotedFieldIsLiteral() throws {
        #expect(try records("size,x\n5\" screen,1\n").rows == [["5\" screen", "1"]])
    }

    @Test func unterminatedQuoteNamesItsLine() throws {
        let error = #expect(throws: InputError.self) { try records("a,b\n1,2\n3,\"open\n4,5\n") }
        #expect(error?.issues.first?.kind == .malformedCSV)
        #expect(error?.issues.first?.line == 3)
    }

    @Test func textAfterAClosingQuoteIsAnError() throws {
        let error = #expect(throws: InputError.self) { try records("a,b\n\"x\"y,2\n") }
        #expect(error?.issues.first?.line == 2)
        #expect(error?.issues.first?.message.contains("closing quote") == true)
    }

    @Test func wrongFieldCountNamesLineAndCounts() throws {
        let error = #expect(throws: InputError.self) { try records("a,b,c\n1,2,3\n4,5\n") }
        #expect(error?.issues.first?.line == 3)
        #expect(error?.issues.first?.message == "this row has 2 fields but the header has 3")
    }

    @Test func emptyAndMissingFiles() throws {
        let empty = #expect(throws: InputError.self) { try records("") }
        #expect(empty?.issues.first?.message.contains("empty") == true)
        let missing = #expect(throws: InputError.self) { _ = try CSVReader.open(path: "/nonexistent/leads.csv") }
        #expect(missing?.issues.first?.kind == .unreadableFile)
        #expect(missing?.issues.first?.file == "/nonexistent/leads.csv")
    }

    @Test func writerOutputReadsBack() throws {
        let rows = [["plain", "with, comma", "with \"quote\"", "two\nlines", "", "tab\there"]]
        var writer = CSVWriter()
        writer.writeRow(["a", "b", "c", "d", "e", "f"])
        for row in rows { writer.writeRow(row) }
        #expect(try records(writer.text, delimiter: UInt8(ascii: ",")).rows == rows)
    }

    /// A field is quoted exactly when it holds a quote, a line break or the delimiter, whatever the
    /// delimiter and whatever else the field holds.
    @Test func escapeQuotesOnlyWhatItMust() {
        #expect(CSVWriter.escape("Café, Zürich") == "\"Café, Zürich\"")
        #expect(CSVWriter.escape("Café; Zürich") == "Café; Zürich")
        #expect(CSVWriter.escape("Café; Zürich", delimiter: ";") == "\"Café; Zürich\"")
        #expect(CSVWriter.escape("say \"hi\"", delimiter: ";") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.escape("a\tb", delimiter: "\t") == "\"a\tb\"")
        #expect(CSVWriter.escape("a→b", delimiter: "→") == "\"a→b\"")
        #expect(CSVWriter.escape("a,b", delimiter: "→") == "a,b")
    }
}
