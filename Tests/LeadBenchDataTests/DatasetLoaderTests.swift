import LeadBenchData
import LeadBenchTestSupport
import Testing

/// A small export: five leads at two accounts, with activities out of order and the usual quirks.
private func smallExport() throws -> (TemporaryDirectory, DataMapping) {
    let dir = try TemporaryDirectory()
    dir.write("leads.csv", """
        Lead ID,Company ID,Created Date,Title,Employees,Country,Won Date,Amount\r
        L1,C1,2025-01-05 10:00,VP Sales,120,Germany,2025-02-01T12:00:00Z,5000\r
        L2,C1,2025-01-06,"Director, Ops",120,unknown,,\r
        L3,,2025-01-07,Select,,France,,\r
        L4,C2,2025-01-08,VP Sales,5000,germany,2025-01-20,\r
        L5,C2,2025-01-09,Student,5000,,,\r

        """)
    dir.write("activities.csv", """
        Lead,When,Type,Seconds
        L1,2025-01-10T00:00:00Z,page_view,30
        L4,2025-01-09T00:00:00Z,Demo Request,
        L1,2025-01-06T00:00:00Z,email_open,
        L1,2025-01-06T00:00:00Z,page_view,12
        L2,2025-01-07T00:00:00Z,pricing_page,45

        """)
    dir.write("accounts.csv", """
        Company ID;Industry;Revenue
        C1;Software;1000000
        C2;Retail;250000
        C9;Energy;10

        """)
    var mapping = DataMapping(
        leads: "leads.csv",
        columns: LeadColumns(leadID: "Lead ID", accountID: "Company ID", createdAt: "Created Date", convertedAt: "Won Date", dealValue: "Amount"))
    mapping.activities = "activities.csv"
    mapping.activityColumns = ActivityColumns(leadID: "Lead", at: "When", type: "Type", value: "Seconds")
    mapping.accounts = "accounts.csv"
    mapping.accountColumns = AccountColumns(accountID: "Company ID")
    mapping.missing = ["Select"]
    mapping.missingByColumn = ["Country": ["unknown"]]
    mapping.normalize = ["Country": ["germany": "Germany"], "Type": ["Demo Request": "demo_request"]]
    return (dir, mapping)
}

private func load(_ mapping: DataMapping, in dir: TemporaryDirectory) throws(InputError) -> Dataset {
    try DatasetLoader(mapping: mapping, baseDirectory: dir.path).load()
}

@Suite struct DatasetLoaderTests {
    @Test func loadsLeadsColumnWise() throws {
        let (dir, mapping) = try smallExport()
        defer { dir.remove() }
        let data = try load(mapping, in: dir)
        let leads = data.leads
        #expect(leads.count == 5)
        #expect((0..<5).map(leads.id) == ["L1", "L2", "L3", "L4", "L5"])
        #expect(leads.outcome == [.converted, .notConverted, .notConverted, .converted, .notConverted])
        // 2025-01-05 is day 20093; 10:00 adds 36,000 s.
        #expect(leads.createdAt[0] == 20_093 * 86_400 + 36_000)
        #expect(leads.convertedAt[0] == 20_120 * 86_400 + 43_200)
        #expect(leads.convertedAt[1] == EpochSeconds.missing)
        #expect(leads.dealValue[0] == 5000)
        #expect(leads.dealValue[3].isNaN)
        #expect(leads.sourceLines == [2, 3, 4, 5, 6])
    }

    @Test func attributesAreInternedWithMarkersAndSpellings() throws {
        let (dir, mapping) = try smallExport()
        defer { dir.remove() }
        let leads = try load(mapping, in: dir).leads
        let title = try #require(leads.attribute(named: "Title"))
        guard case .categorical(let codes, let categories) = title.values else { Issue.record("Title should be categorical"); return }
        #expect(categories == ["VP Sales", "Director, Ops", "Student"])
        #expect(codes == [0, 1, AttributeColumn.missingCode, 0, 2])
        let country = try #require(leads.attribute(named: "Country"))
        #expect((0..<5).map { country.text(at: $0) } == ["Germany", nil, "France", "Germany", nil])
        let employees = try #require(leads.attribute(named: "Employees"))
        #expect(employees.isNumeric)
        #expect((0..<5).map { employees.text(at: $0) } == ["120.0", "120.0", nil, "5000.0", "5000.0"])
        // Mapped columns are not attributes.
        #expect(leads.attribute(named: "Won Date") == nil)
        #expect(leads.attributes.map(\.name) == ["Title", "Employees", "Country"])
    }

