/// Appends SVG primitives to one element, writing every number through
/// ``ChartNumber/coordinate(_:)`` so the output is deterministic.
///
/// Rule: paint is set by presentation attributes (`fill`, `stroke`, `stroke-width`,
/// `stroke-dasharray`, …), never by CSS, so a chart looks the same in any page, in print and
/// outside the report. Shapes without paint of their own inherit it from their group.
struct SVGCanvas {
    let node: MarkupNode

    /// Appends `<g attributes…>` and returns a canvas for its content.
    func group(_ attributes: [(String, String)]) throws(MarkupError) -> SVGCanvas {
        SVGCanvas(node: try node.element("g", attributes: attributes))
    }

    func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, attributes: [(String, String)] = []
    ) throws(MarkupError) {
        try node.element(
            "line",
            attributes: [
                ("x1", ChartNumber.coordinate(x1)), ("y1", ChartNumber.coordinate(y1)),
                ("x2", ChartNumber.coordinate(x2)), ("y2", ChartNumber.coordinate(y2)),
            ] + attributes)
    }

    func rect(
        x: Double, y: Double, width: Double, height: Double, attributes: [(String, String)] = []
    ) throws(MarkupError) {
        try node.element(
            "rect",
            attributes: [
                ("x", ChartNumber.coordinate(x)), ("y", ChartNumber.coordinate(y)),
                ("width", ChartNumber.coordinate(max(0, width))), ("height", ChartNumber.coordinate(max(0, height))),
            ] + attributes)
    }

    func circle(cx: Double, cy: Double, r: Double) throws(MarkupError) {
        try node.element(
            "circle",
            attributes: [
                ("cx", ChartNumber.coordinate(cx)), ("cy", ChartNumber.coordinate(cy)), ("r", ChartNumber.coordinate(r)),
            ])
    }

    @discardableResult
    func path(_ path: SVGPath, attributes: [(String, String)] = []) throws(MarkupError) -> MarkupNode {
        try node.element("path", attributes: [("d", path.data)] + attributes)
    }

    /// Appends `<text>` at (`x`, `y`) — the baseline's start, middle or end by `anchor`.
    /// With `rotation`, the text is turned by that many degrees around (`x`, `y`).
    ///
    /// With `halo`, a white copy with a thick white outline (`class="halo"`, hidden from
    /// assistive technology) goes underneath, so the text stays readable over lines, bands and
    /// bars. A separate element rather than `paint-order`, which not every renderer supports.
    func text(
        _ content: String, x: Double, y: Double, anchor: TextAnchor = .start, size: Double = ChartStyle.fontSize,
        weight: String? = nil, fill: String = ChartPalette.text, rotation: Int? = nil, halo: Bool = false
    ) throws(MarkupError) {
        var attributes: [(String, String)] = [("x", ChartNumber.coordinate(x)), ("y", ChartNumber.coordinate(y))]
        if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
        if size != ChartStyle.fontSize { attributes.append(("font-size", ChartNumber.coordinate(size))) }
        if let weight { attributes.append(("font-weight", weight)) }
        if let rotation {
            attributes.append(("transform", "rotate(\(rotation) \(ChartNumber.coordinate(x)) \(ChartNumber.coordinate(y)))"))
        }
        if halo {
            try node.element(
                "text",
                attributes: attributes + [
                    ("class", "halo"), ("aria-hidden", "true"), ("fill", "#FFFFFF"), ("stroke", "#FFFFFF"),
                    ("stroke-width", "4"), ("stroke-linejoin", "round"),
                ],
                text: content)
        }
        try node.element("text", attributes: attributes + [("fill", fill)], text: content)
    }

    /// `text-anchor` values.
    enum TextAnchor: String {
        case start, middle, end
    }
}
