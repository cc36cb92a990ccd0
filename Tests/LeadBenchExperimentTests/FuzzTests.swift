import LeadBenchData
import LeadBenchExperiment
import LeadBenchTestSupport
import Testing

/// Random bytes, truncations and mutations fed to the CSV reader, the loader and the YAML loader: each
/// input either loads or throws ``InputError``; nothing traps, crashes or hangs.
@Suite struct FuzzTests {
    static let csv = Array("""
        Lead ID,Created,Won,Title\r
        L1,2025-01-01,2025-02-01,"VP, Sales"\r
        L2,2025-01-02,,"said ""hi""\"\r
        L3,2025-01-03T10:00:00Z,,"two\r
        lines"\r

        """.utf8)

    static let yaml = Array("""
        name: fuzz
        data:
          leads: leads.csv
          columns: { lead_id: Lead ID, created_at: Created, converted_at: Won }
          missing: [Select, ""]
        split: { kind: temporal, cutoff: 2025-01-02 }
        models:
          - { name: p, kind: static, threshold: 5, rules: [ { attribute: Title, one_of: [a, b], points: 3 } ] }
          - { name: l, kind: logistic, l2: 1 }

        """.utf8)

    /// A mutation of `base`: truncated, bytes flipped, special bytes inserted, or pure noise.
    static func mutate(_ base: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var bytes = base
        let specials: [UInt8] = Array("\",;\t\r\n:{}[]-#&*!|>'%@`\u{0}".utf8) + [0xFF, 0xC3, 0xEF, 0xBB, 0xBF]
        switch rng.next() % 4 {
        case 0:
            bytes = Array(bytes.prefix(Int(rng.next() % UInt64(bytes.count + 1))))
        case 1:
            for _ in 0..<(1 + rng.next() % 8) where !bytes.isEmpty {
                bytes[Int(rng.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: rng.next())
            }
        case 2:
            for _ in 0..<(1 + rng.next() % 8) {
                bytes.insert(specials[Int(rng.next() % UInt64(specials.count))], at: Int(rng.next() % UInt64(bytes.count + 1)))
            }
        default:
            bytes = (0..<Int(rng.next() % 300)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        }
        return bytes
    }

    @Test func csvReaderAndLoaderLoadOrThrow() throws {
        var rng = SplitMix64(seed: 2025)
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let mapping = DataMapping(leads: "leads.csv", columns: LeadColumns(leadID: "Lead ID", createdAt: "Created", convertedAt: "Won"))
        var loaded = 0
        var rejected = 0
        for round in 0..<1_500 {
            let path = dir.write("leads.csv", bytes: Self.mutate(Self.csv, &rng))
            do {
                var reader = try CSVReader.open(path: path, chunkSize: 16 + round % 48)
                while try reader.nextRecord() { _ = reader.string(at: reader.fieldCount - 1) }
                _ = try DatasetLoader(mapping: mapping, baseDirectory: dir.path).load()
                loaded += 1
            } catch {
                #expect(!error.issues.isEmpty)
                rejected += 1
            }
        }
        // Both outcomes occur, so the mutations exercise the error paths and the happy path.
        #expect(loaded > 20)
        #expect(rejected > 200)
    }

    @Test func yamlLoaderLoadsOrThrows() throws {
        var rng = SplitMix64(seed: 7)
        var loaded = 0
        var rejected = 0
        for _ in 0..<1_500 {
            let text = String(decoding: Self.mutate(Self.yaml, &rng), as: UTF8.self)
            do {
                _ = try ExperimentFile.parse(text, path: "fuzz.yaml")
                loaded += 1
            } catch {
                #expect(!error.issues.isEmpty)
                #expect(error.issues.allSatisfy { $0.file == "fuzz.yaml" })
                rejected += 1
            }
        }
        #expect(loaded > 20)
        #expect(rejected > 200)
    }
}