    @Test func joinsAccountsAndGroupsActivitiesByLeadInTimeOrder() throws {
        let (dir, mapping) = try smallExport()
        defer { dir.remove() }
        let data = try load(mapping, in: dir)
        let accounts = try #require(data.accounts)
        #expect(accounts.count == 3)
        #expect((0..<3).map(accounts.id) == ["C1", "C2", "C9"])
        #expect(data.leads.accountIndex == [0, 0, -1, 1, 1])
        #expect(accounts.attributes.map(\.name) == ["Industry", "Revenue"])
        #expect(accounts.attributes[0].text(at: 1) == "Retail")
        let log = try #require(data.activities)
        #expect(log.count == 5)
        #expect(log.leadStart == [0, 3, 4, 4, 5, 5])
        let l1 = log.rows(ofLead: 0).map { log.typeNames[Int(log.type[$0])] }
        // Equal times keep file order: email_open came before page_view(12) in the file.
        #expect(l1 == ["email_open", "page_view", "page_view"])
        #expect(log.rows(ofLead: 0).map { log.value[$0] }.map { $0.isNaN ? -1 : $0 } == [-1, 12, 30])
        #expect(log.typeNames.contains("demo_request"))
        #expect(!log.typeNames.contains("Demo Request"))
    }

    @Test func outcomeValuesAndOpenLeads() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        dir.write("deals.csv", "id,stage,engaged,closed\nA,Won,2017-01-01,2017-02-01\nB,Lost,2017-01-02,2017-02-02\nC,Prospecting,,\nD,Engaging,2017-01-04,\n")
        var mapping = DataMapping(leads: "deals.csv", columns: LeadColumns(leadID: "id", createdAt: "engaged", converted: "stage", convertedAt: "closed"))
        mapping.outcomeValues = OutcomeValues(converted: ["Won"], notConverted: ["Lost"], open: ["Prospecting", "Engaging"])
        let leads = try load(mapping, in: dir).leads
        #expect(leads.outcome == [.converted, .notConverted, .open, .open])
        // A lost deal's close date is not a conversion time.
        #expect(leads.convertedAt[1] == EpochSeconds.missing)
        #expect(leads.createdAt[2] == EpochSeconds.missing)

        dir.write("deals.csv", "id,stage,engaged,closed\nA,Won,2017-01-01,2017-02-01\nB,Closed Won,2017-01-02,\n")
        let error = #expect(throws: InputError.self) { try load(mapping, in: dir) }
        #expect(error?.issues.first?.line == 3)
        #expect(error?.issues.first?.value == "Closed Won")
    }

    @Test func outcomesFileJoinsOnLeadID() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        dir.write("mql.csv", "mql_id,first,origin\na,2018-01-01,social\nb,2018-01-02,unknown\nc,2018-01-03,\n")
        dir.write("won.csv", "mql_id,won_date,segment\nb,2018-02-26 19:58:54,pet\n")
        var mapping = DataMapping(leads: "mql.csv", columns: LeadColumns(leadID: "mql_id", createdAt: "first"))
        mapping.outcomes = "won.csv"
        mapping.outcomeColumns = OutcomeColumns(leadID: "mql_id", convertedAt: "won_date", attributes: ["segment"])
        mapping.missingByColumn = ["origin": ["unknown"]]
        let leads = try load(mapping, in: dir).leads
        #expect(leads.outcome == [.notConverted, .converted, .notConverted])
        #expect(leads.convertedAt[1] == 17_588 * 86_400 + 19 * 3600 + 58 * 60 + 54)
        let segment = try #require(leads.attribute(named: "segment"))
        #expect((0..<3).map { segment.text(at: $0) } == [nil, "pet", nil])
        #expect(leads.attribute(named: "origin")?.filledCount == 1)

        dir.write("won.csv", "mql_id,won_date,segment\nb,2018-02-26,pet\nzz,2018-02-27,pet\n")
        let unknown = #expect(throws: InputError.self) { try load(mapping, in: dir) }
        #expect(unknown?.issues.first?.kind == .unknownReference)
        #expect(unknown?.issues.first?.line == 3)
    }
}

@Suite struct DatasetLoaderErrorTests {
    @Test func missingColumnSuggestsTheNearestHeader() throws {
        var (dir, mapping) = try smallExport()
        defer { dir.remove() }
        mapping.columns.leadID = "Lead Idd"
        let issue = #expect(throws: InputError.self) { try load(mapping, in: dir) }?.issues.first
        #expect(issue?.kind == .missingColumn)
        #expect(issue?.field == "Lead Idd")
        #expect(issue?.hint == "did you mean \"Lead ID\"?")
        #expect(issue?.file.hasSuffix("leads.csv") == true)
    }

