import CLibXML2

/// An HTML or XML document under construction; owns its libxml2 `xmlDoc` and frees it in `deinit`.
///
/// Rules:
/// - Build through ``root`` and the ``MarkupNode`` methods; they escape text and attribute
///   values by construction and validate names.
/// - Not `Sendable`: libxml2 trees must not be touched from two threads at once. Build, serialize
///   and drop a document inside one task; different documents on different threads are fine.
/// - Serialization is deterministic: the same tree always gives byte-identical output.
public final class MarkupDocument {
    /// The serialization rules a document follows.
    public enum Flavor: Sendable, Equatable {
        /// HTML5: `<!DOCTYPE html>`, HTML serializer (void elements, boolean attributes).
        case html
        /// XML 1.0 with an `<?xml version="1.0" encoding="UTF-8"?>` declaration.
        case xml
    }

    public let flavor: Flavor
    let pointer: xmlDocPtr
    private let rootPointer: xmlNodePtr

    /// Takes ownership of `pointer` immediately, so every later failure path frees it via `deinit`.
    private init(flavor: Flavor, adopting pointer: xmlDocPtr, rootName: String) throws(MarkupError) {
        self.flavor = flavor
        self.pointer = pointer
        // G4: a root must be created with xmlNewNode and attached with xmlDocSetRootElement.
        guard let root = withXMLChars(rootName, { xmlNewNode(nil, $0) }) else {
            xmlFreeDoc(pointer)  // deinit does not run when a designated init throws
            throw MarkupError(.libxml2Failure, "xmlNewNode failed for root <\(rootName)>")
        }
        xmlDocSetRootElement(pointer, root)
        self.rootPointer = root
    }

    deinit { xmlFreeDoc(pointer) }

    /// An HTML5 page: `<!DOCTYPE html>` and an `<html>` root (with `lang` when given).
    ///
    /// Uses `htmlNewDocNoDtD` + `xmlCreateIntSubset(doc, "html", nil, nil)`: `htmlNewDoc` would
    /// write the HTML 4.0 Transitional DOCTYPE (gotcha G5).
    public static func html(lang: String? = "en") throws(MarkupError) -> MarkupDocument {
        LibXML2.ensureInitialized()
        guard let doc = htmlNewDocNoDtD(nil, nil) else {
            throw MarkupError(.libxml2Failure, "htmlNewDocNoDtD failed")
        }
        let document = try MarkupDocument(flavor: .html, adopting: doc, rootName: "html")
        guard withXMLChars("html", { xmlCreateIntSubset(doc, $0, nil, nil) }) != nil else {
            throw MarkupError(.libxml2Failure, "xmlCreateIntSubset failed for <!DOCTYPE html>")
        }
        if let lang { try document.root.attribute("lang", lang) }
        return document
    }

    /// An XML document whose root element is `root`.
    ///
    /// With `namespace`, the root declares it as the default namespace (`xmlns="…"`) and every
    /// element created below it inherits it — what an XSD with a `targetNamespace` and
    /// `elementFormDefault="qualified"` expects. Attributes stay unqualified.
    public static func xml(
        root: String, namespace: String? = nil, attributes: KeyValuePairs<String, String> = [:]
    ) throws(MarkupError) -> MarkupDocument {
        LibXML2.ensureInitialized()
        try MarkupName.validate(root, what: "element")
        guard let doc = withXMLChars("1.0", { xmlNewDoc($0) }) else {
            throw MarkupError(.libxml2Failure, "xmlNewDoc failed")
        }
        let document = try MarkupDocument(flavor: .xml, adopting: doc, rootName: root)
        if let namespace { try document.root.declareDefaultNamespace(namespace) }
        for (name, value) in attributes { try document.root.attribute(name, value) }
        return document
    }

    /// The document element (`<html>` for HTML pages).
    public var root: MarkupNode { MarkupNode(document: self, pointer: rootPointer) }

    /// The serialized document, UTF-8 (or ASCII, see below), always ending with a newline.
    ///
    /// - HTML: `htmlDocDumpMemoryFormat(doc, …, 1)`. libxml2 2.9 picks the output encoding from
    ///   a `<meta http-equiv="Content-Type" content="…; charset=…">`; without one it writes
    ///   ASCII and turns every non-ASCII character into an entity or `&#NNNN;` reference.
    ///   Both read back identically. Line breaks are added around some block elements; there is
    ///   no indentation (gotcha G8).
    /// - XML: `xmlDocDumpFormatMemoryEnc(doc, …, "UTF-8", 1)`: declaration, UTF-8, indented
    ///   where no text is mixed in.
    public func serialized() throws(MarkupError) -> [UInt8] {
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        switch flavor {
        case .html: htmlDocDumpMemoryFormat(pointer, &buffer, &size, 1)
        case .xml: xmlDocDumpFormatMemoryEnc(pointer, &buffer, &size, "UTF-8", 1)
        }
        guard let buffer, size >= 0 else {
            throw MarkupError(.libxml2Failure, "serializing the \(flavor) document failed")
        }
        defer { clibxml2_free(buffer) }
        return Array(UnsafeBufferPointer(start: buffer, count: Int(size)))
    }

    /// ``serialized()`` as a `String`.
    public func serializedString() throws(MarkupError) -> String {
        String(decoding: try serialized(), as: UTF8.self)
    }
}

/// Documents are confined to one thread at a time; see ``MarkupDocument``.
@available(*, unavailable)
extension MarkupDocument: Sendable {}
