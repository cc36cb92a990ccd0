/// The parts every chart shares: the `<svg>` element with its `<title>` and `<desc>`, the
/// visible title, the legend, grid, plot frame, tick marks, tick labels and axis titles.
///
/// Layout (viewBox units), from the top: padding, the title (when shown), the legend rows, the
/// plot, then tick labels and the x-axis title; from the left: padding, the rotated y-axis
/// title, the y tick labels (the widest label sets the margin), the plot. The plot takes all
/// the remaining space.
///
/// Drawing order (later on top): white background, grid, the chart's data (clipped to the
/// plot, see ``render(into:drawPlot:)``), plot frame, ticks and labels, titles, legend.
struct ChartScaffold {
    /// The horizontal axis: numbers with ticks, or one slot per category.
    enum XAxis {
        case numeric(ChartTicks)
        case categories([String])
    }

    let title: String
    let description: String
    let showsTitle: Bool
    let size: ChartSize
    let xTitle: String
    let yTitle: String
    let xAxis: XAxis
    let yTicks: ChartTicks
    let legend: ChartLegend

    /// How far drawing may pass the plot's edges before it is clipped (room for markers on
    /// the frame).
    private static let clipMargin: Double = 6

    /// Appends the `<svg>` to `parent`, with `drawPlot` drawing the data in plot coordinates
    /// (see ``PlotArea``) into a canvas clipped to the plot plus a small margin.
    func render(
        into parent: MarkupNode, drawPlot: (SVGCanvas, PlotArea) throws(MarkupError) -> Void
    ) throws(MarkupError) -> MarkupNode {
        let (svg, root) = try openSVG(in: parent)
        let area = plotArea()
        try drawGrid(on: root, area: area)
        let clip = ChartScaffold.clipMargin
        let plot = try root.node.element(
            "svg",
            attributes: [
                ("class", "plot"),
                ("x", ChartNumber.coordinate(area.left - clip)), ("y", ChartNumber.coordinate(area.top - clip)),
                ("width", ChartNumber.coordinate(area.width + 2 * clip)),
                ("height", ChartNumber.coordinate(area.height + 2 * clip)),
                ("viewBox", viewBox(area.left - clip, area.top - clip, area.width + 2 * clip, area.height + 2 * clip)),
                ("overflow", "hidden"),
            ])
        try drawPlot(SVGCanvas(node: plot), area)
        try drawFrame(on: root, area: area)
        try drawTicks(on: root, area: area)
        try drawTitles(on: root, area: area)
        try legend.draw(on: root, left: area.left, top: legendTop, available: area.width)
        return svg
    }

    /// Appends an `<svg>` with the title, axis titles, an empty plot frame and `message` in
    /// its middle, for a chart with nothing to draw.
    func renderNoData(into parent: MarkupNode, message: String) throws(MarkupError) -> MarkupNode {
        let (svg, root) = try openSVG(in: parent)
        let area = plotArea()
        try drawFrame(on: root, area: area)
        try drawTitles(on: root, area: area)
        let note = try root.group([("class", "no-data")])
        try note.text(
            message, x: area.left + area.width / 2, y: area.top + area.height / 2 + 5, anchor: .middle,
            size: ChartStyle.axisTitleSize, fill: ChartPalette.axis)
        return svg
    }

    // MARK: Layout

    private var yLabels: [String] { yTicks.labels }

    private var xLabels: [String] {
        switch xAxis {
        case .numeric(let ticks): ticks.labels
        case .categories(let names): names
        }
    }

    private var titleHeight: Double { showsTitle ? ChartStyle.titleSize + 10 : 0 }

    private var legendTop: Double { ChartStyle.padding + titleHeight }

    private var plotLeft: Double {
        let widest = yLabels.map { ChartStyle.textWidth($0) }.max() ?? 0
        return ChartStyle.padding + ChartStyle.axisTitleSize + 10 + widest + ChartStyle.tickGap + ChartStyle.tickLength
    }

    private var plotRight: Double {
        var margin = ChartStyle.padding + 6
        if case .numeric = xAxis, let last = xLabels.last {
            margin = max(margin, ChartStyle.textWidth(last) / 2 + 4)
        }
        return size.width - margin
    }

    private func plotArea() -> PlotArea {
        let left = plotLeft
        let width = plotRight - left
        let top = legendTop + legend.height(available: width) + 8
        let bottom = size.height - ChartStyle.padding - ChartStyle.axisTitleSize - 10 - ChartStyle.fontSize
            - ChartStyle.tickGap - ChartStyle.tickLength
        let (xLower, xUpper): (Double, Double) =
            switch xAxis {
            case .numeric(let ticks): (ticks.lower, ticks.upper)
            case .categories(let names): (0, Double(max(1, names.count)))
            }
        return PlotArea(
            left: left, top: top, width: width, height: max(20, bottom - top),
            xLower: xLower, xUpper: xUpper, yLower: yTicks.lower, yUpper: yTicks.upper)
    }

    // MARK: Drawing

