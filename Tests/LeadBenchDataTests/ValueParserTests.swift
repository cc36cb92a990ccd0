import LeadBenchData
import Testing

private func parse(_ text: String, _ format: TimestampFormat = .iso8601, zone: TimeZoneSetting = .utc) -> Int64? {
    let parser = TimestampParser(format: format, zone: zone)
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBytes { parser.parse(UnsafeRawBufferPointer($0)) }
}

@Suite struct TimestampTests {
    // 2025-03-01T00:00:00Z = 20148 days × 86400 s = 1,740,787,200 s.
    static let march1: Int64 = 1_740_787_200

    @Test func isoVariants() {
        #expect(parse("2025-03-01") == Self.march1)
        #expect(parse("2025-03-01 09:30") == Self.march1 + 9 * 3600 + 30 * 60)
        #expect(parse("2025-03-01T09:30:15") == Self.march1 + 34_215)
        #expect(parse("2025-03-01T09:30:15.250Z") == Self.march1 + 34_215)
        #expect(parse("2025-03-01T09:30:15+02:00") == Self.march1 + 34_215 - 7200)
        #expect(parse("2025-03-01T09:30:15-0330") == Self.march1 + 34_215 + 12_600)
        #expect(parse(" 2025-03-01 ") == Self.march1)
        #expect(parse("1970-01-01T00:00:00Z") == 0)
        #expect(parse("1969-12-31T23:59:59Z") == -1)
    }

    @Test func rejectsNonDates() {
        for bad in ["2025-02-29", "2024-13-01", "2025-03-01T25:00", "2025-3-1", "01/03/2025", "2025-03-01X", "", "   ", "2025-03-01T09:30:15+2"] {
            #expect(parse(bad) == nil, "\(bad) should not parse")
        }
        #expect(parse("2024-02-29") != nil)
    }

    @Test func zoneSettingAppliesToLocalTimesOnly() {
        #expect(parse("2025-03-01 00:00", zone: .fixed(seconds: -3 * 3600)) == Self.march1 + 3 * 3600)
        #expect(parse("2025-03-01T00:00Z", zone: .fixed(seconds: -3 * 3600)) == Self.march1)
        // Berlin is UTC+1 in March before the switch, UTC+2 in July.
        let berlin = TimeZoneSetting(parsing: "Europe/Berlin")
        #expect(berlin == .named("Europe/Berlin"))
        #expect(parse("2025-03-01 12:00", zone: .named("Europe/Berlin")) == Self.march1 + 11 * 3600)
        let july = parse("2025-07-01 12:00", zone: .named("Europe/Berlin"))
        let expected: Int64 = 1_751_328_000 + 10 * 3600
        #expect(july == expected)
        #expect(TimeZoneSetting(parsing: "+05:30") == .fixed(seconds: 19_800))
        #expect(TimeZoneSetting(parsing: "Mars/Olympus") == nil)
    }

    @Test func patterns() throws {
        let dmy = try #require(TimestampPattern("dd/MM/yyyy HH:mm"))
        #expect(parse("01/03/2025 09:30", .pattern(dmy)) == Self.march1 + 34_200)
        #expect(parse("1/3/2025 09:30", .pattern(dmy)) == Self.march1 + 34_200)
        #expect(parse("31/02/2025 09:30", .pattern(dmy)) == nil)
        let us = try #require(TimestampPattern("M/d/yyyy h:mm a"))
        #expect(parse("3/1/2025 12:05 AM", .pattern(us)) == Self.march1 + 300)
        #expect(parse("3/1/2025 1:05 pm", .pattern(us)) == Self.march1 + 13 * 3600 + 300)
        let named = try #require(TimestampPattern("dd-MMM-yy"))
        #expect(parse("01-Mar-25", .pattern(named)) == Self.march1)
        let quoted = try #require(TimestampPattern("yyyyMMdd'T'HHmmss"))
        #expect(parse("20250301T000010", .pattern(quoted)) == Self.march1 + 10)
        #expect(TimestampPattern("HH:mm") == nil)
        #expect(TimestampPattern("yyyy-MM-dd QQ") == nil)
    }

    @Test func civilRoundTrip() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let (y, m, d) = EpochSeconds.civil(from: Int64(days) * EpochSeconds.day)
            #expect(EpochSeconds.daysFromCivil(year: y, month: m, day: d) == Int64(days))
        }
        #expect(EpochSeconds.iso8601(Self.march1 + 34_215) == "2025-03-01T09:30:15Z")
    }
}

