import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels
import LeadBenchReplay
import LeadBenchReports
@testable import LeadBenchRunReports
import LeadBenchTestSupport
import Testing

/// Text a report must carry safely: markup, an ampersand, quotes and a control character XML forbids.
private let hostile = "<script>alert(1)</script> & \"quotes\" \u{0001} end"

/// `hostile` as it must read back: the control character replaced by U+FFFD, the rest verbatim.
private let hostileReadBack = "<script>alert(1)</script> & \"quotes\" \u{FFFD} end"

/// The XML report: it validates against the schema in the repository, reads back the run's figures,
/// is deterministic, carries hostile text safely, and an invalid document is refused with a readable
/// error.
@Suite struct XMLReportTests {
    /// The quickstart with its first three models (30 resamples) and a hostile description: run once for
    /// the suite, since a debug run takes a minute.
    static let quickstart: Result<RunResults, any Error> = Result {
        let experiment = try ExperimentFile.load(path: Paths.experiment("quickstart.yaml"))
        let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
        var spec = experiment.spec
        spec.models = Array(spec.models.prefix(3))
        spec.description = hostile
        return try ExperimentRun(spec: spec, data: data, resamples: 30).run().results
    }

    /// The namespace prefix the XPath expressions use.
    static let namespaces = ["r": ReportSchema.namespace]

    static func parsed(_ bytes: [UInt8]) throws -> ParsedMarkup {
        try ParsedMarkup(xml: bytes, namespaces: namespaces)
    }

    /// The numbers an XPath expression selects, in document order.
    static func numbers(_ parsed: ParsedMarkup, _ expression: String) throws -> [Double?] {
        try parsed.xpathStrings(expression).map { Double($0) }
    }

    static func number(_ parsed: ParsedMarkup, _ expression: String) throws -> Double? {
        let values = try numbers(parsed, expression)
        return values.count == 1 ? values[0] : nil
    }

    // MARK: The schema

    @Test func embeddedSchemaIsTheRepositorysFile() throws {
        let file = Paths.repository.appendingPathComponent("schemas/\(ReportSchema.fileName)")
        let bytes = try Data(contentsOf: file)
        #expect(Array(bytes) == Array(ReportSchema.xsd.utf8))
        #expect(ReportSchema.xsd.contains("targetNamespace=\"\(ReportSchema.namespace)\""))
        _ = try XMLSchema(xsd: ReportSchema.xsd)
    }

    // MARK: The quickstart

    @Test func quickstartValidatesAgainstTheSchema() throws {
        let results = try Self.quickstart.get()
        let bytes = try XMLReport.bytes(results)
        let schema = try XMLSchema(contentsOf: Paths.repository.appendingPathComponent("schemas/\(ReportSchema.fileName)"))
        #expect(schema.validate(try Self.parsed(bytes)) == [])
        #expect(String(decoding: bytes.prefix(38), as: UTF8.self) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        // document(_:) gives the same, validated tree.
        #expect(try XMLReport.document(results).serialized() == bytes)
    }

