import Foundation

/// The hostile inputs every round-trip test uses, with what must come back after parsing.
enum Hostile {
    static let script = "<script>alert(1)</script>"
    static let quotes = "\"quotes\" & 'apostrophes'"
    static let controls = "a\u{0}b\u{7}c"
    static let controlsSanitized = "a\u{FFFD}b\u{FFFD}c"
    static let invalidUTF8: [UInt8] = [0xFF, 0xFE, 0xC3]
    static let invalidUTF8Sanitized = "\u{FFFD}\u{FFFD}\u{FFFD}"
}
