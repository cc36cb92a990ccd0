/// The `d` attribute of an SVG `<path>`, built from absolute coordinates.
///
/// Rule: commands are written as `M x y`, `L x y` and `Z`, separated by single spaces, each
/// coordinate through ``ChartNumber/coordinate(_:)`` (rounded to 0.01, no trailing zeros),
/// so the text is byte-identical for the same input: `M64 344 L100.5 12 Z`.
struct SVGPath {
    private(set) var data = ""
    /// How many `M`/`L` vertices the path holds.
    private(set) var vertexCount = 0

    var isEmpty: Bool { vertexCount == 0 }

    mutating func move(_ point: (Double, Double)) { append("M", point) }

    mutating func line(_ point: (Double, Double)) { append("L", point) }

    mutating func close() { data += data.isEmpty ? "Z" : " Z" }

    /// A polyline through `points`: a move to the first, lines to the rest.
    init(polyline points: [(Double, Double)] = []) {
        for (index, point) in points.enumerated() {
            if index == 0 { move(point) } else { line(point) }
        }
    }

    private mutating func append(_ command: String, _ point: (Double, Double)) {
        if !data.isEmpty { data += " " }
        data += command + ChartNumber.coordinate(point.0) + " " + ChartNumber.coordinate(point.1)
        vertexCount += 1
    }
}
