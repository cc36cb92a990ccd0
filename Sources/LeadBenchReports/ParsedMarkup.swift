import CLibXML2

/// A parsed HTML or XML document to inspect with XPath: for tests and for a report check command.
///
/// Rules:
/// - Parsing never touches the network (`*_PARSE_NONET`) and never expands external entities or
///   loads DTDs (the default options are used otherwise).
/// - HTML parses in recovery mode and never fails on markup: libxml2 2.9 knows HTML 4 only and
///   reports `Tag svg invalid` for HTML5/SVG tags, but still builds the full tree. Such
///   messages are collected in ``diagnostics`` instead of printed.
/// - XML must be well-formed; otherwise the initializer throws ``MarkupError/Kind/parseFailed``
///   with libxml2's messages (with line numbers) in `details`.
/// - Not `Sendable` (it owns an `xmlDoc`); every XPath call uses its own context.
public final class ParsedMarkup {
    public let flavor: MarkupDocument.Flavor
    /// What libxml2 reported while parsing, e.g. `line 1: Tag svg invalid`. Empty for clean XML.
    public let diagnostics: [String]
    /// Prefix → namespace URI, registered for every XPath call. XPath 1.0 has no default
    /// namespace, so elements in a namespace need a prefix: with `["r": "urn:leadbench:report"]`
    /// write `//r:metric`.
    public var namespaces: [String: String]
    let pointer: xmlDocPtr

    private init(flavor: MarkupDocument.Flavor, pointer: xmlDocPtr, diagnostics: [String], namespaces: [String: String]) {
        self.flavor = flavor
        self.pointer = pointer
        self.diagnostics = diagnostics
        self.namespaces = namespaces
    }

    deinit { xmlFreeDoc(pointer) }

    /// Parses HTML bytes (decoded as UTF-8 unless a `<meta>` says otherwise) with
    /// `HTML_PARSE_RECOVER | NOERROR | NOWARNING | NONET`.
    public convenience init(html bytes: some Collection<UInt8>) throws(MarkupError) {
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
        let (doc, log) = try Self.parse(bytes, what: "HTML") { base, count in
            htmlReadMemory(base, count, nil, "UTF-8", Int32(bitPattern: options))
        }
        self.init(flavor: .html, pointer: doc, diagnostics: log.messages, namespaces: [:])
    }

    /// Parses well-formed XML bytes with `XML_PARSE_NONET | NOERROR | NOWARNING`.
    public convenience init(xml bytes: some Collection<UInt8>, namespaces: [String: String] = [:]) throws(MarkupError) {
        let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        let (doc, log) = try Self.parse(bytes, what: "XML") { base, count in
            xmlReadMemory(base, count, nil, nil, Int32(bitPattern: options))
        }
        self.init(flavor: .xml, pointer: doc, diagnostics: log.messages, namespaces: namespaces)
    }

    /// Serializes `document` and parses the bytes back, as a reader of the written file would.
    /// Line numbers in ``diagnostics`` (and in schema errors) then refer to the serialized text.
    public convenience init(reading document: MarkupDocument, namespaces: [String: String] = [:]) throws(MarkupError) {
        let bytes = try document.serialized()
        switch document.flavor {
        case .html: try self.init(html: bytes)
        case .xml: try self.init(xml: bytes, namespaces: namespaces)
        }
        self.namespaces = namespaces
    }

