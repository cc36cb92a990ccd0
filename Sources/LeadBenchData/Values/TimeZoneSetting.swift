import Foundation

/// How timestamps written without a zone are placed in time.
///
/// Written in the experiment file as `UTC`, a fixed offset (`+02:00`, `-0300`) or an IANA name
/// (`America/Sao_Paulo`). Timestamps that carry their own zone (`Z`, `+01:00`) ignore this setting.
public enum TimeZoneSetting: Sendable, Equatable {
    /// A fixed offset from UTC in seconds (UTC is `.fixed(0)`).
    case fixed(seconds: Int)
    /// A zone with daylight-saving rules, looked up in the system's time-zone database.
    case named(String)

    public static let utc = TimeZoneSetting.fixed(seconds: 0)

    /// The setting as written in an experiment file: `UTC`, `+05:30`, or the zone's name.
    public var text: String {
        switch self {
        case .fixed(0): return "UTC"
        case .fixed(let seconds):
            let minutes = abs(seconds) / 60
            func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
            return "\(seconds < 0 ? "-" : "+")\(two(minutes / 60)):\(two(minutes % 60))"
        case .named(let name): return name
        }
    }

    /// Reads `UTC`, `Z`, `±HH:MM`, `±HHMM`, `±HH` or an IANA zone name; `nil` when it is none of them.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.uppercased() == "UTC" || trimmed.uppercased() == "GMT" || trimmed == "Z" {
            self = .utc
            return
        }
        let offset = Array(trimmed.utf8).withUnsafeBytes { TimestampParser.zoneOffset(in: $0, from: 0) }
        if let offset, offset.next == trimmed.utf8.count {
            self = .fixed(seconds: offset.seconds)
            return
        }
        guard TimeZone(identifier: trimmed) != nil else { return nil }
        self = .named(trimmed)
    }
}
