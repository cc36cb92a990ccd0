import LeadBenchReports
import Testing

/// A chart rendered into an HTML page, serialized and parsed back as a browser-side reader would.
struct RenderedChart {
    let html: String
    let page: ParsedMarkup

    init(_ chart: some Chart) throws {
        let document = try MarkupDocument.html()
        let body = try document.root.element("body")
        try body.chart(chart)
        let bytes = try document.serialized()
        html = String(decoding: bytes, as: UTF8.self)
        page = try ParsedMarkup(html: bytes)
    }

    /// The plot frame rectangle `(x, y, width, height)`.
    func frame() throws -> (x: Double, y: Double, width: Double, height: Double) {
        let values = try ["x", "y", "width", "height"].map { name in
            try #require(Double(try page.xpathString("//svg/rect[@class='plot-frame']/@\(name)")))
        }
        return (values[0], values[1], values[2], values[3])
    }

    func strings(_ expression: String) throws -> [String] { try page.xpathStrings(expression) }

    func count(_ expression: String) throws -> Int { try page.xpathCount(expression) }
}

extension RenderedChart {
    /// Any chart as a concrete `Chart`, so one test can loop over line and bar charts.
    struct Erased: Chart {
        let chart: any Chart

        init(_ chart: any Chart) { self.chart = chart }

        @discardableResult
        func render(into parent: MarkupNode) throws(MarkupError) -> MarkupNode { try chart.render(into: parent) }
    }
}

/// The vertices of a path `d` made of `M x y` / `L x y` commands (and `Z`).
func pathVertices(_ d: String) throws -> [(x: Double, y: Double)] {
    let tokens = d.split(separator: " ")
    var vertices: [(x: Double, y: Double)] = []
    var index = 0
    while index < tokens.count {
        let token = tokens[index]
        if token == "Z" {
            index += 1
            continue
        }
        let command = try #require(token.first)
        #expect(command == "M" || command == "L", "unexpected path command in \(d)")
        let x = try #require(Double(token.dropFirst()))
        let y = try #require(Double(tokens[index + 1]))
        vertices.append((x, y))
        index += 2
    }
    return vertices
}

/// Whether `a` and `b` are within 0.011 (the 0.01 rounding of coordinates plus slack).
func close(_ a: Double, _ b: Double, tolerance: Double = 0.011) -> Bool { (a - b).magnitude <= tolerance }
