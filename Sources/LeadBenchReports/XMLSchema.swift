import CLibXML2

/// A compiled W3C XML Schema (XSD 1.0) that validates XML documents and reports every error.
///
/// Rules:
/// - Compile errors (malformed XSD, unknown types, a missing file) throw
///   ``MarkupError/Kind/schemaFailed`` with all of libxml2's messages in `details`.
/// - ``validate(_:)-(MarkupDocument)`` returns *all* violations as `line N: message` strings;
///   an empty array means valid. Internal failures also come back as messages, so a non-empty
///   result always means "do not trust this document" (fail closed).
/// - Each validation uses its own `xmlSchemaValidCtxt`; errors are collected through
///   `xmlSchemaSetValidStructuredErrors` into a per-call box, never printed.
/// - Not `Sendable`. libxml2 documents a compiled schema as read-only during validation, but
///   leadbench does not rely on that: compile one per task.
/// - Trust: libxml2 2.9 parses XSDs with `XML_PARSE_NOENT` (entities are expanded) and resolves
///   `xs:include`/`xs:import` relative to the file (or the working directory for in-memory
///   XSDs). Only load schemas that ship with leadbench.
public final class XMLSchema {
    let pointer: xmlSchemaPtr

    /// Compiles the XSD in `text`.
    public convenience init(xsd text: String) throws(MarkupError) {
        try self.init(xsd: Array(text.utf8))
    }

    /// Compiles the XSD in `bytes` (UTF-8, or whatever its XML declaration says).
    public convenience init(xsd bytes: some Collection<UInt8>) throws(MarkupError) {
        LibXML2.ensureInitialized()
        let array = Array(bytes)
        guard !array.isEmpty, let count = Int32(exactly: array.count) else {
            throw MarkupError(.schemaFailed, "XSD input is empty or too large (\(array.count) bytes)")
        }
        let schema = try array.withUnsafeBufferPointer { (buffer) throws(MarkupError) -> xmlSchemaPtr in
            try buffer.withMemoryRebound(to: CChar.self) { (chars) throws(MarkupError) -> xmlSchemaPtr in
                try Self.compile(source: "in-memory XSD") { xmlSchemaNewMemParserCtxt(chars.baseAddress, count) }
            }
        }
        self.init(pointer: schema)
    }

    /// Compiles the XSD file at `path`; includes and imports resolve relative to it.
    public convenience init(contentsOfFile path: String) throws(MarkupError) {
        LibXML2.ensureInitialized()
        guard !path.utf8.contains(0) else { throw MarkupError(.schemaFailed, "XSD path contains NUL") }
        let schema = try Self.compile(source: path) { xmlSchemaNewParserCtxt(path) }
        self.init(pointer: schema)
    }

    private init(pointer: xmlSchemaPtr) { self.pointer = pointer }

    deinit { xmlSchemaFree(pointer) }

    private static func compile(
        source: String, _ makeContext: () -> xmlSchemaParserCtxtPtr?
    ) throws(MarkupError) -> xmlSchemaPtr {
        guard let context = makeContext() else {
            throw MarkupError(.libxml2Failure, "cannot create a schema parser context for \(source)")
        }
        defer { xmlSchemaFreeParserCtxt(context) }
        let log = LibXML2ErrorLog()
        // Schema errors arrive through the context's handler; the XML syntax errors of the XSD
        // itself (and file-loading errors) only through the thread's handler, so install both.
        xmlSchemaSetParserStructuredErrors(context, LibXML2ErrorLog.handler, log.opaque)
        let schema = log.capturing { xmlSchemaParse(context) }
        guard let schema, log.errorCount == 0 else {
            if let schema { xmlSchemaFree(schema) }
            throw MarkupError(.schemaFailed, "cannot compile the XML schema \(source)", details: log.messages)
        }
        return schema
    }

    /// All violations of this schema in `document`, as `line N: message`; `[]` when valid.
    ///
    /// The document is serialized and parsed back first, so line numbers refer to the text
    /// ``MarkupDocument/serialized()`` produces (a tree built in memory has no line numbers).
    public func validate(_ document: MarkupDocument) -> [String] {
        do {
            let parsed = try ParsedMarkup(reading: document)
            return validate(parsed)
        } catch {
            return ["cannot re-read the document for validation: \(error.message)"] + error.details
        }
    }

    /// All violations of this schema in `parsed` (normally parsed from XML), as `line N: message`.
    public func validate(_ parsed: ParsedMarkup) -> [String] {
        guard let context = xmlSchemaNewValidCtxt(pointer) else {
            return ["cannot create a schema validation context"]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let log = LibXML2ErrorLog()
        xmlSchemaSetValidStructuredErrors(context, LibXML2ErrorLog.handler, log.opaque)
        // G7: 0 means valid, > 0 is the code of the last error (not a count), -1 an internal error.
        let status = log.capturing { xmlSchemaValidateDoc(context, parsed.pointer) }
        var messages = log.messages
        if status != 0 && messages.isEmpty {
            messages.append("schema validation failed with libxml2 status \(status) and no message")
        }
        return messages
    }
}

@available(*, unavailable)
extension XMLSchema: Sendable {}
