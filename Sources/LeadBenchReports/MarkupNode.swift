import CLibXML2

/// A handle to one element of a ``MarkupDocument``; appending through it is the only way to
/// build a tree.
///
/// Rules:
/// - Text and attribute values are escaped by construction: they are stored as text nodes
///   (`xmlNewTextChild`, `xmlNewDocText`, `xmlSetProp`) and libxml2 escapes `<`, `&` (and `"`
///   in attributes) when serializing. Never build markup by gluing strings.
/// - Every value first goes through ``MarkupText/sanitized(_:)`` (forbidden controls → U+FFFD).
/// - Every element and attribute name must be an XML `Name`, otherwise ``MarkupError/Kind/invalidName``.
/// - HTML `<script>` and `<style>` are raw-text elements that libxml2 serializes *unescaped*;
///   text for them must not contain `</` or `<!--` (``MarkupError/Kind/unsafeRawText``).
/// - The handle keeps its document alive; nodes are never removed, so a handle never dangles.
public struct MarkupNode {
    /// The document this node belongs to (kept alive by the handle).
    public let document: MarkupDocument
    let pointer: xmlNodePtr

    init(document: MarkupDocument, pointer: xmlNodePtr) {
        self.document = document
        self.pointer = pointer
    }

    /// The element's name, e.g. `"td"`.
    public var name: String { string(borrowing: pointer.pointee.name) }

    // MARK: Elements

    /// Appends a child element `<name attributes…>text</name>` and returns it.
    ///
    /// Attributes are set in order; a repeated name keeps the last value. `text`, when given,
    /// becomes the child's first text node. With `namespace`, the child declares it as its
    /// default namespace (`<svg xmlns="http://www.w3.org/2000/svg">`) and its descendants
    /// inherit it; without, the child inherits its parent's namespace.
    @discardableResult
    public func element(
        _ name: String, namespace: String? = nil,
        attributes: KeyValuePairs<String, String> = [:], text: String? = nil
    ) throws(MarkupError) -> MarkupNode {
        try appendElement(name, namespace: namespace, attributes: Array(attributes), text: text)
    }

    /// ``element(_:namespace:attributes:text:)`` with attributes built at run time.
    @discardableResult
    public func element(
        _ name: String, namespace: String? = nil,
        attributes: [(String, String)], text: String? = nil
    ) throws(MarkupError) -> MarkupNode {
        try appendElement(name, namespace: namespace, attributes: attributes.map { (key: $0.0, value: $0.1) }, text: text)
    }

    /// Appends a child element, then calls `build` with it to fill it in:
    ///
    /// ```swift
    /// try table.element("tr", attributes: ["class": "model"]) { tr throws(MarkupError) in
    ///     try tr.element("td", text: model.name)
    /// }
    /// ```
    @discardableResult
    public func element(
        _ name: String, namespace: String? = nil,
        attributes: KeyValuePairs<String, String> = [:], text: String? = nil,
        _ build: (MarkupNode) throws(MarkupError) -> Void
    ) throws(MarkupError) -> MarkupNode {
        let child = try appendElement(name, namespace: namespace, attributes: Array(attributes), text: text)
        try build(child)
        return child
    }

    // MARK: Text and attributes

    /// Appends `text` as a text node (adjacent text nodes merge). Escaped on output.
    public func text(_ text: String) throws(MarkupError) {
        let safe = MarkupText.sanitized(text)
        try checkRawText(safe, in: self)
        guard !safe.isEmpty else { return }
        guard let node = withXMLChars(safe, { xmlNewDocText(document.pointer, $0) }) else {
            throw MarkupError(.libxml2Failure, "xmlNewDocText failed in <\(name)>")
        }
        // xmlAddChild may merge `node` into the previous text node and free it; do not reuse it.
        guard xmlAddChild(pointer, node) != nil else {
            xmlFreeNode(node)
            throw MarkupError(.libxml2Failure, "xmlAddChild failed in <\(name)>")
        }
    }

    /// Sets attribute `name` to `value`, replacing an existing value (`xmlSetProp`).
    ///
    /// In XML documents `xmlns` and `xmlns:*` are refused: declare namespaces with the
    /// `namespace:` parameter so the tree knows them. In HTML documents `xmlns` is an ordinary
    /// attribute.
    public func attribute(_ name: String, _ value: String) throws(MarkupError) {
        try MarkupName.validate(name, what: "attribute")
        if document.flavor == .xml, name == "xmlns" || name.hasPrefix("xmlns:") {
            throw MarkupError(
                .invalidName,
                "attribute \(MarkupName.quoted(name)) declares a namespace; use element(_:namespace:) or MarkupDocument.xml(root:namespace:)")
        }
        let safe = MarkupText.sanitized(value)
        let property = withXMLChars(name) { cName in
            withXMLChars(safe) { cValue in xmlSetProp(pointer, cName, cValue) }
        }
        guard property != nil else {
            throw MarkupError(.libxml2Failure, "xmlSetProp failed for \(MarkupName.quoted(name)) on <\(self.name)>")
        }
    }

    // MARK: Internals

    /// Declares `uri` as this element's default namespace and puts the element in it.
    func declareDefaultNamespace(_ uri: String) throws(MarkupError) {
        let safe = MarkupText.sanitized(uri)
        guard let ns = withXMLChars(safe, { xmlNewNs(pointer, $0, nil) }) else {
            throw MarkupError(.libxml2Failure, "xmlNewNs failed for \"\(safe)\" on <\(name)> (already declared?)")
        }
        xmlSetNs(pointer, ns)
    }

    private func appendElement(
        _ name: String, namespace: String?,
        attributes: [(key: String, value: String)], text: String?
    ) throws(MarkupError) -> MarkupNode {
        try MarkupName.validate(name, what: "element")
        // G6: xmlNewTextChild escapes its content; xmlNewChild would not. Content is added
        // separately through text(_:) so the raw-text check and sanitizing apply to it.
        guard let raw = withXMLChars(name, { xmlNewTextChild(pointer, nil, $0, nil) }) else {
            throw MarkupError(.libxml2Failure, "xmlNewTextChild failed for <\(name)> in <\(self.name)>")
        }
        let child = MarkupNode(document: document, pointer: raw)
        if let namespace { try child.declareDefaultNamespace(namespace) }
        for (key, value) in attributes { try child.attribute(key, value) }
        if let text { try child.text(text) }
        return child
    }

    private func checkRawText(_ text: String, in node: MarkupNode) throws(MarkupError) {
        guard document.flavor == .html else { return }
        let element = node.name.lowercased()
        guard element == "script" || element == "style" else { return }
        for marker in ["</", "<!--"] where text.contains(marker) {
            throw MarkupError(
                .unsafeRawText,
                "text for <\(element)> contains \"\(marker)\"; libxml2 writes <script>/<style> content unescaped, so it could end or corrupt the element")
        }
    }
}

/// A node handle is as thread-confined as its document.
@available(*, unavailable)
extension MarkupNode: Sendable {}
