import Foundation

/// Progress on long work (DESIGN §7): one line on standard error, rewritten in place, only when standard
/// error is a terminal — quiet in CI and in pipes.
final class Progress: Sendable {
    let enabled: Bool

    init() {
        enabled = isatty(FileHandle.standardError.fileDescriptor) == 1
    }

    /// Shows what the run is doing now.
    func show(_ message: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K… \(message)".utf8))
    }

    /// Clears the line before the results are printed.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
