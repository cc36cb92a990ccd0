import LeadBenchReports
import Testing

@Suite("ChartNumber")
struct ChartNumberTests {
    @Test(
        "fixed decimals round half away from zero and never write -0",
        arguments: [
            (0.125, 2, "0.13"), (-0.125, 2, "-0.13"), (-0.001, 2, "0.00"), (1, 2, "1.00"), (2.5, 0, "3"),
            (-2.5, 0, "-3"), (0.2, 1, "0.2"), (1234567.891, 3, "1234567.891"), (0.000000001, 9, "0.000000001"),
            (0, 0, "0"), (-0.0, 1, "0.0"),
        ] as [(Double, Int, String)])
    func fixed(_ value: Double, _ decimals: Int, _ expected: String) {
        #expect(ChartNumber.fixed(value, decimals: decimals) == expected)
    }

    @Test(
        "coordinates round to 0.01 without trailing zeros",
        arguments: [
            (72.0, "72"), (72.456, "72.46"), (12.5, "12.5"), (-0.001, "0"), (-3.14159, "-3.14"), (0.1 + 0.2, "0.3"),
            (399.995, "400"),
        ] as [(Double, String)])
    func coordinate(_ value: Double, _ expected: String) {
        #expect(ChartNumber.coordinate(value) == expected)
    }

    @Test("non-finite values give a fixed, finite text instead of trapping")
    func nonFinite() {
        #expect(ChartNumber.coordinate(.nan) == "0")
        #expect(ChartNumber.coordinate(.infinity) == "9999999999999.99")
        #expect(ChartNumber.coordinate(-.infinity) == "-9999999999999.99")
    }
}
