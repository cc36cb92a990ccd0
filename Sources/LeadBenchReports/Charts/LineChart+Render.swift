extension LineChart {
    /// Appends the chart's `<svg>` to `parent` (see ``Chart`` and the drawing rules on
    /// ``LineChart``).
    @discardableResult
    public func render(into parent: MarkupNode) throws(MarkupError) -> MarkupNode {
        let prepared = series.enumerated().map { PreparedSeries(series: $1, position: $0) }
        let drawnBands = bands.filter { !$0.outline.isEmpty }
        let bars = BarLayout(series: prepared)
        let hasData = prepared.contains { !$0.points.isEmpty } || !drawnBands.isEmpty

        let xTicks = xAxis.ticks(for: hasData ? xExtent(prepared, bars: bars, bands: drawnBands) : nil)
        let yTicks = yAxis.ticks(for: hasData ? yExtent(prepared, bars: bars, bands: drawnBands) : nil)
        let scaffold = ChartScaffold(
            title: title, description: summary ?? describe(prepared, bands: drawnBands, x: xTicks, y: yTicks),
            showsTitle: showsTitle, size: size, xTitle: xAxis.title, yTitle: yAxis.title,
            xAxis: .numeric(xTicks), yTicks: yTicks, legend: legend(prepared, bands: drawnBands))
        guard hasData else { return try scaffold.renderNoData(into: parent, message: ChartNoData.message) }

        return try scaffold.render(into: parent) { (plot, area) throws(MarkupError) in
            let shapes = prepared.map { SeriesShape($0, area: area, barLayout: bars) }
            var placement = LabelPlacement(area: area)
            for shape in shapes { shape.addObstacles(to: &placement) }
            try drawBands(drawnBands, on: plot, area: area)
            try drawReferenceLines(on: plot, area: area, placement: &placement)
            for shape in shapes where shape.item.series.style == .bars { try shape.draw(on: plot) }
            for shape in shapes where shape.item.series.style != .bars { try shape.draw(on: plot) }
            try drawVerticalMarkers(on: plot, area: area, placement: &placement)
        }
    }

    // MARK: Extents

    private func xExtent(_ prepared: [PreparedSeries], bars: BarLayout, bands: [ChartBand]) -> ClosedRange<Double>? {
        var extent = ChartData.extent(prepared.filter { $0.series.style != .bars }.flatMap { $0.points.map(\.x) })
        extent = ChartData.union(extent, bars.xExtent)
        extent = ChartData.union(extent, ChartData.extent(bands.flatMap { $0.outline.map(\.x) }))
        for case .vertical(let x, _) in references where ChartData.isDrawable(x) {
            extent = ChartData.union(extent, x...x)
        }
        return extent
    }

    private func yExtent(_ prepared: [PreparedSeries], bars: BarLayout, bands: [ChartBand]) -> ClosedRange<Double>? {
        var extent = ChartData.extent(prepared.flatMap { $0.points.map(\.y) })
        if !bars.isEmpty { extent = ChartData.union(extent, 0...0) }
        extent = ChartData.union(extent, ChartData.extent(bands.flatMap { $0.outline.map(\.y) }))
        for case .horizontal(let y, _) in references where ChartData.isDrawable(y) {
            extent = ChartData.union(extent, y...y)
        }
        return extent
    }

    // MARK: Legend and description

    private func legend(_ prepared: [PreparedSeries], bands: [ChartBand]) -> ChartLegend {
        var entries = prepared.map { item in
            let color = ChartPalette.color(slot: item.slot)
            let marker = ChartPalette.marker(slot: item.slot)
            let swatch: ChartLegend.Swatch =
                switch item.series.style {
                case .line, .step: .line(color: color, dashArray: item.dashArray, marker: marker)
                case .points: .marker(color: color, marker: marker)
                case .bars: .bar(color: color)
                }
            let name = item.points.isEmpty ? item.series.name + " (no data)" : item.series.name
            return ChartLegend.Entry(name: name, swatch: swatch)
        }
        entries += bands.map {
            ChartLegend.Entry(name: $0.name, swatch: .band(color: ChartPalette.color(slot: $0.paletteSlot)))
        }
        return ChartLegend(entries: entries)
    }

    /// "X axis: …, from 0% to 100%. Y axis: …. Series: a (101 points); b (no data). Bands: ….
    /// References: y = x; y = 1 (no lift); x = 0.42 (threshold)." Only references that are
    /// drawn (inside the axis ranges) are listed.
    private func describe(_ prepared: [PreparedSeries], bands: [ChartBand], x: ChartTicks, y: ChartTicks) -> String {
        var parts = [
            "X axis: \(xAxis.title), from \(x.label(forValue: x.lower)) to \(x.label(forValue: x.upper)).",
            "Y axis: \(yAxis.title), from \(y.label(forValue: y.lower)) to \(y.label(forValue: y.upper)).",
        ]
        if prepared.isEmpty && bands.isEmpty { parts.append("No data.") }
        if !prepared.isEmpty {
            let list = prepared.map { item in
                let count = item.points.count
                let detail = count == 0 ? "no data" : count == 1 ? "1 point" : "\(count) points"
                return "\(item.series.name) (\(detail))"
            }
            parts.append("Series: " + list.joined(separator: "; ") + ".")
        }
        if !bands.isEmpty { parts.append("Bands: " + bands.map(\.name).joined(separator: "; ") + ".") }
        let referenceList = references.compactMap { reference -> String? in
            switch reference {
            case .diagonal(let label): return "y = x" + Self.suffix(label)
            case .horizontal(let value, let label):
                guard ChartData.isDrawable(value), (y.lower...y.upper).contains(value) else { return nil }
                return "y = \(y.label(forValue: value))" + Self.suffix(label)
            case .vertical(let value, let label):
                guard ChartData.isDrawable(value), (x.lower...x.upper).contains(value) else { return nil }
                return "x = \(x.label(forValue: value))" + Self.suffix(label)
            }
        }
        if !referenceList.isEmpty { parts.append("References: " + referenceList.joined(separator: "; ") + ".") }
        return parts.joined(separator: " ")
    }

    private static func suffix(_ label: String?) -> String { label.map { " (\($0))" } ?? "" }

    // MARK: Layers

    private func drawBands(_ bands: [ChartBand], on plot: SVGCanvas, area: PlotArea) throws(MarkupError) {
        for band in bands {
            let group = try plot.group([("class", "band")])
            try group.node.element("title", text: band.name)
            var path = SVGPath(polyline: band.outline.map(area.point))
            path.close()
            try group.path(
                path,
                attributes: [
                    ("fill", ChartPalette.color(slot: band.paletteSlot)), ("fill-opacity", SeriesPaint.bandOpacity),
                    ("stroke", "none"),
                ])
        }
    }

    private func drawReferenceLines(
        on plot: SVGCanvas, area: PlotArea, placement: inout LabelPlacement
    ) throws(MarkupError) {
        for reference in references {
            switch reference {
            case .diagonal(let label):
                try ReferenceLines.diagonal(label: label, on: plot, area: area, placement: &placement)
            case .horizontal(let y, let label):
                try ReferenceLines.horizontal(y: y, label: label, on: plot, area: area, placement: &placement)
            case .vertical:
                continue  // drawn above the series, see drawVerticalMarkers
            }
        }
    }

    private func drawVerticalMarkers(
        on plot: SVGCanvas, area: PlotArea, placement: inout LabelPlacement
    ) throws(MarkupError) {
        for case .vertical(let x, let label) in references {
            try ReferenceLines.vertical(x: x, label: label, on: plot, area: area, placement: &placement)
        }
    }
}
