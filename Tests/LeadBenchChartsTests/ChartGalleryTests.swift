import LeadBenchReports
import Testing

@Suite("Chart gallery")
struct ChartGalleryTests {
    @Test("every chart kind renders one titled svg")
    func writesGallery() throws {
        let page = try ChartGallery.page()
        let bytes = try page.serialized()
        let parsed = try ParsedMarkup(html: bytes)
        #expect(try parsed.xpathCount("count(//figure/svg)") == ChartGallery.all.count)
        #expect(try parsed.xpathCount("count(//figure/svg/title)") == ChartGallery.all.count)
        #expect(try parsed.xpathCount("count(//svg/g[@class='no-data'])") == 1)
        #expect(try parsed.xpathCount("count(//script)") == 0)

    }
}
