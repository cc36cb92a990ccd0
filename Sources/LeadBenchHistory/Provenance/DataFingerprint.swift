import Foundation

/// A fingerprint of an experiment's data files, so the history shows when the data under a trend
/// changed.
///
/// Rule: 64-bit FNV-1a (offset basis 0xcbf29ce484222325, prime 0x100000001b3) over, for each file in the
/// order given (leads, activities, outcomes, accounts), its bytes and then its length in bytes as 8 bytes
/// little-endian; written as 16 lowercase hex digits. The lengths keep two files from hashing like their
/// concatenation. Files are read in 1 MiB chunks, so memory stays bounded.
///
///     DataFingerprint.of(files: ["leads.csv", "activities.csv"])   // "9f0c…" or nil
///
/// FNV-1a is fast and stable, not cryptographic: it tells "same data" from "other data", it does not
/// resist tampering.
public enum DataFingerprint {
    /// FNV-1a's 64-bit offset basis, the hash of no bytes.
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a's 64-bit prime.
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The fingerprint of `files`, or `nil` when one cannot be read.
    public static func of(files: [String]) -> String? {
        var hash = offsetBasis
        for path in files {
            guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
            defer { try? handle.close() }
            var length: UInt64 = 0
            do {
                // `read(upToCount:)` gives nil or empty data at the end of the file.
                while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                    length += UInt64(chunk.count)
                    chunk.withUnsafeBytes { hash = fnv1a($0, from: hash) }
                }
            } catch {
                return nil
            }
            var suffix = length.littleEndian
            withUnsafeBytes(of: &suffix) { hash = fnv1a($0, from: hash) }
        }
        return hex(hash)
    }

    /// FNV-1a of `bytes`, continuing from `hash`.
    public static func fnv1a(_ bytes: UnsafeRawBufferPointer, from hash: UInt64 = offsetBasis) -> UInt64 {
        var hash = hash
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        return hash
    }

    /// 16 lowercase hex digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