    private static func parse(
        _ bytes: some Collection<UInt8>, what: String,
        _ read: (UnsafePointer<CChar>, Int32) -> xmlDocPtr?
    ) throws(MarkupError) -> (xmlDocPtr, LibXML2ErrorLog) {
        LibXML2.ensureInitialized()
        let array = Array(bytes)
        guard !array.isEmpty else { throw MarkupError(.parseFailed, "cannot parse empty \(what) input") }
        guard let count = Int32(exactly: array.count) else {
            throw MarkupError(.parseFailed, "\(what) input of \(array.count) bytes is too large for libxml2")
        }
        let log = LibXML2ErrorLog()
        let doc = log.capturing {
            array.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    chars.baseAddress.flatMap { read($0, count) }
                }
            }
        }
        guard let doc else {
            throw MarkupError(.parseFailed, "\(what) input is not well-formed", details: log.messages)
        }
        return (doc, log)
    }

    // MARK: XPath

    /// The string value of every node an XPath node-set expression selects, in document order
    /// (`xmlNodeGetContent`: an element's descendant text, an attribute's value). A non-node-set
    /// result (`count(…)`, `string(…)`) gives a single element, its string value.
    public func xpathStrings(_ expression: String) throws(MarkupError) -> [String] {
        try evaluate(expression) { object in
            guard object.type == XPATH_NODESET else {
                return [string(consuming: xmlXPathCastToString(&object))]
            }
            return Self.nodes(of: object).map { string(consuming: xmlNodeGetContent($0)) }
        }
    }

    /// The number of nodes selected, or the value of a number expression such as `count(//tr)`.
    /// Throws for results that are neither (or a number that is not a whole, finite count).
    public func xpathCount(_ expression: String) throws(MarkupError) -> Int {
        let value: Int? = try evaluate(expression) { object in
            switch object.type {
            case XPATH_NODESET: return Self.nodes(of: object).count
            case XPATH_NUMBER:
                let number = object.floatval
                return number.isFinite && number == number.rounded() ? Int(exactly: number) : nil
            default: return nil
            }
        }
        guard let value else {
            throw MarkupError(.xpathFailed, "XPath \(MarkupName.quoted(expression)) does not give a node set or a whole number")
        }
        return value
    }

    /// The XPath string value of the result (`string(…)` semantics: for a node set, the first
    /// node's text; for a number, its XPath formatting, e.g. `"3"`; for a boolean, `"true"`/`"false"`).
    public func xpathString(_ expression: String) throws(MarkupError) -> String {
        try evaluate(expression) { object in
            object.type == XPATH_STRING
                ? string(borrowing: object.stringval)
                : string(consuming: xmlXPathCastToString(&object))
        }
    }

    /// The XPath number value of the result (`number(…)` semantics; `sum(//@value)`, …).
    public func xpathNumber(_ expression: String) throws(MarkupError) -> Double {
        try evaluate(expression) { object in
            object.type == XPATH_NUMBER ? object.floatval : xmlXPathCastToNumber(&object)
        }
    }

    /// Evaluates `expression` in a fresh context and hands the result object to `body`.
    private func evaluate<R>(_ expression: String, _ body: (inout xmlXPathObject) -> R) throws(MarkupError) -> R {
        guard !expression.utf8.contains(0) else {
            throw MarkupError(.xpathFailed, "XPath expression contains NUL")
        }
        let log = LibXML2ErrorLog()
        guard let context = xmlXPathNewContext(pointer) else {
            throw MarkupError(.libxml2Failure, "xmlXPathNewContext failed")
        }
        defer { xmlXPathFreeContext(context) }
        for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
            let status = withXMLChars(prefix) { p in withXMLChars(uri) { u in xmlXPathRegisterNs(context, p, u) } }
            guard status == 0 else {
                throw MarkupError(.xpathFailed, "cannot register XPath namespace prefix \(MarkupName.quoted(prefix))")
            }
        }
        let result = log.capturing { withXMLChars(expression) { xmlXPathEvalExpression($0, context) } }
        guard let result else {
            throw MarkupError(.xpathFailed, "XPath \(MarkupName.quoted(expression)) failed", details: log.messages)
        }
        defer { xmlXPathFreeObject(result) }
        return body(&result.pointee)
    }

    private static func nodes(of object: xmlXPathObject) -> [xmlNodePtr] {
        guard let set = object.nodesetval, let table = set.pointee.nodeTab else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { table[$0] }
    }
}

@available(*, unavailable)
extension ParsedMarkup: Sendable {}
