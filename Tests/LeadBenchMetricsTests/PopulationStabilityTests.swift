import Foundation
import LeadBenchMetrics
import Testing

/// fixtures/golden/psi/golden.json, written by Scripts/golden/psi_golden.py (numpy at the version it
/// records), decoded once. Missing numbers are null there.
struct PSIGolden: Decodable {
    struct NumericCase: Decodable {
        var name: String
        var expected, actual: [Double?]
        var edges: [Double]
        var expectedCounts, actualCounts: [Int]
        var contributions: [Double]
        var psi: Double
    }

    struct CategoricalCase: Decodable {
        var name: String
        var expected, actual: [String?]
        var labels: [String]
        var expectedCounts, actualCounts: [Int]
        var contributions: [Double]
        var psi: Double
    }

    var versions: [String: String]
    var emptyBinShare: Double
    var numeric: [NumericCase]
    var categorical: [CategoricalCase]

    static let shared: Result<PSIGolden, any Error> = Result {
        let url = StatisticsGolden.root.appendingPathComponent("fixtures/golden/psi/golden.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(PSIGolden.self, from: Data(contentsOf: url))
    }
}

/// The population stability index: hand-computed cases for the formula, the floor, the bins and the
/// reading, and numpy's values for the decile edges, the counts and the index.
@Suite struct PopulationStabilityTests {
    /// Shares (0.5, 0.5) → (0.4, 0.6): −0.1·ln 0.8 + 0.1·ln 1.2 = 0.1·ln 1.5.
    @Test func twoBins() throws {
        let psi = try PopulationStability(expectedCounts: [50, 50], actualCounts: [40, 60])
        #expect(abs(psi.index - 0.1 * log(1.5)) < 1e-15)
        #expect(psi.reading == .stable)
        #expect(psi.bins.map(\.label) == ["1", "2"])
        #expect(psi.bins.map(\.expectedShare) == [0.5, 0.5])
        #expect(psi.bins.map(\.actualShare) == [0.4, 0.6])
        #expect(try PopulationStability(expectedCounts: [3, 7], actualCounts: [30, 70]).index == 0)
    }

    /// An empty bin counts with a share of 10⁻⁴: (1, 10⁻⁴) → (0.5, 0.5).
    @Test func emptyBinsTakeTheFloor() throws {
        #expect(PopulationStability.emptyBinShare == 1e-4)
        let psi = try PopulationStability(expectedCounts: [10, 0], actualCounts: [5, 5])
        let expected = (0.5 - 1) * log(0.5 / 1) + (0.5 - 1e-4) * log(0.5 / 1e-4)
        #expect(abs(psi.index - expected) < 1e-12)
        #expect(psi.bins[1].expectedShare == 1e-4)
        #expect(psi.reading == .majorShift)
    }

    /// Reference [0 ×8, 1, 1]: its deciles are 0 (0.1–0.7), 0.2 (0.8) and 1 (0.9), so the distinct edges
    /// are 0, 0.2, 1 and the bins ≤ 0, (0, 0.2], (0.2, 1], > 1 hold 8, 0, 2, 0 of it; a value on an edge
    /// falls in the bin below.
    @Test func tiedDecilesGiveDistinctEdges() throws {
        let reference: [Double] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1]
        // The 0.8 quantile sits at position 9 × 0.8 = 7.2000000000000002, as in numpy.
        let edges = PopulationStability.decileEdges(reference)
        #expect(edges.count == 3 && edges[0] == 0 && abs(edges[1] - 0.2) < 1e-15 && edges[2] == 1)
        let psi = try PopulationStability.deciles(expected: reference, actual: [0, 0.1, 1, 2])
        #expect(psi.edges == edges)
        #expect(psi.bins.map(\.label) == ["≤ 0", "(0, 0.2]", "(0.2, 1]", "> 1"])
        #expect(psi.bins.map(\.expectedCount) == [8, 0, 2, 0])
        #expect(psi.bins.map(\.actualCount) == [1, 1, 1, 1])
        let e = [0.8, 1e-4, 0.2, 1e-4]
        let expected = e.reduce(0.0) { sum, share in sum + (0.25 - share) * log(0.25 / share) }
        #expect(abs(psi.index - expected) < 1e-12)
        #expect(psi.expectedTotal == 10 && psi.actualTotal == 4)
    }

