/// A marker shape drawn at data points, so series differ without colour.
///
/// Shapes are closed outlines centred on the point, about 2 × `radius` across. They carry no
/// paint of their own: the enclosing group fills them with the series colour and outlines them
/// in white, so they stand out on lines and grid.
public enum ChartMarker: Sendable, Equatable, CaseIterable {
    case circle, square, triangleUp, diamond, triangleDown, cross, plus, star

    /// The outline as unit offsets from the centre (y down), scaled by the radius when drawn.
    /// `nil` for the circle, which is drawn as a `<circle>`.
    var unitOutline: [(Double, Double)]? {
        switch self {
        case .circle: nil
        case .square: [(-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85)]
        case .triangleUp: [(0, -1.15), (1.05, 0.8), (-1.05, 0.8)]
        case .diamond: [(0, -1.25), (1, 0), (0, 1.25), (-1, 0)]
        case .triangleDown: [(0, 1.15), (1.05, -0.8), (-1.05, -0.8)]
        case .cross:
            [
                (0.5586, -1.0677), (1.0677, -0.5586), (0.5091, 0), (1.0677, 0.5586), (0.5586, 1.0677), (0, 0.5091),
                (-0.5586, 1.0677), (-1.0677, 0.5586), (-0.5091, 0), (-1.0677, -0.5586), (-0.5586, -1.0677), (0, -0.5091),
            ]
        case .plus:
            [
                (-0.36, -1.15), (0.36, -1.15), (0.36, -0.36), (1.15, -0.36), (1.15, 0.36), (0.36, 0.36),
                (0.36, 1.15), (-0.36, 1.15), (-0.36, 0.36), (-1.15, 0.36), (-1.15, -0.36), (-0.36, -0.36),
            ]
        case .star:
            [
                (0, -1.25), (0.3233, -0.445), (1.1888, -0.3863), (0.5231, 0.17), (0.7347, 1.0113), (0, 0.55),
                (-0.7347, 1.0113), (-0.5231, 0.17), (-1.1888, -0.3863), (-0.3233, -0.445),
            ]
        }
    }

    /// Appends the marker centred on (`x`, `y`) to `canvas`.
    func draw(on canvas: SVGCanvas, x: Double, y: Double, radius: Double) throws(MarkupError) {
        guard let outline = unitOutline else {
            try canvas.circle(cx: x, cy: y, r: radius)
            return
        }
        var path = SVGPath()
        for (index, (dx, dy)) in outline.enumerated() {
            let point = (x + dx * radius, y + dy * radius)
            if index == 0 { path.move(point) } else { path.line(point) }
        }
        path.close()
        try canvas.path(path)
    }
}