    private func viewBox(_ x: Double, _ y: Double, _ width: Double, _ height: Double) -> String {
        [x, y, width, height].map(ChartNumber.coordinate).joined(separator: " ")
    }

    private func openSVG(in parent: MarkupNode) throws(MarkupError) -> (MarkupNode, SVGCanvas) {
        let svg = try parent.element(
            "svg", namespace: MarkupNamespace.svg,
            attributes: [
                ("viewBox", viewBox(0, 0, size.width, size.height)), ("width", "100%"), ("role", "img"),
                ("font-family", ChartStyle.fontFamily), ("font-size", ChartNumber.coordinate(ChartStyle.fontSize)),
            ])
        try svg.element("title", text: title)
        try svg.element("desc", text: description)
        let root = SVGCanvas(node: svg)
        try root.rect(
            x: 0, y: 0, width: size.width, height: size.height, attributes: [("class", "background"), ("fill", "#FFFFFF")])
        if showsTitle {
            let limit = Int((size.width - 2 * ChartStyle.padding) / (ChartStyle.titleSize * 0.6))
            let heading = try root.group([("class", "chart-title")])
            try heading.text(
                ChartStyle.truncated(title, to: limit), x: ChartStyle.padding, y: ChartStyle.padding + ChartStyle.titleSize,
                size: ChartStyle.titleSize, weight: "600")
        }
        return (svg, root)
    }

    private func drawGrid(on root: SVGCanvas, area: PlotArea) throws(MarkupError) {
        let grid = try root.group([
            ("class", "grid"), ("stroke", ChartPalette.grid), ("stroke-width", "1"), ("shape-rendering", "crispEdges"),
        ])
        for value in yTicks.values {
            try grid.line(area.left, area.y(value), area.right, area.y(value))
        }
        if case .numeric(let ticks) = xAxis {
            for value in ticks.values {
                try grid.line(area.x(value), area.top, area.x(value), area.bottom)
            }
        }
    }

    private func drawFrame(on root: SVGCanvas, area: PlotArea) throws(MarkupError) {
        try root.rect(
            x: area.left, y: area.top, width: area.width, height: area.height,
            attributes: [
                ("class", "plot-frame"), ("fill", "none"), ("stroke", ChartPalette.axis), ("stroke-width", "1"),
                ("shape-rendering", "crispEdges"),
            ])
    }

    /// Tick marks outside the frame and their labels. X labels that would overlap are thinned
    /// to every k-th one (the smallest k that leaves 6 units between labels).
    private func drawTicks(on root: SVGCanvas, area: PlotArea) throws(MarkupError) {
        let marks = try root.group([
            ("class", "tick-marks"), ("stroke", ChartPalette.axis), ("stroke-width", "1"), ("shape-rendering", "crispEdges"),
        ])
        let yGroup = try root.group([("class", "y-ticks")])
        let labelX = area.left - ChartStyle.tickLength - ChartStyle.tickGap
        for (value, label) in zip(yTicks.values, yLabels) {
            let y = area.y(value)
            try marks.line(area.left - ChartStyle.tickLength, y, area.left, y)
            try yGroup.text(label, x: labelX, y: y + 4, anchor: .end)
        }

        let positions: [Double]
        switch xAxis {
        case .numeric(let ticks): positions = ticks.values.map(area.x)
        case .categories(let names): positions = names.indices.map { area.x(Double($0) + 0.5) }
        }
        let labels = xLabels
        let spacing =
            positions.count > 1 ? (positions[positions.count - 1] - positions[0]) / Double(positions.count - 1) : area.width
        let widest = labels.map { ChartStyle.textWidth($0) }.max() ?? 0
        let every = max(1, Int(((widest + 6) / max(spacing, 1)).rounded(.up)))
        let xGroup = try root.group([("class", "x-ticks")])
        let baseline = area.bottom + ChartStyle.tickLength + ChartStyle.tickGap + ChartStyle.fontSize - 2
        for (index, (x, label)) in zip(positions, labels).enumerated() {
            try marks.line(x, area.bottom, x, area.bottom + ChartStyle.tickLength)
            if index % every == 0 {
                try xGroup.text(label, x: x, y: baseline, anchor: .middle)
            }
        }
    }

    private func drawTitles(on root: SVGCanvas, area: PlotArea) throws(MarkupError) {
        let titles = try root.group([("class", "axis-titles")])
        let size = ChartStyle.axisTitleSize
        let xLimit = Int(area.width / (size * 0.6))
        try titles.text(
            ChartStyle.truncated(xTitle, to: xLimit), x: area.left + area.width / 2,
            y: self.size.height - ChartStyle.padding, anchor: .middle, size: size)
        let yLimit = Int(area.height / (size * 0.6))
        let yTitleX = ChartStyle.padding + size * 0.8
        try titles.text(
            ChartStyle.truncated(yTitle, to: yLimit), x: yTitleX, y: area.top + area.height / 2, anchor: .middle,
            size: size, rotation: -90)
    }
}
