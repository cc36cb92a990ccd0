import Foundation
import LeadBenchData
import LeadBenchFixtures
import Testing

/// The shape of the export: headers, identifiers, formats, references, order and the end of the data.
@Suite("Export format")
struct ExportFormatTests {
    let export: GeneratedExport

    init() throws { export = try GeneratedExport.shared.get() }

    static let activityTypes = [
        "page_view", "pricing_page", "email_open", "email_click", "content_download", "webinar", "demo_request",
        "form_fill", "unsubscribe",
    ]

    /// Whether `text` has the shape of `pattern`, where `9` stands for a digit and anything else for itself.
    static func matches(_ text: String, _ pattern: String) -> Bool {
        let t = Array(text.utf8), p = Array(pattern.utf8)
        guard t.count == p.count else { return false }
        return zip(t, p).allSatisfy { c, q in q == UInt8(ascii: "9") ? (48...57).contains(c) : c == q }
    }

    /// `12,345`.
    func grouped(_ value: Int) -> String {
        var text = String(value)
        var index = text.count - 3
        while index > 0 {
            text.insert(",", at: text.index(text.startIndex, offsetBy: index))
            index -= 3
        }
        return text
    }

    @Test("headers are exactly the CRM export's")
    func headers() {
        #expect(export.leads.header == [
            "Lead ID", "Company ID", "Created Date", "Job Title", "Seniority", "Department", "Country", "Lead Source",
            "Closed Won Date", "Deal Value",
        ])
        #expect(export.activities.header == ["Lead ID", "Activity Date", "Activity Type", "Value"])
        #expect(export.accounts.header == [
            "Company ID", "Company Name", "Industry", "Employees", "Annual Revenue (USD)", "Country",
        ])
        #expect(export.leads.header == FixtureGenerator.leadsHeader)
    }

    @Test("row counts match the summary")
    func rowCounts() {
        #expect(export.leads.rows.count == 5_000)
        #expect(export.summary.leads == 5_000)
        #expect(export.activities.rows.count == export.summary.activities)
        #expect(export.accounts.rows.count == export.summary.accounts)
        #expect(export.leads.column("Closed Won Date").filter { !$0.isEmpty }.count == export.summary.conversions)
    }

    @Test("Lead IDs are sequential in creation order; Company IDs are sequential in accounts.csv")
    func identifiers() {
        let ids = export.leads.column("Lead ID")
        #expect(ids.first == "L0000001")
        #expect(ids.last == "L0005000")
        #expect(ids == (1...5_000).map { "L" + String(repeating: "0", count: 7 - String($0).count) + String($0) })
        let created = export.leads.column("Created Date")
        #expect(created.allSatisfy { Self.matches($0, "2025-99-99 99:99:99") })
        #expect(zip(created, created.dropFirst()).allSatisfy { $0 <= $1 }, "leads are not in creation order")
        let companies = export.accounts.column("Company ID")
        #expect(companies.first == "C000001")
        #expect(companies.enumerated().allSatisfy { i, id in Self.matches(id, "C999999") && Int(id.dropFirst()) == i + 1 })
    }

    @Test("every activity's lead and every lead's company exist")
    func references() {
        let leadIDs = Set(export.leads.column("Lead ID"))
        let unknownLeads = export.activities.column("Lead ID").filter { !leadIDs.contains($0) }
        #expect(unknownLeads.isEmpty, "unknown leads: \(unknownLeads.prefix(5))")
        let companyIDs = Set(export.accounts.column("Company ID"))
        let unknownCompanies = export.leads.column("Company ID").filter { !companyIDs.contains($0) }
        #expect(unknownCompanies.isEmpty, "unknown companies: \(unknownCompanies.prefix(5))")
        #expect(Set(export.leads.column("Company ID")) == companyIDs, "an account without leads")
    }

    @Test("activities are ordered by date, then Lead ID, then type")
    func activityOrder() {
        let order = Dictionary(uniqueKeysWithValues: Self.activityTypes.enumerated().map { ($1, $0) })
        let rows = export.activities.rows
        var outOfOrder = 0
        for (a, b) in zip(rows, rows.dropFirst()) {
            let keyA = (a[1], a[0], order[a[2]] ?? -1), keyB = (b[1], b[0], order[b[2]] ?? -1)
            if keyA > keyB { outOfOrder += 1 }
        }
        #expect(outOfOrder == 0)
    }

    @Test("no activity or conversion after 2025-12-31T23:59:59Z, none before its lead was created")
    func censoring() throws {
        let dates = export.activities.column("Activity Date")
        #expect(dates.allSatisfy { Self.matches($0, "2025-99-99T99:99:99Z") })
        #expect(dates.allSatisfy { $0 >= "2025-01-01T00:00:00Z" && $0 <= "2025-12-31T23:59:59Z" })
        let created = Dictionary(uniqueKeysWithValues: export.leads.rows.map {
            ($0[0], $0[2].replacingOccurrences(of: " ", with: "T") + "Z")
        })
        let early = export.activities.rows.filter { row in created[row[0]].map { row[1] < $0 } ?? true }
        #expect(early.isEmpty, "activities before their lead: \(early.prefix(3))")
        let won = export.leads.column("Closed Won Date").filter { !$0.isEmpty }
        #expect(won.allSatisfy { Self.matches($0, "2025-99-99T99:99:99Z") && $0 <= "2025-12-31T23:59:59Z" })
    }

    @Test("Closed Won Date is after Created Date and comes with a positive 2-decimal Deal Value")
    func conversions() {
        for row in export.leads.rows {
            let created = row[2].replacingOccurrences(of: " ", with: "T") + "Z"
            let won = row[8], deal = row[9]
            if won.isEmpty {
                #expect(deal.isEmpty, "\(row[0]) has a deal value but no conversion")
            } else {
                #expect(won > created, "\(row[0]) converted at \(won), created \(created)")
                let parts = deal.split(separator: ".")
                #expect(parts.count == 2 && parts[1].count == 2 && (Double(deal) ?? 0) > 0, "\(row[0]) deal \(deal)")
            }
        }
    }

    @Test("activity types are the nine, and only page types carry seconds on page")
    func activityValues() {
        for row in export.activities.rows {
            #expect(Self.activityTypes.contains(row[2]), "type \(row[2])")
            if row[2] == "page_view" || row[2] == "pricing_page" {
                #expect((1...1_800).contains(Int(row[3]) ?? 0), "\(row[2]) value \(row[3])")
            } else {
                #expect(row[3].isEmpty, "\(row[2]) value \(row[3])")
            }
        }
    }

    @Test("attributes come from the catalog, with the form placeholders for missing values")
    func attributes() {
        let seniority: Set = ["C-level", "VP", "Director", "Manager", "Individual Contributor", "Student"]
        let departments: Set = ["Sales", "Marketing", "Operations", "IT", "Finance", "HR", "Engineering", "Select", ""]
        let sources: Set = [
            "Organic Search", "Paid Search", "Webinar", "Referral", "Trade Show", "Content Syndication", "Direct", "Social",
        ]
        let industries: Set = [
            "Software", "Financial Services", "Healthcare", "Manufacturing", "Retail", "Education",
            "Telecommunications", "Media", "Logistics", "Energy",
        ]
        #expect(Set(export.leads.column("Seniority")) == seniority)
        #expect(Set(export.leads.column("Department")) == departments)
        #expect(Set(export.leads.column("Lead Source")) == sources)
        #expect(Set(export.accounts.column("Industry")) == industries)
        let countries = Set(export.accounts.column("Country"))
        #expect(countries.isSuperset(of: ["United States", "Germany", "United Kingdom", "France", "India", "Brazil"]))
        #expect(Set(export.leads.column("Country")) == countries.union(["unknown", ""]))
        #expect(export.leads.column("Job Title").allSatisfy { !$0.isEmpty })
        #expect(export.accounts.column("Employees").allSatisfy { (Int($0) ?? 0) >= 1 })
        #expect(export.accounts.column("Annual Revenue (USD)").allSatisfy { (Int($0) ?? 0) > 0 })
    }

    @Test("fields with commas and quotes are quoted and read back intact")
    func quoting() {
        let titles = export.leads.column("Job Title").filter { $0.contains(",") }
        #expect(!titles.isEmpty, "no Job Title needed quoting")
        if let title = titles.first { #expect(export.leads.text.contains("\"\(title)\"")) }
        let names = export.accounts.column("Company Name")
        #expect(names.contains { $0.contains(",") })
        if let quoted = names.first(where: { $0.contains("\"") }) {
            #expect(export.accounts.text.contains("\"" + quoted.replacingOccurrences(of: "\"", with: "\"\"") + "\""))
        }
    }

    @Test("the README names the command, the seed and the counts")
    func readme() {
        #expect(export.readme.contains("leadbench fixtures generate --leads 5000 --seed 2025"))
        #expect(export.readme.contains("| leads.csv | 5,000 |"))
        #expect(export.readme.contains("| accounts.csv | \(grouped(export.summary.accounts)) |"))
        #expect(export.readme.contains("| activities.csv | \(grouped(export.summary.activities)) |"))
    }
}