@Suite struct NumberAndBooleanTests {
    @Test func numbersMatchTheStandardLibrary() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let value = (rng.nextUnit() - 0.5) * pow10(Int(rng.next() % 12))
            for text in [String(value), String(format6(value)), "\(Int64(value))"] {
                #expect(NumberParser.parse(text) == Double(text), "\(text)")
            }
        }
        for text in ["12", "-3.5", "+7", ".5", "5.", "1e3", "1.25E-2", "0.1", "123456789012345678901234567890", "0.30000000000000004"] {
            #expect(NumberParser.parse(text) == Double(text), "\(text)")
        }
        for bad in ["", "-", ".", "1.2.3", "12a", "1e", "nan", "inf", "1,5", "$5"] {
            #expect(NumberParser.parse(bad) == nil, "\(bad)")
        }
        #expect(NumberParser.parse(" 42 ") == 42)
    }

    private func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { acc, _ in acc * 10 } }
    private func format6(_ v: Double) -> String {
        let scaled = (v * 1_000_000).rounded() / 1_000_000
        return "\(scaled)"
    }

    @Test func booleans() {
        for yes in ["1", "yes", "Yes", "TRUE", "t", "Y", " true "] { #expect(BooleanParser.parse(yes) == true) }
        for no in ["0", "no", "No", "False", "f", "N"] { #expect(BooleanParser.parse(no) == false) }
        for other in ["", "2", "maybe", "yess", "Won"] { #expect(BooleanParser.parse(other) == nil) }
    }
}

@Suite struct ByteInternerTests {
    @Test func codesAreDenseInFirstAppearanceOrder() {
        var interner = ByteInterner()
        let words = (0..<5_000).map { "value-\($0 % 1_234)" }
        var codes: [UInt32] = []
        for word in words { codes.append(interner.intern(word)) }
        #expect(interner.count == 1_234)
        #expect(codes.prefix(3) == [0, 1, 2])
        for (word, code) in zip(words, codes) {
            #expect(interner.string(code) == word)
            #expect(interner.code(of: word) == code)
        }
        #expect(interner.code(of: "absent") == nil)
        #expect(interner.intern("") == 1_234)
        #expect(interner.string(1_234) == "")
    }

    /// Keys of every length class — empty, shorter than the 8 bytes a slot holds, exactly 8, longer,
    /// and longer than the 255 a slot's length field counts — found one at a time and in batches, and
    /// keys that share a stored key's first bytes, or its length, or (past 255) everything but the
    /// length, not found.
    @Test func batchedLookupsAgreeWithSingleOnesAtEveryKeyLength() {
        var interner = ByteInterner()
        var keys: Set<String> = [""]
        for length in [1, 3, 7, 8, 9, 15, 16, 17, 36, 254, 255, 256, 300] {
            for n in 0..<40 { keys.insert(String(("L\(n)-" + String(repeating: "x", count: length)).prefix(length))) }
        }
        let stored = keys.sorted()
        for key in stored { interner.intern(key) }
        // Absent: a stored key with its last byte changed, with one more byte, or with one fewer.
        var absent: Set<String> = []
        for key in stored where !key.isEmpty {
            for variant in [String(key.dropLast()) + (key.last == "z" ? "w" : "z"), key + "q", String(key.dropLast())] where !keys.contains(variant) {
                absent.insert(variant)
            }
        }
        #expect(absent.count > 900)
        let missing = absent.sorted()
        for key in stored { #expect(interner.string(interner.code(of: key)!) == key) }
        for key in missing { #expect(interner.code(of: key) == nil) }
        let all = stored + missing
        let batched = all.map { Array($0.utf8) }.withBytesOfEach { interner.codes(of: $0) }
        for (key, code) in zip(all, batched) { #expect(code == interner.code(of: key), "\(key.prefix(20))… (\(key.utf8.count) bytes)") }
        #expect(batched.prefix(stored.count).allSatisfy { $0 != nil })
        #expect(batched.suffix(missing.count).allSatisfy { $0 == nil })
    }
}

@Suite struct NearestMatchTests {
    @Test func suggestsCloseKeysOnly() {
        #expect(NearestMatch.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(NearestMatch.editDistance(Array("Titel"), Array("Title")) == 1)
        #expect(NearestMatch.suggestion(for: "horizon_day", among: ["horizon_days", "seed"]) == "horizon_days")
        #expect(NearestMatch.suggestion(for: "Lead Idd", among: ["Lead ID", "Lead Source"]) == "Lead ID")
        #expect(NearestMatch.suggestion(for: "completely", among: ["seed", "name"]) == nil)
        #expect(NearestMatch.hint(for: "sed", among: ["seed", "name"]) == "did you mean \"seed\"?")
    }
}

extension Array where Element == [UInt8] {
    /// `body` called with a raw view of each element's bytes, all valid at once.
    func withBytesOfEach<R>(_ body: ([UnsafeRawBufferPointer]) -> R) -> R {
        var copies: [UnsafeMutableRawBufferPointer] = []
        defer { for copy in copies { copy.deallocate() } }
        for bytes in self {
            let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: Swift.max(1, bytes.count), alignment: 1)
            copy.copyBytes(from: bytes)
            copies.append(copy)
        }
        return body(zip(copies, self).map { UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer($0.0)[..<$0.1.count]) })
    }
}
