import LeadBenchFixtures
import Testing

/// The statistics the generative process promises: a few percent conversions, about 20 activities per
/// lead, skewed accounts, missing-value rates, censoring, and an intent signal a model can find.
@Suite("Signal and rates")
struct SignalTests {
    let export: GeneratedExport

    init() throws { export = try GeneratedExport.shared.get() }

    func share(_ values: [String], where predicate: (String) -> Bool) -> Double {
        Double(values.filter(predicate).count) / Double(values.count)
    }

    @Test("a few percent of leads convert inside the span")
    func conversionRate() {
        let rate = share(export.leads.column("Closed Won Date")) { !$0.isEmpty }
        #expect(rate > 0.02 && rate < 0.10, "conversion rate \(rate)")
        #expect(export.summary.conversionRate == rate)
    }

    @Test("between 12 and 30 activities per lead on average")
    func activitiesPerLead() {
        let mean = Double(export.activities.rows.count) / Double(export.leads.rows.count)
        #expect(mean >= 12 && mean <= 30, "mean activities per lead \(mean)")
    }

    @Test("account sizes are skewed: mostly single leads, some buying committees, about N/3 accounts")
    func accountSizes() {
        var sizes: [String: Int] = [:]
        for id in export.leads.column("Company ID") { sizes[id, default: 0] += 1 }
        let counts = sizes.values.sorted()
        #expect((counts.last ?? 0) >= 5, "largest account has \(counts.last ?? 0) leads")
        #expect(counts.filter { $0 >= 5 }.count >= 10)
        #expect(counts.filter { $0 == 1 }.count * 2 > counts.count, "single-lead accounts are not the majority")
        let perLead = Double(sizes.count) / Double(export.leads.rows.count)
        #expect(perLead > 0.25 && perLead < 0.45, "accounts per lead \(perLead)")
    }

    @Test("converters request more demos and view pricing more than non-converters")
    func intentSignal() {
        let converted = Set(export.leads.rows.filter { !$0[8].isEmpty }.map { $0[0] })
        let others = export.leads.rows.count - converted.count
        func perLead(_ type: String) -> (converters: Double, others: Double) {
            var c = 0, o = 0
            for row in export.activities.rows where row[2] == type {
                if converted.contains(row[0]) { c += 1 } else { o += 1 }
            }
            return (Double(c) / Double(converted.count), Double(o) / Double(others))
        }
        let demos = perLead("demo_request")
        #expect(demos.converters > 3 * demos.others, "demo_request per lead: \(demos)")
        let pricing = perLead("pricing_page")
        #expect(pricing.converters > pricing.others, "pricing_page per lead: \(pricing)")
    }

    @Test("seniority carries the profile signal: VPs convert more often than students")
    func profileSignal() {
        func rate(_ seniority: String) -> Double {
            let rows = export.leads.rows.filter { $0[4] == seniority }
            return Double(rows.filter { !$0[8].isEmpty }.count) / Double(rows.count)
        }
        #expect(rate("VP") > 3 * rate("Student"), "VP \(rate("VP")), Student \(rate("Student"))")
    }

    @Test("missing values appear at their documented rates")
    func missingRates() {
        let department = export.leads.column("Department")
        let country = export.leads.column("Country")
        let select = share(department) { $0 == "Select" }
        let blankDepartment = share(department) { $0.isEmpty }
        let unknown = share(country) { $0 == "unknown" }
        let blankCountry = share(country) { $0.isEmpty }
        #expect(select > 0.035 && select < 0.065, "Select \(select)")
        #expect(blankDepartment > 0.018 && blankDepartment < 0.042, "blank department \(blankDepartment)")
        #expect(unknown > 0.028 && unknown < 0.052, "unknown country \(unknown)")
        #expect(blankCountry > 0.01 && blankCountry < 0.03, "blank country \(blankCountry)")
    }

    @Test("leads created in December rarely show a conversion yet (right-censoring)")
    func censoringLowersLateConversion() {
        let december = export.leads.rows.filter { $0[2] >= "2025-12-01" }
        let early = export.leads.rows.filter { $0[2] < "2025-10-01" }
        func rate(_ rows: [[String]]) -> Double { Double(rows.filter { !$0[8].isEmpty }.count) / Double(rows.count) }
        #expect(!december.isEmpty)
        #expect(rate(december) < rate(early) / 2, "December \(rate(december)), January–September \(rate(early))")
    }
}
