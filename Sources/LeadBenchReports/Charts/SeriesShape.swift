/// The viewBox geometry of one ``LineChart`` series, computed once and used both to draw it
/// and to keep reference labels off it.
struct SeriesShape {
    typealias Point = (Double, Double)

    let item: PreparedSeries
    /// The drawn line: the points (or their staircase), without repeated vertices; empty for
    /// `.points` and `.bars`.
    let line: [Point]
    /// Marker centres (see the marker rule on ``LineChart``); empty for `.bars`.
    let markers: [Point]
    /// Bar rectangles; empty unless `.bars`.
    let bars: [LabelPlacement.Box]

    init(_ item: PreparedSeries, area: PlotArea, barLayout: BarLayout) {
        self.item = item
        let vertices = SeriesGeometry.deduplicated(item.points.map(area.point))
        switch item.series.style {
        case .bars:
            line = []
            markers = []
            bars = barLayout.rects(for: item, area: area)
        case .points:
            line = []
            markers = vertices
            bars = []
        case .line, .step:
            let drawn = item.series.style == .step ? SeriesGeometry.staircase(vertices) : vertices
            line = drawn
            markers =
                vertices.count > ChartStyle.markerEveryPointLimit
                ? SeriesGeometry.spreadPositions(along: drawn, count: ChartStyle.spacedMarkerCount, slot: item.slot)
                : vertices
            bars = []
        }
    }

    /// Records the shape's lines, markers and bars as obstacles for labels.
    func addObstacles(to placement: inout LabelPlacement) {
        placement.addPolyline(line)
        for marker in markers { placement.addMarker(marker) }
        for bar in bars { placement.addBox(bar) }
    }

    /// Appends `<g class="series">` with a `<title>` (the name), then the bars, or the line
    /// (`<path class="line">`) and the markers.
    func draw(on plot: SVGCanvas) throws(MarkupError) {
        let color = ChartPalette.color(slot: item.slot)
        let group = try plot.group([("class", "series")])
        try group.node.element("title", text: item.series.name)
        if item.series.style == .bars {
            let rects = try group.group([("class", "bars"), ("fill", color), ("stroke", "#FFFFFF"), ("stroke-width", "0.5")])
            for bar in bars {
                try rects.rect(x: bar.x, y: bar.y, width: bar.width, height: bar.height)
            }
            return
        }
        if !line.isEmpty {
            var attributes = SeriesPaint.lineAttributes(color: color) + [("class", "line")]
            if let dash = item.dashArray { attributes.append(("stroke-dasharray", dash)) }
            try group.path(SVGPath(polyline: line), attributes: attributes)
        }
        if !markers.isEmpty {
            let group = try group.group(SeriesPaint.markerAttributes(color: color))
            let shape = ChartPalette.marker(slot: item.slot)
            for (x, y) in markers {
                try shape.draw(on: group, x: x, y: y, radius: ChartStyle.markerRadius)
            }
        }
    }
}
