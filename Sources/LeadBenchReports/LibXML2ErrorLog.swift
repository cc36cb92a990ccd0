import CLibXML2

/// Collects libxml2's structured errors as one line each, for example
/// `line 3: Element 'metric', attribute 'value': 'x' is not a valid value of …`.
final class LibXML2ErrorLog {
    private(set) var messages: [String] = []
    /// How many of `messages` are errors or fatal errors (the rest are warnings).
    private(set) var errorCount = 0

    /// The C callback: `userData` is an unretained `LibXML2ErrorLog`.
    static let handler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let log = Unmanaged<LibXML2ErrorLog>.fromOpaque(userData).takeUnretainedValue()
        log.record(error.pointee)
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    func record(_ error: xmlError) {
        var text = error.message.map { String(cString: $0) } ?? ""
        while let last = text.last, last.isWhitespace { text.removeLast() }
        if text.isEmpty { text = "unknown libxml2 error (code \(error.code))" }
        var prefix = ""
        if error.line > 0 { prefix += "line \(error.line): " }
        if error.level == XML_ERR_WARNING { prefix += "warning: " } else { errorCount += 1 }
        messages.append(prefix + text)
    }

    /// Runs `body` with this log installed as the calling thread's structured error handler,
    /// then restores the previous handler.
    ///
    /// libxml2 2.9 is built with threads on Debian, so `xmlStructuredError` is thread-local; the
    /// body is synchronous, so it cannot hop threads while the handler is installed. This catches
    /// errors that libxml2 reports without a context-specific hook (XML parse errors, XPath
    /// errors, the XML syntax errors of an XSD) and keeps them off stderr.
    func capturing<R, E: Error>(_ body: () throws(E) -> R) throws(E) -> R {
        let handlerSlot = __xmlStructuredError()
        let contextSlot = __xmlStructuredErrorContext()
        let savedHandler = handlerSlot?.pointee
        let savedContext = contextSlot?.pointee
        xmlSetStructuredErrorFunc(opaque, LibXML2ErrorLog.handler)
        defer {
            if let handlerSlot { handlerSlot.pointee = savedHandler ?? nil }
            if let contextSlot { contextSlot.pointee = savedContext ?? nil }
            withExtendedLifetime(self) {}
        }
        return try body()
    }
}
