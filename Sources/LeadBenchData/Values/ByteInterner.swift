/// Assigns each distinct byte string a dense code `0, 1, 2, …` in order of first appearance.
///
/// The dataset stores every categorical cell and every id as such a code, so a column of a million
/// values holds a million `UInt32`s and one copy of each distinct value. Lookups hash the raw field
/// bytes into an open-addressing table with linear probing, so interning a field costs no `String`
/// and no allocation unless the value is new.
///
/// Each slot holds, beside the code, the hash's top 24 bits, the key's length and its first 8 bytes:
/// a key of at most 8 bytes (most ids and categories) is found or ruled out from its slot alone, with
/// one cache miss in a table larger than the caches; a longer one is then compared with its stored
/// bytes.
///
/// Hand-written rather than a `Dictionary<String, UInt32>`: keying by `String` would create a string
/// per cell (tens of millions on a large activity log); the `CSVParsing` benchmark measures the loader
/// with this table in place.
public struct ByteInterner: Sendable {
    /// The distinct values' bytes, back to back.
    private var storage: [UInt8] = []
    /// Where each code's bytes start in `storage`; one extra entry at the end.
    private var offsets: [Int] = [0]
    /// Open-addressing slots, two words each: `slots[2s]` is the hash's top 24 bits, the key's length
    /// (capped at 255) and code + 1, packed by ``entry(hash:count:code:)`` (0: an empty slot);
    /// `slots[2s + 1]` the key's first 8 bytes (``prefix(_:)``). The capacity is a power of two, at most
    /// half full.
    private var slots: [UInt64]

