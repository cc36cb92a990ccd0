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
    /// Slot → code + 1 (0 is an empty slot). The capacity is a power of two, at most half full.
    private var slots: [UInt32]
    private var hashes: [UInt64] = []

    public init(expectedCount: Int = 16) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = [UInt32](repeating: 0, count: capacity)
    }

    /// The number of distinct values.
    public var count: Int { offsets.count - 1 }

    /// The code of `bytes`, adding it if new. `isNew` tells which.
    @inline(__always)
    public mutating func intern(_ bytes: UnsafeRawBufferPointer) -> (code: UInt32, isNew: Bool) {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let code = Int(entry - 1)
            if hashes[code] == hash && equals(code, bytes) { return (UInt32(code), false) }
            slot = (slot + 1) & mask
        }
        let code = UInt32(count)
        storage.append(contentsOf: bytes)
        offsets.append(storage.count)
        hashes.append(hash)
        slots[slot] = code + 1
        if count * 2 > slots.count { grow() }
        return (code, true)
    }

    /// The code of `bytes` when it has been interned.
    public func code(of bytes: UnsafeRawBufferPointer) -> UInt32? {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let code = Int(entry - 1)
            if hashes[code] == hash && equals(code, bytes) { return UInt32(code) }
            slot = (slot + 1) & mask
        }
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

    @inline(__always)
    private func equals(_ code: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let start = offsets[code]
        let length = offsets[code + 1] - start
        guard length == bytes.count else { return false }
        return storage.withUnsafeBytes { all in
            guard length > 0, let base = all.baseAddress, let other = bytes.baseAddress else { return true }
            return memcmp(base + start, other, length) == 0
        }
    }

    private mutating func grow() {
        var bigger = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for code in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[code]) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = UInt32(code + 1)
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
