/// The one error type of the markup layer (building, serializing, parsing, XPath, XSD).
///
/// Rule: every failure carries a human-readable `message`; when libxml2 reported diagnostics
/// (parse errors with line numbers, XPath syntax errors, schema compile errors) they are kept,
/// in order, in `details`.
public struct MarkupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, coarsely; switch on this, show `description`.
    public enum Kind: Sendable, Equatable {
        /// An element or attribute name that is not an XML `Name` (or is reserved, like `xmlns` in XML).
        case invalidName
        /// Text for an HTML `<script>`/`<style>` element that could end it (contains `</` or `<!--`).
        case unsafeRawText
        /// Bytes that libxml2 could not parse into a document.
        case parseFailed
        /// An XPath expression that libxml2 rejected, or a result of the wrong type.
        case xpathFailed
        /// An XSD that could not be loaded or compiled.
        case schemaFailed
        /// libxml2 returned no result where one was required (in practice: out of memory).
        case libxml2Failure
    }

    public let kind: Kind
    public let message: String
    /// libxml2's own diagnostics, one per line, e.g. `line 2: Opening and ending tag mismatch: …`.
    public let details: [String]

    public init(_ kind: Kind, _ message: String, details: [String] = []) {
        self.kind = kind
        self.message = message
        self.details = details
    }

    public var description: String {
        details.isEmpty ? message : message + "\n" + details.map { "  " + $0 }.joined(separator: "\n")
    }
}