    public init(expectedCount: Int = 16) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: 2 * capacity)
    }

    /// The number of distinct values.
    public var count: Int { offsets.count - 1 }

    /// The number of slots.
    private var capacity: Int { slots.count / 2 }

    /// The code of `bytes`, adding it if new. `isNew` tells which.
    @inline(__always)
    public mutating func intern(_ bytes: UnsafeRawBufferPointer) -> (code: UInt32, isNew: Bool) {
        let hash = Self.hash(bytes)
        let (slot, found) = find(bytes, hash: hash)
        if let found { return (found, false) }
        let code = UInt32(count)
        storage.append(contentsOf: bytes)
        offsets.append(storage.count)
        slots[2 * slot] = Self.entry(hash: hash, count: bytes.count, code: code)
        slots[2 * slot + 1] = Self.prefix(bytes)
        if count * 2 > capacity { grow() }
        return (code, true)
    }

    /// The code of `bytes` when it has been interned.
    @inline(__always)
    public func code(of bytes: UnsafeRawBufferPointer) -> UInt32? {
        find(bytes, hash: Self.hash(bytes)).code
    }

    /// The codes of many keys at once, `nil` for keys not interned.
    ///
    /// In a table larger than the processor's caches each lookup waits on memory: for its slot, and for
    /// a key longer than 8 bytes on its offset and stored bytes too. Looked up one at a time the waits
    /// serialise; here each stage runs across the whole batch before the next — the hashes, then the
    /// slots, then the long keys' offsets and bytes — so the waits of different keys overlap.
    public func codes(of keys: [UnsafeRawBufferPointer]) -> [UInt32?] {
        let n = keys.count
        var hashes = [UInt64](repeating: 0, count: n)
        var entries = [UInt64](repeating: 0, count: n)
        var found = [UInt32?](repeating: nil, count: n)
        // Keys whose first slot holds an entry of their hash, length and prefix, but longer than the
        // prefix: their stored bytes decide.
        var starts = [Int](repeating: -1, count: n)
        for i in 0..<n { hashes[i] = Self.hash(keys[i]) }
        let mask = capacity - 1
        slots.withUnsafeBufferPointer { table in
            for i in 0..<n {
                let slot = Int(truncatingIfNeeded: hashes[i]) & mask
                let entry = table[2 * slot]
                entries[i] = entry
                guard entry != 0, Self.sameHashAndLength(entry, Self.entry(hash: hashes[i], count: keys[i].count, code: 0)),
                    table[2 * slot + 1] == Self.prefix(keys[i])
                else { continue }
                if keys[i].count <= 8 { found[i] = Self.code(of: entry) } else { starts[i] = 0 }
            }
        }
        offsets.withUnsafeBufferPointer { offsets in
            for i in 0..<n where starts[i] == 0 {
                // The length in the slot is capped: a long key's stored length must match too.
                let code = Int(Self.code(of: entries[i]))
                starts[i] = offsets[code + 1] - offsets[code] == keys[i].count ? offsets[code] : -1
            }
        }
        storage.withUnsafeBytes { stored in
            for i in 0..<n where starts[i] >= 0
                && Self.equal(stored.baseAddress.map { $0 + starts[i] }, keys[i].baseAddress, keys[i].count)
            {
                found[i] = Self.code(of: entries[i])
            }
        }
        // Keys not settled by their first slot (a collision, or absent): the ordinary probe.
        for i in 0..<n where found[i] == nil && entries[i] != 0 {
            found[i] = find(keys[i], hash: hashes[i]).code
        }
        return found
    }

    /// The code of `text` when it has been interned.
    public func code(of text: String) -> UInt32? {
        var text = text
        return text.withUTF8 { code(of: UnsafeRawBufferPointer($0)) }
    }

    /// Interns `text`.
    @discardableResult
    public mutating func intern(_ text: String) -> UInt32 {
        var text = text
        return text.withUTF8 { intern(UnsafeRawBufferPointer($0)).code }
    }

    /// The value of `code` as a `String` (invalid UTF-8 replaced by U+FFFD).
    public func string(_ code: UInt32) -> String {
        let c = Int(code)
        return storage[offsets[c]..<offsets[c + 1]].withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Every value, in code order.
    public var strings: [String] { (0..<count).map { string(UInt32($0)) } }

    /// The slot where `bytes` is, or the empty slot where it would go.
    @inline(__always)
    private func find(_ bytes: UnsafeRawBufferPointer, hash: UInt64) -> (slot: Int, code: UInt32?) {
        let mask = capacity - 1
        let wanted = Self.entry(hash: hash, count: bytes.count, code: 0)
        let prefix = Self.prefix(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { table in
            storage.withUnsafeBytes { stored in
                offsets.withUnsafeBufferPointer { starts in
                    while true {
                        let entry = table[2 * slot]
                        if entry == 0 { return (slot, nil) }
                        if Self.sameHashAndLength(entry, wanted) && table[2 * slot + 1] == prefix {
                            let code = Int(Self.code(of: entry))
                            if bytes.count <= 8
                                || (starts[code + 1] - starts[code] == bytes.count
                                    && Self.equal(stored.baseAddress.map { $0 + starts[code] }, bytes.baseAddress, bytes.count))
                            {
                                return (slot, UInt32(code))
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// A slot's first word: the hash's top 24 bits, then the key's length capped at 255, then code + 1.
    @inline(__always)
    private static func entry(hash: UInt64, count: Int, code: UInt32) -> UInt64 {
        (hash >> 40) << 40 | UInt64(min(count, 255)) << 32 | UInt64(code + 1)
    }

    /// Whether two first words agree on the hash bits and the length.
    @inline(__always)
    private static func sameHashAndLength(_ a: UInt64, _ b: UInt64) -> Bool { a >> 32 == b >> 32 }

    /// The code in a slot's first word.
    @inline(__always)
    private static func code(of entry: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1 }

    /// The key's first 8 bytes as one word, zero-padded: byte `i` in bits `8i ..< 8i + 8`.
    @inline(__always)
    static func prefix(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        if bytes.count >= 8 { return UInt64(littleEndian: base.loadUnaligned(as: UInt64.self)) }
        var word: UInt64 = 0
        for i in 0..<bytes.count { word |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << (8 * i) }
        return word
    }

    /// Byte equality; short keys (ids, categories) compare 8 bytes at a time without calling `memcmp`.
    @inline(__always)
    private static func equal(_ a: UnsafeRawPointer?, _ b: UnsafeRawPointer?, _ count: Int) -> Bool {
        guard count > 0, let a, let b else { return true }
        if count > 32 { return memcmp(a, b, count) == 0 }
        var i = 0
        while i + 8 <= count {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < count {
            if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
            i += 1
        }
        return true
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count / 2 - 1
        storage.withUnsafeBytes { stored in
            for code in 0..<count {
                let bytes = UnsafeRawBufferPointer(rebasing: stored[offsets[code]..<offsets[code + 1]])
                let hash = Self.hash(bytes)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while bigger[2 * slot] != 0 { slot = (slot + 1) & mask }
                bigger[2 * slot] = Self.entry(hash: hash, count: bytes.count, code: UInt32(code))
                bigger[2 * slot + 1] = Self.prefix(bytes)
            }
        }
        slots = bigger
    }

    /// A 64-bit hash of the bytes, 8 at a time: each word (the last zero-padded) is mixed in by an
    /// xor and a multiply, the length seeds it, and a final avalanche mixes the low bits used for slots.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return avalanche(h) }
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* 0xff51_afd7_ed55_8ccd
            h ^= h >> 29
            i += 8
        }
        if i < bytes.count {
            h = (h ^ prefix(UnsafeRawBufferPointer(rebasing: bytes[i...]))) &* 0xff51_afd7_ed55_8ccd
            h ^= h >> 29
        }
        return avalanche(h)
    }

    /// The finaliser of MurmurHash3's 64-bit mix.
    @inline(__always)
    private static func avalanche(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
