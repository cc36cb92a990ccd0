import Testing

@testable import LeadBenchAB

@Suite struct MD5Tests {
    /// RFC 1321 appendix A.5, the test suite.
    @Test(arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("a", "0cc175b9c0f1b6a831c399e269772661"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
        ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"),
        (String(repeating: "1234567890", count: 8), "57edf4a22be3c955ac49da2e2107b67a"),
    ])
    func rfc1321Suite(message: String, expected: String) {
        #expect(MD5.hexDigest(Array(message.utf8)) == expected)
    }

    /// hashlib.md5 on messages at the padding edges (55, 56, 64 bytes…) and in UTF-8 beyond ASCII.
    @Test func matchesHashlib() throws {
        for item in try ABGolden.shared.get().md5 {
            #expect(MD5.hexDigest(Array(item.message.utf8)) == item.hex, "\(item.name)")
        }
    }

    @Test func digestIsSixteenBytes() {
        let digest = MD5.digest(Array("abc".utf8))
        #expect(digest.count == 16)
        #expect(digest.prefix(4) == [0x90, 0x01, 0x50, 0x98])
    }
}
