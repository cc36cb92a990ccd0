import LeadBenchRunReports
import Testing

@Suite struct ReportNumberTests {
    @Test func fixedDecimals() {
        #expect(ReportNumber.fixed(0.12345, 3) == "0.123")
        #expect(ReportNumber.fixed(0.1235, 3) == "0.124")
        #expect(ReportNumber.fixed(2.5, 0) == "3")
        #expect(ReportNumber.fixed(-0.0004, 3) == "0.000")
        #expect(ReportNumber.fixed(-1.05, 1) == "-1.1")
        #expect(ReportNumber.fixed(12.04, 2) == "12.04")
        #expect(ReportNumber.fixed(.nan, 2) == "—")
    }

    @Test func percentAndGrouping() {
        #expect(ReportNumber.percent(0.1234) == "12.3%")
        #expect(ReportNumber.grouped(1_234_567) == "1,234,567")
        #expect(ReportNumber.grouped(999) == "999")
        #expect(ReportNumber.grouped(-1000) == "-1,000")
    }

    @Test func exactReadsBack() {
        for value in [0.1, 1.0 / 3.0, 3, 1e-7, -2.5, 123_456_789] {
            #expect(Double(ReportNumber.exact(value)) == value)
        }
        #expect(ReportNumber.exact(3) == "3")
        #expect(ReportNumber.exact(.infinity) == "INF")
    }
}
