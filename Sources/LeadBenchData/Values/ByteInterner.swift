/// Assigns each distinct byte string a dense code `0, 1, 2, …` in order of first appearance.
///
/// The dataset stores every categorical cell and every id as such a code, so a column of a million
/// values holds a million `UInt32`s and one copy of each distinct value. Lookups hash the raw field
/// bytes (FNV-1a, 64-bit) into an open-addressing table with linear probing, so interning a field costs
/// no `String` and no allocation unless the value is new.
///
/// Hand-written rather than a `Dictionary<String, UInt32>`: keying by `String` would create a string
/// per cell (tens of millions on a large activity log); the `CSVParsing` benchmark measures the loader
/// with this table in place.
public struct ByteInterner: Sendable {
    /// The distinct values' bytes, back to back.
    private var storage: [UInt8] = []
    /// Where each code's bytes start in `storage`; one extra entry at the end.
    private var offsets: [Int] = [0]
    /// Open-addressing slots: the hash's top 32 bits beside code + 1 (0 is an empty slot), so most
    /// mismatches are rejected without touching the stored bytes. The capacity is a power of two, at
    /// most half full.
    private var slots: [UInt64]

    public init(expectedCount: Int = 16) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
    }

    /// The number of distinct values.
    public var count: Int { offsets.count - 1 }

    /// The code of `bytes`, adding it if new. `isNew` tells which.
    @inline(__always)
    public mutating func intern(_ bytes: UnsafeRawBufferPointer) -> (code: UInt32, isNew: Bool) {
        let hash = Self.hash(bytes)
        let (slot, found) = find(bytes, hash: hash)
        if let found { return (found, false) }
        let code = UInt32(count)
        storage.append(contentsOf: bytes)
        offsets.append(storage.count)
        slots[slot] = Self.slotValue(hash: hash, code: code)
        if count * 2 > slots.count { grow() }
        return (code, true)
    }

    /// The code of `bytes` when it has been interned.
    @inline(__always)
    public func code(of bytes: UnsafeRawBufferPointer) -> UInt32? {
        find(bytes, hash: Self.hash(bytes)).code
    }

    /// The codes of many keys at once, `nil` for keys not interned.
    ///
    /// In a table larger than the processor's caches, one lookup costs three dependent cache misses (the
    /// slot, the key's offset, the key's bytes). Looked up one at a time they serialise; here each stage
    /// runs across the whole batch before the next, so the misses of different keys overlap.
    public func codes(of keys: [UnsafeRawBufferPointer]) -> [UInt32?] {
        let n = keys.count
        var hashes = [UInt64](repeating: 0, count: n)
        var entries = [UInt64](repeating: 0, count: n)
        var found = [UInt32?](repeating: nil, count: n)
        let mask = slots.count - 1
        slots.withUnsafeBufferPointer { table in
            for i in 0..<n {
                hashes[i] = Self.hash(keys[i])
                entries[i] = table[Int(truncatingIfNeeded: hashes[i]) & mask]
            }
        }
        var starts = [Int](repeating: -1, count: n)
        offsets.withUnsafeBufferPointer { offsets in
            for i in 0..<n where entries[i] != 0 && entries[i] >> 32 == hashes[i] >> 32 {
                let code = Int(truncatingIfNeeded: entries[i] & 0xFFFF_FFFF) - 1
                if offsets[code + 1] - offsets[code] == keys[i].count { starts[i] = offsets[code] }
            }
        }
        storage.withUnsafeBytes { stored in
            for i in 0..<n where starts[i] >= 0
                && Self.equal(stored.baseAddress.map { $0 + starts[i] }, keys[i].baseAddress, keys[i].count)
            {
                found[i] = UInt32(truncatingIfNeeded: entries[i] & 0xFFFF_FFFF) - 1
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
        let mask = slots.count - 1
        let tag = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { table in
            storage.withUnsafeBytes { stored in
                offsets.withUnsafeBufferPointer { starts in
                    while true {
                        let entry = table[slot]
                        if entry == 0 { return (slot, nil) }
                        if entry >> 32 == tag {
                            let code = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                            let start = starts[code]
                            if starts[code + 1] - start == bytes.count
                                && Self.equal(stored.baseAddress.map { $0 + start }, bytes.baseAddress, bytes.count)
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

    @inline(__always)
    private static func slotValue(hash: UInt64, code: UInt32) -> UInt64 {
        (hash >> 32) << 32 | UInt64(code + 1)
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
        let mask = bigger.count - 1
        storage.withUnsafeBytes { stored in
            for code in 0..<count {
                let bytes = UnsafeRawBufferPointer(rebasing: stored[offsets[code]..<offsets[code + 1]])
                let hash = Self.hash(bytes)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while bigger[slot] != 0 { slot = (slot + 1) & mask }
                bigger[slot] = Self.slotValue(hash: hash, code: UInt32(code))
            }
        }
        slots = bigger
    }

    /// FNV-1a over the bytes, 64-bit, with a final avalanche so the low bits used for slots mix well.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