    /// Ten distinct values: one per decile bin; the same sample again gives 0.
    @Test func distinctValuesFillTheDeciles() throws {
        let values = (1...10).map(Double.init)
        let psi = try PopulationStability.deciles(expected: values, actual: values)
        #expect(psi.bins.count == 10)
        #expect(psi.bins.allSatisfy { $0.expectedCount == 1 && $0.actualCount == 1 })
        #expect(psi.index == 0)
        #expect(psi.bins.first?.label == "≤ 1.9" && psi.bins.last?.label == "> 9.1")
        // Edges that agree to six digits are written with as many as tell them apart.
        let close = (1...10).map { 0.999999 + Double($0) * 1e-8 }
        let labels = try PopulationStability.deciles(expected: close, actual: close).bins.map(\.label)
        #expect(Set(labels).count == 10, "\(labels)")
    }

    /// NaN is a missing value with a bin of its own; categories add one for `nil`.
    @Test func missingValuesHaveTheirOwnBin() throws {
        let numbers = try PopulationStability.deciles(expected: [1, 2, 3, .nan], actual: [1, .nan, .nan, .nan])
        #expect(numbers.bins.last?.label == "missing")
        #expect(numbers.bins.last?.expectedCount == 1 && numbers.bins.last?.actualCount == 3)
        let categories = try PopulationStability.categories(expected: ["b", "a", "a", nil], actual: ["a", "c", nil, nil])
        #expect(categories.bins.map(\.label) == ["a", "b", "c", "missing"])
        #expect(categories.bins.map(\.expectedCount) == [2, 1, 0, 1])
        #expect(categories.bins.map(\.actualCount) == [1, 0, 1, 2])
        #expect(categories.edges.isEmpty)
        let plain = try PopulationStability.deciles(expected: [1, 2, 3], actual: [2, 3])
        #expect(!plain.bins.contains { $0.label == "missing" })
    }

    @Test func conventionalReading() {
        #expect(PopulationStability.Reading(0) == .stable)
        #expect(PopulationStability.Reading(0.0999) == .stable)
        #expect(PopulationStability.Reading(0.1) == .moderateShift)
        #expect(PopulationStability.Reading(0.25) == .moderateShift)
        #expect(PopulationStability.Reading(0.2501) == .majorShift)
        #expect(PopulationStability.Reading.moderateShift.rawValue == "moderate shift")
    }

    @Test func badInputThrows() {
        #expect(throws: MetricError.empty) { try PopulationStability.deciles(expected: [], actual: [1]) }
        #expect(throws: MetricError.empty) { try PopulationStability.deciles(expected: [1], actual: []) }
        #expect(throws: MetricError.empty) { try PopulationStability.categories(expected: ["a"], actual: []) }
        #expect(throws: MetricError.nonFiniteScore(index: 1)) { try PopulationStability.deciles(expected: [1, .infinity], actual: [1]) }
        #expect(throws: MetricError.nonFiniteScore(index: 0)) { try PopulationStability.deciles(expected: [1], actual: [-.infinity]) }
    }

    /// numpy's edges (`unique(quantile(…, [0.1, …, 0.9]))`), bin counts (`searchsorted(…, side="left")`),
    /// contributions and index.
    @Test func numericAgreesWithNumpy() throws {
        let golden = try PSIGolden.shared.get()
        #expect(golden.emptyBinShare == PopulationStability.emptyBinShare)
        #expect(golden.numeric.count >= 8)
        for c in golden.numeric {
            let psi = try PopulationStability.deciles(expected: c.expected.map { $0 ?? .nan }, actual: c.actual.map { $0 ?? .nan })
            #expect(psi.edges == c.edges, "\(c.name)")
            #expect(psi.bins.map(\.expectedCount) == c.expectedCounts, "\(c.name)")
            #expect(psi.bins.map(\.actualCount) == c.actualCounts, "\(c.name)")
            expectClose(psi.bins.map(\.contribution), c.contributions, tolerance: 1e-13, c.name)
            expectClose(psi.index, c.psi, tolerance: 1e-12, c.name)
            #expect(psi.reading == PopulationStability.Reading(c.psi), "\(c.name)")
        }
    }

    @Test func categoricalAgreesWithNumpy() throws {
        let golden = try PSIGolden.shared.get()
        #expect(golden.categorical.count >= 3)
        for c in golden.categorical {
            let psi = try PopulationStability.categories(expected: c.expected, actual: c.actual)
            #expect(psi.bins.map(\.label) == c.labels, "\(c.name)")
            #expect(psi.bins.map(\.expectedCount) == c.expectedCounts, "\(c.name)")
            #expect(psi.bins.map(\.actualCount) == c.actualCounts, "\(c.name)")
            expectClose(psi.bins.map(\.contribution), c.contributions, tolerance: 1e-13, c.name)
            expectClose(psi.index, c.psi, tolerance: 1e-12, c.name)
        }
    }
}
