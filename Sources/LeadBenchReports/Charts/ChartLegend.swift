/// The legend: one entry per series (and band), laid out in rows above the plot so it never
/// covers data.
///
/// Rules:
/// - Shown only when there are at least two entries.
/// - Entries keep the series order. Each is a swatch (the series' line with its dash pattern
///   and marker, a bar square, or a translucent band square) and the name, truncated to
///   48 characters with `…`; the full name is in the entry's `<title>`.
/// - Entries flow left to right from the plot's left edge and wrap when the next one would
///   pass the plot's right edge (widths estimated by ``ChartStyle/textWidth(_:size:)``).
struct ChartLegend {
    /// What the swatch of an entry shows.
    enum Swatch {
        case line(color: String, dashArray: String?, marker: ChartMarker?)
        case marker(color: String, marker: ChartMarker)
        case bar(color: String)
        case band(color: String)
    }

    struct Entry {
        let name: String
        let swatch: Swatch
    }

    static let nameLimit = 48
    private static let gap: Double = 18
    private static let swatchGap: Double = 6

    let entries: [Entry]

    var isShown: Bool { entries.count >= 2 }

    private func width(of entry: Entry) -> Double {
        ChartStyle.legendSwatchWidth + Self.swatchGap
            + ChartStyle.textWidth(ChartStyle.truncated(entry.name, to: Self.nameLimit))
    }

    /// The left offset and row of each entry when the legend may be `available` wide.
    private func positions(available: Double) -> [(x: Double, row: Int)] {
        var result: [(x: Double, row: Int)] = []
        var x = 0.0
        var row = 0
        for entry in entries {
            let entryWidth = width(of: entry)
            if x > 0, x + entryWidth > available {
                x = 0
                row += 1
            }
            result.append((x, row))
            x += entryWidth + Self.gap
        }
        return result
    }

    /// The height the legend needs (0 when not shown).
    func height(available: Double) -> Double {
        guard isShown else { return 0 }
        let rows = (positions(available: available).last?.row ?? 0) + 1
        return Double(rows) * ChartStyle.legendRowHeight + 6
    }

    /// Draws the legend with its first row's top edge at `top`, from `left`.
    func draw(on canvas: SVGCanvas, left: Double, top: Double, available: Double) throws(MarkupError) {
        guard isShown else { return }
        let legend = try canvas.group([("class", "legend")])
        for (entry, position) in zip(entries, positions(available: available)) {
            let item = try legend.group([("class", "legend-entry")])
            let shown = ChartStyle.truncated(entry.name, to: Self.nameLimit)
            if shown != entry.name { try item.node.element("title", text: entry.name) }
            let x = left + position.x
            let middle = top + Double(position.row) * ChartStyle.legendRowHeight + ChartStyle.legendRowHeight / 2
            try drawSwatch(entry.swatch, on: item, x: x, middle: middle)
            try item.text(shown, x: x + ChartStyle.legendSwatchWidth + Self.swatchGap, y: middle + 4)
        }
    }

    private func drawSwatch(_ swatch: Swatch, on canvas: SVGCanvas, x: Double, middle: Double) throws(MarkupError) {
        let width = ChartStyle.legendSwatchWidth
        switch swatch {
        case .line(let color, let dashArray, let marker):
            var attributes = SeriesPaint.lineAttributes(color: color)
            if let dashArray { attributes.append(("stroke-dasharray", dashArray)) }
            try canvas.line(x, middle, x + width, middle, attributes: attributes)
            if let marker {
                let group = try canvas.group(SeriesPaint.markerAttributes(color: color))
                try marker.draw(on: group, x: x + width / 2, y: middle, radius: ChartStyle.markerRadius)
            }
        case .marker(let color, let marker):
            let group = try canvas.group(SeriesPaint.markerAttributes(color: color))
            try marker.draw(on: group, x: x + width / 2, y: middle, radius: ChartStyle.markerRadius)
        case .bar(let color):
            try canvas.rect(x: x + 6, y: middle - 7, width: width - 12, height: 14, attributes: [("fill", color)])
        case .band(let color):
            try canvas.rect(
                x: x + 2, y: middle - 7, width: width - 4, height: 14,
                attributes: [("fill", color), ("fill-opacity", SeriesPaint.bandOpacity)])
        }
    }
}
