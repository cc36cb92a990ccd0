/// The fit × engagement grid marketing platforms show (DESIGN §3): fit grades A–D by three descending
/// score edges, engagement levels 1–4 likewise; A1 is the best cell, D4 the worst.
public struct GradeMatrix: Sendable, Equatable, Codable {
    /// Edges of grades A, B, C (D below the last), descending.
    public let fitEdges: [Double]
    /// Edges of levels 1, 2, 3 (4 below the last), descending.
    public let engagementEdges: [Double]

    public init(fitEdges: [Double], engagementEdges: [Double]) {
        precondition(fitEdges.count == 3 && engagementEdges.count == 3, "Three edges each.")
        self.fitEdges = fitEdges
        self.engagementEdges = engagementEdges
    }

    /// The band index of `score`: 0 at or above the first edge, 3 below the last.
    static func band(_ score: Double, _ edges: [Double]) -> Int {
        edges.firstIndex { score >= $0 } ?? edges.count
    }

    /// The cell of a lead with these component scores: grade 0…3 (A…D) and level 0…3 (1…4).
    public func cell(fit: Double, engagement: Double) -> (grade: Int, level: Int) {
        (Self.band(fit, fitEdges), Self.band(engagement, engagementEdges))
    }

    /// The cell's name: `A1` … `D4`.
    public static func name(grade: Int, level: Int) -> String {
        "\(["A", "B", "C", "D"][grade])\(level + 1)"
    }

    /// The cell's rank as a score: the better the grade and level, the higher, with fit breaking ties
    /// between cells on the same diagonal — (3 − grade) + (3 − level) + (3 − grade) / 10, so
    /// A1 = 6.3, A2 = 5.3, B1 = 5.2, …, D4 = 0.
    public static func score(grade: Int, level: Int) -> Double {
        Double(3 - grade) + Double(3 - level) + Double(3 - grade) / 10
    }

    /// Default edges: the 75th, 50th and 25th percentiles of training scores, so each band holds about
    /// a quarter of the training leads.
    static func quartileEdges(_ scores: [Double]) -> [Double] {
        let sorted = scores.sorted()
        guard !sorted.isEmpty else { return [0, 0, 0] }
        func quantile(_ q: Double) -> Double { sorted[min(sorted.count - 1, Int((q * Double(sorted.count - 1)).rounded()))] }
        return [quantile(0.75), quantile(0.5), quantile(0.25)]
    }
}
