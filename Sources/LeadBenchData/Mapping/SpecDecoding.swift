/// Decoding helpers for experiment-file types: unknown keys are reported with a "did you mean", and a
/// value of the wrong type is recorded and replaced by a default, so one pass finds every mistake.
///
/// Without a ``SpecIssueSink`` in `userInfo` (a plain `JSONDecoder`, say) the helpers throw as usual.
extension Decoder {
    /// The sink of the decode in progress, if any.
    public var specIssues: SpecIssueSink? { userInfo[SpecIssueSink.userInfoKey] as? SpecIssueSink }

    /// The current path in the experiment file.
    public var specPath: [SpecPathElement] { codingPath.map(SpecPathElement.init) }

    /// A keyed container that reports every key not among `K`'s cases or `alsoAllowing`.
    public func specContainer<K: CodingKey & CaseIterable>(
        keyedBy type: K.Type, alsoAllowing shared: [String] = []
    ) throws -> KeyedDecodingContainer<K> {
        let container = try self.container(keyedBy: K.self)
        let valid = shared + K.allCases.map(\.stringValue)
        let present = try self.container(keyedBy: AnySpecKey.self).allKeys
        for key in present where K(stringValue: key.stringValue) == nil && !shared.contains(key.stringValue) {
            let message = "unknown key \"\(key.stringValue)\""
            let hint = NearestMatch.hint(for: key.stringValue, among: valid)
            guard let sink = specIssues else {
                throw DecodingError.dataCorrupted(.init(codingPath: codingPath + [key], debugDescription: "\(message); \(hint)"))
            }
            sink.record(.unknownKey, at: specPath + [.key(key.stringValue)], message: message, hint: hint, atKey: true)
        }
        return container
    }

    /// Records a mistake in the value being decoded (or throws, without a sink).
    public func reportInvalid(_ message: String, hint: String? = nil, key: (any CodingKey)? = nil) throws {
        let path = specPath + (key.map { [SpecPathElement($0)] } ?? [])
        guard let sink = specIssues else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: message + (hint.map { "; \($0)" } ?? "")))
        }
        sink.record(.invalidValue, at: path, message: message, hint: hint)
    }
}

extension KeyedDecodingContainer {
    /// The value at `key`, or `defaultValue` when the key is absent or null. A value of the wrong type is
    /// recorded and `defaultValue` returned.
    public func field<T: Decodable>(_ key: Key, default defaultValue: T, sink: SpecIssueSink?) throws -> T {
        try field(key, sink: sink) ?? defaultValue
    }

    /// The value at `key`, or `nil` when absent, null, or (recorded) of the wrong type.
    public func field<T: Decodable>(_ key: Key, sink: SpecIssueSink?) throws -> T? {
        do {
            return try decodeIfPresent(T.self, forKey: key)
        } catch let error as DecodingError {
            guard let sink else { throw error }
            sink.record(error, fallbackPath: (codingPath + [key]).map(SpecPathElement.init))
            return nil
        }
    }

    /// The value at `key`; when absent, records a missing key with `hint` and returns `placeholder`.
    public func required<T: Decodable>(_ key: Key, placeholder: T, hint: String? = nil, sink: SpecIssueSink?) throws -> T {
        guard contains(key) else {
            guard let sink else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "required"))
            }
            sink.record(.missingKey, at: (codingPath + [key]).map(SpecPathElement.init), message: "the key \"\(key.stringValue)\" is required here", hint: hint)
            return placeholder
        }
        return try field(key, default: placeholder, sink: sink)
    }
}