    @Test func duplicateLeadIDNamesBothLines() throws {
        let (dir, mapping) = try smallExport()
        defer { dir.remove() }
        dir.write("leads.csv", "Lead ID,Company ID,Created Date,Won Date,Amount\nL1,C1,2025-01-01,,\nL2,C1,2025-01-01,,\nL1,C1,2025-01-02,,\n")
        let issue = #expect(throws: InputError.self) { try load(mapping, in: dir) }?.issues.first
        #expect(issue?.kind == .duplicateID)
        #expect(issue?.line == 4)
        #expect(issue?.message.contains("line 2") == true)
    }

    @Test func unparsableTimestampGivesAHint() throws {
        let (dir, mapping) = try smallExport()
        defer { dir.remove() }
        dir.write("leads.csv", "Lead ID,Company ID,Created Date,Won Date,Amount\nL1,C1,2025-01-01,,\nL2,C1,31/01/2025,,\n")
        let issue = #expect(throws: InputError.self) { try load(mapping, in: dir) }?.issues.first
        #expect(issue?.kind == .unparsableValue)
        #expect(issue?.line == 3)
        #expect(issue?.field == "Created Date")
        #expect(issue?.value == "31/01/2025")
        #expect(issue?.hint?.contains("time_formats") == true)
        #expect(issue?.description.hasPrefix("\(dir.path)/leads.csv:3: column \"Created Date\": cannot read this value as a timestamp (value \"31/01/2025\")") == true)
    }

    @Test func timeFormatPerColumnReadsOtherLayouts() throws {
        var (dir, mapping) = try smallExport()
        defer { dir.remove() }
        dir.write("leads.csv", "Lead ID,Company ID,Created Date,Won Date,Amount\nL1,C1,31/01/2025,,\n")
        mapping.activities = nil
        mapping.activityColumns = nil
        mapping.timeFormats = ["Created Date": .pattern(try #require(TimestampPattern("dd/MM/yyyy")))]
        #expect(try load(mapping, in: dir).leads.createdAt == [20_119 * 86_400])
    }

    @Test func badNumberAndBadBoolean() throws {
        let (dir, mapping) = try smallExport()
        defer { dir.remove() }
        dir.write("leads.csv", "Lead ID,Company ID,Created Date,Won Date,Amount\nL1,C1,2025-01-01,2025-02-01,\"$5,000\"\n")
        let number = #expect(throws: InputError.self) { try load(mapping, in: dir) }?.issues.first
        #expect(number?.field == "Amount")
        #expect(number?.value == "$5,000")

        dir.write("flag.csv", "id,won\na,1\nb,maybe\n")
        let flagMapping = DataMapping(leads: "flag.csv", columns: LeadColumns(leadID: "id", converted: "won"))
        let flag = #expect(throws: InputError.self) { try load(flagMapping, in: dir) }?.issues.first
        #expect(flag?.line == 3)
        #expect(flag?.hint?.contains("outcome_values") == true)
    }

    @Test func knownOutcomeWithoutCreationTime() throws {
        let (dir, mapping) = try smallExport()
        defer { dir.remove() }
        dir.write("leads.csv", "Lead ID,Company ID,Created Date,Won Date,Amount\nL1,C1,,2025-02-01,\n")
        let issue = #expect(throws: InputError.self) { try load(mapping, in: dir) }?.issues.first
        #expect(issue?.message.contains("no creation time") == true)
    }

    @Test func forcedNumericColumnRejectsText() throws {
        var (dir, mapping) = try smallExport()
        defer { dir.remove() }
        mapping.numeric = ["Title"]
        let issue = #expect(throws: InputError.self) { try load(mapping, in: dir) }?.issues.first
        #expect(issue?.field == "Title")
        #expect(issue?.value == "VP Sales")
        #expect(issue?.line == 2)
    }

    @Test func unknownActivityLeadStopsUnlessSkipping() throws {
        var (dir, mapping) = try smallExport()
        defer { dir.remove() }
        dir.write("activities.csv", "Lead,When,Type,Seconds\nL1,2025-01-10,page_view,\nL99,2025-01-10,page_view,\nL98,bad-date,page_view,\n")
        let issue = #expect(throws: InputError.self) { try load(mapping, in: dir) }?.issues.first
        #expect(issue?.kind == .unknownReference)
        #expect(issue?.line == 3)
        mapping.badRows = .skip
        let data = try load(mapping, in: dir)
        #expect(data.activities?.count == 1)
        #expect(data.skippedRows.total == 2)
        #expect(data.skippedRows.examples.map(\.line) == [3, 4])
    }
}
