import CLibXML2

/// Internal glue between Swift and libxml2 2.9.
///
/// Rules this file enforces for the whole module:
/// - `xmlInitParser()` runs exactly once, before any other libxml2 call, through a `static let`
///   (Swift's lazy globals are initialised with `swift_once`, so concurrent first uses are safe).
///   libxml2 2.9 initialises some shared tables (dictionary mutex, HTML auto-close table, XPath
///   constants) lazily and not always race-free, so every public entry point calls
///   ``LibXML2/ensureInitialized()`` first. `xmlCleanupParser()` is never called: it would tear
///   down state other threads may still use.
/// - No libxml2 pointer is ever stored in a global (gotcha G3); pointers live in instances that
///   free them in `deinit`.
/// - `xmlFree` is only called through the `clibxml2_free` shim (gotcha G2).
enum LibXML2 {
    /// `Void` is `Sendable`, so this lazy global is a legal once-token under Swift 6.
    private static let initialized: Void = { xmlInitParser() }()

    /// Runs `xmlInitParser()` once per process; cheap after the first call.
    static func ensureInitialized() { _ = initialized }
}

// MARK: - String bridging

/// Calls `body` with `string` as a NUL-terminated `const xmlChar *` (xmlChar is `UInt8`).
///
/// The caller must make sure `string` holds no U+0000 (a NUL would truncate it silently);
/// text goes through ``MarkupText/sanitized(_:)`` and names through ``MarkupName`` first.
func withXMLChars<R, E: Error>(
    _ string: String, _ body: (UnsafePointer<xmlChar>) throws(E) -> R
) throws(E) -> R {
    var utf8 = Array(string.utf8)
    utf8.append(0)
    return try utf8.withUnsafeBufferPointer { (buffer) throws(E) -> R in
        // The array is never empty (it holds at least the terminator).
        guard let base = buffer.baseAddress else { preconditionFailure("empty NUL-terminated buffer") }
        return try body(base)
    }
}

/// Copies a libxml2-owned `xmlChar *` into a `String` without freeing it.
func string(borrowing pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)  // repairs invalid UTF-8 with U+FFFD
}

/// Copies a caller-owned `xmlChar *` (one that libxml2 documents as "must be freed") into a
/// `String` and frees it with `xmlFree`.
func string(consuming pointer: UnsafeMutablePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    defer { clibxml2_free(pointer) }
    return string(borrowing: UnsafePointer(pointer))
}
