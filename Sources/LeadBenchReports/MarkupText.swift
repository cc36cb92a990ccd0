/// Makes arbitrary text safe to hand to libxml2.
///
/// Rule: every string that becomes text or an attribute value passes through
/// ``sanitized(_:)`` first (``MarkupNode`` does this for you). XML 1.0 allows only
/// `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`; a Swift `String`
/// cannot hold invalid UTF-8 or lone surrogates, so what is left to remove is the forbidden
/// C0 controls (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F) and the non-characters U+FFFE and
/// U+FFFF. Each is replaced by U+FFFD REPLACEMENT CHARACTER, so lengths in scalars are kept
/// and the damage stays visible. (C1 controls U+0080–U+009F are legal XML 1.0 and are kept.)
///
/// Escaping of `<`, `&`, `"` is *not* done here: libxml2 escapes on output because text and
/// attribute values are stored as text nodes, never as markup.
public enum MarkupText {
    /// U+FFFD, the scalar that replaces anything unsafe.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether `scalar` may appear in XML 1.0 character data.
    @inlinable
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F: false
        case 0xFFFE, 0xFFFF: false
        default: true  // surrogates cannot occur in Unicode.Scalar
        }
    }

    /// `text` with every scalar XML 1.0 forbids replaced by U+FFFD. Returns `text` itself
    /// (no copy) when nothing needs replacing.
    public static func sanitized(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isAllowed(scalar) ? scalar : replacement)
        }
        return String(scalars)
    }

    /// Decodes bytes that *should* be UTF-8 but may not be (a CSV cell, a file name, a
    /// subprocess's output) into a string that is safe for markup.
    ///
    /// Each maximal invalid UTF-8 subsequence becomes one U+FFFD (the Unicode "substitution of
    /// maximal subparts" practice that `String(decoding:as:)` follows), then ``sanitized(_:)``
    /// replaces the forbidden controls. Example: `[0x61, 0xFF, 0xFE, 0xC3, 0x00]` gives
    /// `"a\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"`.
    ///
    /// Accepts `[UInt8]`, `ArraySlice<UInt8>`, `UnsafeRawBufferPointer`, `Data`, …
    public static func sanitized(utf8 bytes: some Collection<UInt8>) -> String {
        sanitized(String(decoding: bytes, as: UTF8.self))
    }
}