    @Test func quickstartReadsBackTheRunsFigures() throws {
        let results = try Self.quickstart.get()
        let xml = try Self.parsed(try XMLReport.bytes(results))
        #expect(try xml.xpathString("/r:report/@version") == results.version)
        #expect(try xml.xpathString("/r:report/r:experiment/r:name") == "quickstart")
        #expect(try xml.xpathString("/r:report/r:experiment/r:split/@kind") == results.experiment.split)
        #expect(try Self.number(xml, "/r:report/r:experiment/r:seed") == Double(results.experiment.seed))
        #expect(try Self.number(xml, "/r:report/r:window/r:testLeads") == Double(results.window.testLeads))
        #expect(try Self.number(xml, "/r:report/r:window/r:censored") == Double(results.window.censored))
        #expect(try Self.number(xml, "/r:report/r:window/r:weeks") == results.window.weeks)
        #expect(try xml.xpathCount("/r:report/r:window/r:folds") == 0)
        #expect(try Self.number(xml, "/r:report/r:data/r:leads") == Double(results.data.leads))
        #expect(try xml.xpathString("/r:report/r:data/r:firstCreated") == results.data.firstCreated)
        #expect(try xml.xpathStrings("/r:report/r:data/r:excludedColumns/r:column/@name") == results.data.excluded.map(\.column))
        #expect(try Self.number(xml, "/r:report/r:resampling/r:resamples") == 30)
        #expect(try xml.xpathStrings("/r:report/r:warnings/r:warning") == results.warnings)

        #expect(try xml.xpathStrings("/r:report/r:models/r:model/@name") == results.models.map(\.name))
        for model in results.models {
            let path = "/r:report/r:models/r:model[@name='\(model.name)']"
            let auc = try #require(model.auc)
            #expect(try Self.number(xml, "\(path)/r:auc/r:estimate") == auc.estimate, "\(model.name)")
            #expect(try Self.number(xml, "\(path)/r:auc/r:lower") == auc.lower, "\(model.name)")
            #expect(try Self.number(xml, "\(path)/r:auc/r:upper") == auc.upper, "\(model.name)")
            #expect(try Self.number(xml, "\(path)/r:auc/r:resamplesUsed") == Double(auc.resamplesUsed), "\(model.name)")
            #expect(try Self.number(xml, "\(path)/r:threshold") == model.threshold, "\(model.name)")
            let counts = model.counts
            let expected = [counts.leads, counts.ranked, counts.converted, counts.qualified, counts.hits, counts.misses].map { Double($0) }
            let written = try ["leads", "ranked", "converted", "qualified", "hits", "misses"].map {
                try Self.number(xml, "\(path)/r:counts/r:\($0)")
            }
            #expect(written == expected, "\(model.name)")
            #expect(try xml.xpathString("\(path)/@isProbability") == (model.isProbability ? "true" : "false"))
            let ranking = try #require(model.ranking)
            #expect(try Self.numbers(xml, "\(path)/r:ranking/r:deciles/r:decile/@lift") == ranking.deciles.map(\.lift), "\(model.name)")
            #expect(try xml.xpathCount("\(path)/r:ranking/r:roc/r:point") == ranking.roc.count)
            #expect(try xml.xpathCount("\(path)/r:ranking/r:calibration/r:bin") == ranking.calibration?.count ?? 0)
            #expect(try Self.number(xml, "\(path)/r:brier") == model.brier)
            #expect(try xml.xpathCount("\(path)/r:sweep/r:point") == model.sweep.count, "\(model.name)")
            #expect(try Self.numbers(xml, "\(path)/r:sweep/r:point/@qualified") == model.sweep.map { Double($0.qualified) })
            let cycle = try #require(model.salesCycle)
            #expect(try Self.number(xml, "\(path)/r:salesCycle/r:qualificationToConversion/r:median") == cycle.qualificationToConversion?.median)
            #expect(try xml.xpathCount("\(path)/r:salesCycle/r:weeklyHits/r:week") == cycle.weeklyHits.count)
        }

        #expect(!results.comparisons.isEmpty)
        #expect(try xml.xpathStrings("/r:report/r:comparisons/r:comparison/@model") == results.comparisons.map(\.model))
        for comparison in results.comparisons {
            let path = "/r:report/r:comparisons/r:comparison[@model='\(comparison.model)']"
            let delong = try #require(comparison.delong)
            #expect(try Self.number(xml, "\(path)/r:delong/r:pValue") == delong.pValue, "\(comparison.model)")
            #expect(try Self.number(xml, "\(path)/r:delong/r:differenceInterval/r:upper") == delong.differenceInterval.upper)
            #expect(try Self.number(xml, "\(path)/r:mcnemarPValue") == comparison.mcnemarPValue)
            #expect(try Self.number(xml, "\(path)/r:qualificationTable/r:firstOnly") == comparison.qualificationTable.map { Double($0.firstOnly) })
            #expect(try xml.xpathCount("\(path)/r:headStart") == (comparison.headStart == nil ? 0 : 1))
        }
        // The replayed A/B test's sequential test, look by look.
        let sequential = try #require(results.abReplay?.sequential)
        let looks = "/r:report/r:abReplay/r:sequential/r:look"
        #expect(try xml.xpathCount(looks) == sequential.looks.count)
        #expect(try xml.xpathStrings("\(looks)/@day") == sequential.looks.map(\.day))
        #expect(try xml.xpathStrings("\(looks)/@z").map { Double($0) } == sequential.looks.map(\.z))
        #expect(try xml.xpathStrings("\(looks)/@boundary").map { Double($0) } == sequential.looks.map { $0.boundary ?? .infinity })
        #expect(try Self.number(xml, "/r:report/r:abReplay/r:sequential/r:pValue") == sequential.pValue)
    }

