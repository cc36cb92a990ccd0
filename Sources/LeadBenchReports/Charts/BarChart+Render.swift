extension BarChart {
    /// Appends the chart's `<svg>` to `parent` (see ``Chart`` and the drawing rules on
    /// ``BarChart``).
    @discardableResult
    public func render(into parent: MarkupNode) throws(MarkupError) -> MarkupNode {
        let bars = series.map { drawableBars($0) }
        let whiskers = series.map { drawableIntervals($0) }
        let hasData = !categories.isEmpty && bars.contains { !$0.isEmpty }

        let values = bars.flatMap { $0.map(\.value) } + whiskers.flatMap { $0.flatMap { [$0.1.lower, $0.1.upper] } }
        var extent = ChartData.extent(values)
        extent = ChartData.union(extent, 0...0)
        for level in levels where ChartData.isDrawable(level.y) { extent = ChartData.union(extent, level.y...level.y) }
        let yTicks = valueAxis.ticks(for: hasData ? extent : nil)

        let scaffold = ChartScaffold(
            title: title, description: summary ?? describe(bars, yTicks: yTicks), showsTitle: showsTitle, size: size,
            xTitle: categoryTitle, yTitle: valueAxis.title, xAxis: .categories(categories), yTicks: yTicks,
            legend: legend(bars))
        guard hasData else { return try scaffold.renderNoData(into: parent, message: ChartNoData.message) }

        return try scaffold.render(into: parent) { (plot, area) throws(MarkupError) in
            let barWidth = 0.8 / Double(series.count)
            let rects = bars.indices.map { barRects(bars[$0], position: $0, barWidth: barWidth, area: area) }
            var placement = LabelPlacement(area: area)
            for box in rects.joined() { placement.addBox(box) }
            for (position, item) in series.enumerated() {
                let group = try plot.group([("class", "series")])
                try group.node.element("title", text: item.name)
                let fill = try group.group([
                    ("class", "bars"), ("fill", ChartPalette.color(slot: item.paletteSlot ?? position)),
                    ("stroke", "#FFFFFF"), ("stroke-width", "0.5"),
                ])
                for box in rects[position] {
                    try fill.rect(x: box.x, y: box.y, width: box.width, height: box.height)
                }
            }
            try drawWhiskers(whiskers, barWidth: barWidth, on: plot, area: area, placement: &placement)
            for level in levels {
                try ReferenceLines.horizontal(y: level.y, label: level.label, on: plot, area: area, placement: &placement)
            }
        }
    }

    /// The rectangle of each bar of the series at `position` (see the slot rule on ``BarChart``).
    private func barRects(
        _ bars: [(category: Int, value: Double)], position: Int, barWidth: Double, area: PlotArea
    ) -> [LabelPlacement.Box] {
        let baseline = min(max(0, area.yLower), area.yUpper)
        return bars.map { category, value in
            let start = Double(category) + 0.1 + Double(position) * barWidth
            let left = area.x(start)
            let right = area.x(start + barWidth)
            let top = min(area.y(value), area.y(baseline))
            let bottom = max(area.y(value), area.y(baseline))
            return LabelPlacement.Box(x: left, y: top, width: right - left, height: bottom - top)
        }
    }

    /// `(category, value)` for each drawable value that has a category.
    private func drawableBars(_ item: BarSeries) -> [(category: Int, value: Double)] {
        zip(categories.indices, item.values).filter { ChartData.isDrawable($0.1) }.map { ($0.0, $0.1) }
    }

    private func drawableIntervals(_ item: BarSeries) -> [(Int, ChartInterval)] {
        zip(categories.indices, item.intervals).filter { $0.1.isDrawable }.map { ($0.0, $0.1) }
    }

    private func drawWhiskers(
        _ whiskers: [[(Int, ChartInterval)]], barWidth: Double, on plot: SVGCanvas, area: PlotArea,
        placement: inout LabelPlacement
    ) throws(MarkupError) {
        guard whiskers.contains(where: { !$0.isEmpty }) else { return }
        let group = try plot.group([
            ("class", "intervals"), ("fill", "none"), ("stroke", ChartPalette.text), ("stroke-width", "1.25"),
        ])
        let cap = min(4, area.width / Double(max(1, categories.count)) * barWidth * 0.3)
        for (position, items) in whiskers.enumerated() {
            var path = SVGPath()
            for (category, interval) in items {
                let x = area.x(Double(category) + 0.1 + (Double(position) + 0.5) * barWidth)
                let low = area.y(interval.lower)
                let high = area.y(interval.upper)
                placement.addBox(LabelPlacement.Box(x: x - cap, y: min(low, high), width: 2 * cap, height: abs(low - high)))
                path.move((x, low))
                path.line((x, high))
                path.move((x - cap, low))
                path.line((x + cap, low))
                path.move((x - cap, high))
                path.line((x + cap, high))
            }
            if !path.isEmpty { try group.path(path) }
        }
    }

    private func legend(_ bars: [[(category: Int, value: Double)]]) -> ChartLegend {
        ChartLegend(
            entries: zip(series.indices, series).map { position, item in
                ChartLegend.Entry(
                    name: bars[position].isEmpty ? item.name + " (no data)" : item.name,
                    swatch: .bar(color: ChartPalette.color(slot: item.paletteSlot ?? position)))
            })
    }

    /// "Categories: Score decile (10: 1 to 10). Y axis: Lift, from 0 to 4. Series: a (10 bars).
    /// References: y = 1 (no lift)." Only levels inside the value axis range are listed.
    private func describe(_ bars: [[(category: Int, value: Double)]], yTicks: ChartTicks) -> String {
        var parts: [String] = []
        if let first = categories.first, let last = categories.last {
            parts.append("Categories: \(categoryTitle) (\(categories.count): \(first) to \(last)).")
        } else {
            parts.append("Categories: \(categoryTitle) (none).")
        }
        let range = "from \(yTicks.label(forValue: yTicks.lower)) to \(yTicks.label(forValue: yTicks.upper))"
        parts.append("Y axis: \(valueAxis.title), \(range).")
        if series.isEmpty { parts.append("No data.") }
        if !series.isEmpty {
            let list = zip(series, bars).map { item, drawn in
                let detail = drawn.isEmpty ? "no data" : drawn.count == 1 ? "1 bar" : "\(drawn.count) bars"
                return "\(item.name) (\(detail))"
            }
            parts.append("Series: " + list.joined(separator: "; ") + ".")
        }
        let drawn = levels.filter { ChartData.isDrawable($0.y) && (yTicks.lower...yTicks.upper).contains($0.y) }
        let levelList = drawn.map { level in
            "y = \(yTicks.label(forValue: level.y))" + (level.label.map { " (\($0))" } ?? "")
        }
        if !levelList.isEmpty { parts.append("References: " + levelList.joined(separator: "; ") + ".") }
        return parts.joined(separator: " ")
    }
}
