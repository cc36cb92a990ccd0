import Foundation

// Foundation conveniences for callers that work with `Data` and file `URL`s.
//
// Rule: this is the only file of the module that imports Foundation. It also proves that
// Foundation and CLibXML2 coexist in one module: without the shim's `#undef LIBXML_ICU_ENABLED`
// the module fails to compile with `'U_…' from module '_FoundationICU' is not present …`.

extension MarkupDocument {
    /// ``serialized()`` as `Data`.
    public func serializedData() throws(MarkupError) -> Data {
        Data(try serialized())
    }
}

extension AtomicFile {
    /// Writes `bytes` atomically to the file `url` (which must be a `file:` URL).
    public static func write(_ bytes: some Collection<UInt8>, to url: URL) throws(ReportWriteError) {
        guard url.isFileURL else {
            throw ReportWriteError(path: url.absoluteString, message: "not a file URL")
        }
        try write(bytes, to: url.path(percentEncoded: false))
    }
}

extension XMLSchema {
    /// Compiles the XSD file at the `file:` URL `url`.
    public convenience init(contentsOf url: URL) throws(MarkupError) {
        guard url.isFileURL else {
            throw MarkupError(.schemaFailed, "XSD location \(url.absoluteString) is not a file URL")
        }
        try self.init(contentsOfFile: url.path(percentEncoded: false))
    }
}