    @Test func sameResultsSameBytes() throws {
        let results = try Self.quickstart.get()
        let first = try XMLReport.bytes(results)
        let second = try XMLReport.bytes(results)
        #expect(first == second)
        #expect(first.count > 10_000)
    }

    @Test func hostileDescriptionIsEscaped() throws {
        let bytes = try XMLReport.bytes(try Self.quickstart.get())
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("<script>"))
        #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\" \u{FFFD} end"))
        #expect(!bytes.contains(0x01))
        let xml = try Self.parsed(bytes)
        #expect(try xml.xpathString("/r:report/r:experiment/r:description") == hostileReadBack)
        #expect(try xml.xpathCount("//r:script") == 0)
    }

    // MARK: A snapshot dataset

    @Test func snapshotDatasetLeavesOutWhatNeedsTime() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let first = try Self.snapshotRun(in: dir)
        let bytes = try XMLReport.bytes(first)
        #expect(try XMLReport.bytes(try Self.snapshotRun(in: dir)) == bytes, "a second run gives the same report")
        let schema = try XMLSchema(xsd: ReportSchema.xsd)
        let xml = try Self.parsed(bytes)
        #expect(schema.validate(xml) == [])

        #expect(try xml.xpathString("/r:report/r:data/r:hasTimes") == "false")
        #expect(try xml.xpathCount("/r:report/r:data/r:firstCreated") == 0)
        #expect(try xml.xpathCount("/r:report/r:data/r:endOfData") == 0)
        #expect(try xml.xpathCount("/r:report/r:window/r:weeks") == 0)
        #expect(try xml.xpathString("/r:report/r:experiment/r:split/@kind") == "random")
        #expect(try xml.xpathCount("/r:report/r:experiment/r:split/r:note") == 1)
        #expect(try xml.xpathCount("//r:model") == 2)
        #expect(try xml.xpathCount("//r:model/r:salesCycle") == 0)
        #expect(try xml.xpathCount("//r:model/r:perWeek") == 0)
        #expect(try xml.xpathCount("//r:model/r:sweep/r:point/@perWeek") == 0)
        #expect(try xml.xpathCount("//r:model/r:sweep/r:point") > 0)
        #expect(try xml.xpathCount("//r:comparison/r:headStart") == 0)
        #expect(try xml.xpathCount("//r:comparison/r:delong/r:pValue") == 1)

        // The excluded column's hostile reason, and the leaky column's warning without an AUC.
        #expect(try xml.xpathString("//r:excludedColumns/r:column[@name='Tags']/r:reason") == hostileReadBack)
        #expect(try xml.xpathString("/r:report/r:experiment/r:description") == hostileReadBack)
        #expect(try xml.xpathString("//r:leakage/r:leak[@column='Notes']/r:filledOnlyForConverted") == "true")
        #expect(try xml.xpathCount("//r:leakage/r:leak[@column='Notes']/r:auc") == 0)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("<script>"))
    }

    /// 240 leads without times (a snapshot export): a source, a visit count, a `Tags` column excluded
    /// with a hostile reason, and a `Notes` column filled in only for converted leads.
    static func snapshotRun(in dir: TemporaryDirectory) throws -> RunResults {
        var csv = "id,Source,Visits,Tags,Notes,Converted\n"
        let sources = ["Web", "Referral", "Event"]
        for i in 0..<240 {
            let source = sources[i % 3]
            let visits = (i * 7) % 13
            let converted = (visits > 8 && source != "Web") || i % 17 == 0
            csv += "L\(i),\(source),\(visits),tag\(i % 4),\(converted ? "called" : ""),\(converted ? 1 : 0)\n"
        }
        dir.write("leads.csv", csv)
        let yaml = #"""
            name: snapshot
            description: "<script>alert(1)</script> & \"quotes\" \x01 end"
            seed: 7
            data:
              leads: leads.csv
              columns: { lead_id: id, converted: Converted }
              exclude:
                - Tags: "<script>alert(1)</script> & \"quotes\" \x01 end"
            split: { kind: random, test_fraction: 0.5 }
            horizon_days: 90
            objective: best_f1
            baseline: points
            models:
              - name: points
                kind: static
                threshold: 10
                rules:
                  - { attribute: Source, one_of: [Referral, Event], points: 5 }
                  - { attribute: Visits, at_least: 9, points: 10 }
              - { name: logistic, kind: logistic, l2: 1.0 }
            """#
        let experiment = try ExperimentFile.parse(yaml, path: dir.file("snapshot.yaml"))
        let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
        return try ExperimentRun(spec: experiment.spec, data: data, resamples: 30).run().results
    }

    // MARK: Invalid documents are refused

    @Test func aWrongElementIsRefusedWithTheViolation() throws {
        let document = try MarkupDocument.xml(root: "report", namespace: ReportSchema.namespace, attributes: ["version": "0.4.0"])
        try document.root.element("experimnt", text: "quickstart")
        let error = #expect(throws: RunReportError.self) { try XMLReport.validate(document) }
        guard case .schemaViolations(let messages) = error else {
            Issue.record("expected schema violations, got \(String(describing: error))")
            return
        }
        #expect(messages.contains { $0.contains("experimnt") && $0.hasPrefix("line ") }, "\(messages)")
        let description = try #require(error).description
        #expect(description.contains("does not conform to its schema leadbench-report.xsd"))
        #expect(description.contains("experimnt"))
        #expect(description.contains("hint: no report was written"))
    }

    @Test func aFigureThatIsNotANumberIsRefused() throws {
        let bytes = try XMLReport.bytes(try Self.quickstart.get())
        var text = String(decoding: bytes, as: UTF8.self)
        let ks = try #require(text.range(of: "<ks>"))
        let end = try #require(text.range(of: "</ks>", range: ks.upperBound..<text.endIndex))
        text.replaceSubrange(ks.upperBound..<end.lowerBound, with: "high")
        let error = #expect(throws: RunReportError.self) { try XMLReport.validate(bytes: Array(text.utf8)) }
        guard case .schemaViolations(let messages) = error else {
            Issue.record("expected schema violations, got \(String(describing: error))")
            return
        }
        #expect(messages.count == 1)
        #expect(messages.first?.contains("'high' is not a valid value of the atomic type 'xs:double'") == true, "\(messages)")
    }

    @Test func manyViolationsAreListedBriefly() {
        let messages = (1...25).map { "line \($0): Element 'x': This element is not expected." }
        let text = RunReportError.schemaViolations(messages).description
        #expect(text.contains("(25 violations)"))
        #expect(text.contains("line 20:") && !text.contains("line 21:"))
        #expect(text.contains("… and 5 more"))
    }

    @Test func schemaDatesHaveFourDigitYears() {
        #expect(XMLReport.schemaDate("2025-07-01") == "2025-07-01")
        #expect(XMLReport.schemaDate("201-03-04") == "0201-03-04")
    }
}
