import LeadBenchReports
import Testing

@Suite("MarkupText sanitizing")
struct MarkupTextTests {
    @Test("clean text comes back unchanged")
    func cleanTextUnchanged() {
        let text = "Lead score 0.91 — café ✓ 😀\ttab\nnewline\r"
        #expect(MarkupText.sanitized(text) == text)
    }

    @Test("each forbidden control and non-character becomes one U+FFFD")
    func forbiddenScalarsReplaced() {
        #expect(MarkupText.sanitized("\u{0}\u{7}") == "\u{FFFD}\u{FFFD}")
        #expect(MarkupText.sanitized("a\u{8}b\u{B}c\u{C}d\u{E}e\u{1F}f") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f")
        #expect(MarkupText.sanitized("x\u{FFFE}y\u{FFFF}z") == "x\u{FFFD}y\u{FFFD}z")
        // Allowed: TAB, LF, CR, DEL and C1 controls are legal XML 1.0 characters.
        #expect(MarkupText.sanitized("\t\n\r\u{7F}\u{85}") == "\t\n\r\u{7F}\u{85}")
    }

    @Test("isAllowed follows the XML 1.0 Char production at its edges")
    func allowedEdges() {
        let allowed: [Unicode.Scalar] = ["\u{9}", "\u{A}", "\u{D}", "\u{20}", "\u{D7FF}", "\u{E000}", "\u{FFFD}", "\u{10000}", "\u{10FFFF}"]
        let forbidden: [Unicode.Scalar] = ["\u{0}", "\u{8}", "\u{B}", "\u{C}", "\u{E}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"]
        #expect(allowed.allSatisfy(MarkupText.isAllowed))
        #expect(!forbidden.contains(where: MarkupText.isAllowed))
    }

    @Test("invalid UTF-8 bytes decode to U+FFFD per maximal invalid subsequence")
    func invalidUTF8() {
        #expect(MarkupText.sanitized(utf8: Hostile.invalidUTF8) == Hostile.invalidUTF8Sanitized)
        #expect(MarkupText.sanitized(utf8: [0x61, 0xFF, 0xFE, 0xC3, 0x00]) == "a\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
        // A truncated 3-byte sequence (E2 82 of "€") is one maximal subpart: one U+FFFD.
        #expect(MarkupText.sanitized(utf8: [0xE2, 0x82, 0x41]) == "\u{FFFD}A")
        #expect(MarkupText.sanitized(utf8: Array("ok €".utf8)) == "ok €")
        let fromRawBuffer = Hostile.invalidUTF8.withUnsafeBytes { MarkupText.sanitized(utf8: $0) }
        #expect(fromRawBuffer == Hostile.invalidUTF8Sanitized)
    }
}
