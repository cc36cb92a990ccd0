import CLibXML2

/// Checks element and attribute names before they reach libxml2.
///
/// Rule: libxml2's tree functions (`xmlNewTextChild`, `xmlSetProp`, …) write names verbatim,
/// so a name like `td><script` would inject markup. Every name must be an XML `Name`
/// (checked with `xmlValidateName`, no surrounding blanks) and must not contain U+0000.
enum MarkupName {
    static func validate(_ name: String, what: String) throws(MarkupError) {
        guard !name.isEmpty, !name.utf8.contains(0) else {
            throw MarkupError(.invalidName, "invalid \(what) name \(quoted(name)): empty or contains NUL")
        }
        let status = withXMLChars(name) { xmlValidateName($0, 0) }
        guard status == 0 else {
            throw MarkupError(.invalidName, "invalid \(what) name \(quoted(name)): not an XML Name")
        }
    }

    /// `name` in double quotes with controls made visible, for error messages.
    static func quoted(_ name: String) -> String {
        "\"" + String(String.UnicodeScalarView(name.unicodeScalars.map {
            MarkupText.isAllowed($0) ? $0 : MarkupText.replacement
        })) + "\""
    }
}
