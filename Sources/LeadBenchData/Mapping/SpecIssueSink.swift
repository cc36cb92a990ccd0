import Foundation

/// One step of a path into the experiment file: a mapping key or a list index.
public enum SpecPathElement: Sendable, Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)

    public var description: String {
        switch self {
        case .key(let key): key
        case .index(let index): "[\(index)]"
        }
    }

    /// A readable path: `models[2].rules[0].points`.
    public static func render(_ path: [SpecPathElement]) -> String {
        var text = ""
        for element in path {
            switch element {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(top level)" : text
    }

    init(_ key: any CodingKey) {
        if let index = key.intValue, key.stringValue == "Index \(index)" || key.stringValue == "\(index)" {
            self = .index(index)
        } else {
            self = .key(key.stringValue)
        }
    }
}

/// Gathers the mistakes found while decoding an experiment file, so every one is reported at once.
///
/// Passed to the decoder through `userInfo`; the decoding helpers in this module record a mistake and
/// go on with a default instead of throwing. The experiment-file loader then turns each entry's path
/// into a YAML line. A sink is used by one decode on one thread.
public final class SpecIssueSink: @unchecked Sendable {
    /// A mistake at a path in the experiment file.
    public struct Entry: Sendable {
        public var path: [SpecPathElement]
        public var kind: InputIssue.Kind
        public var message: String
        public var hint: String?
        /// True when the mistake is the key itself (an unknown key), so its line is the key's line.
        public var atKey: Bool
    }

    /// The `userInfo` key under which decoders find the sink.
    public static let userInfoKey = CodingUserInfoKey(rawValue: "leadbench.spec-issues")!

    public private(set) var entries: [Entry] = []

    public init() {}

    public func record(
        _ kind: InputIssue.Kind, at path: [SpecPathElement], message: String, hint: String? = nil,
        atKey: Bool = false
    ) {
        entries.append(Entry(path: path, kind: kind, message: message, hint: hint, atKey: atKey))
    }

    /// Records a decoding failure in plain words: "expected a number", "expected a list", ….
    public func record(_ error: DecodingError, fallbackPath: [SpecPathElement]) {
        switch error {
        case .typeMismatch(let type, let context):
            record(.invalidValue, at: context.codingPath.map(SpecPathElement.init), message: "expected \(Self.describe(type))")
        case .valueNotFound(let type, let context):
            record(.invalidValue, at: context.codingPath.map(SpecPathElement.init), message: "expected \(Self.describe(type)), found nothing")
        case .keyNotFound(let key, let context):
            record(.missingKey, at: context.codingPath.map(SpecPathElement.init) + [.key(key.stringValue)], message: "this key is required")
        case .dataCorrupted(let context):
            let path = context.codingPath.map(SpecPathElement.init)
            record(.invalidValue, at: path.isEmpty ? fallbackPath : path, message: context.debugDescription)
        @unknown default:
            record(.invalidValue, at: fallbackPath, message: "\(error)")
        }
    }

    /// Plain words for what a Swift type expects in YAML.
    static func describe(_ type: Any.Type) -> String {
        let name = String(describing: type)
        switch name {
        case "Int", "Int64", "UInt64", "Int32": return "a whole number"
        case "Double", "Float": return "a number"
        case "String": return "text"
        case "Bool": return "true or false"
        default:
            if name.hasPrefix("Array") || name.contains("Sequence") || name.contains("Unkeyed") { return "a list" }
            if name.hasPrefix("Dictionary") || name.contains("Mapping") || name.contains("KeyedDecodingContainer") {
                return "a mapping of keys to values"
            }
            return "a \(name)"
        }
    }
}

/// A coding key for any mapping key, to list the keys a mapping actually has.
public struct AnySpecKey: CodingKey, Sendable {
    public var stringValue: String
    public var intValue: Int?
    public init(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) {
        self.stringValue = "\(intValue)"
        self.intValue = intValue
    }
}
