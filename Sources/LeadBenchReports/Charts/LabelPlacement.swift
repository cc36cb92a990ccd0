/// Places reference labels where they cover the least data.
///
/// Rules:
/// - The data is a set of obstacles: series lines sampled every 3 units along their length,
///   markers, bars and whiskers, plus every label already placed.
/// - A label has an ordered list of candidate positions. The first candidate whose box lies
///   inside the plot and meets no obstacle wins; if none is free, the candidate inside the plot
///   that meets the fewest obstacles wins (earlier candidates win ties).
/// - Text boxes come from ``ChartStyle/textWidth(_:size:)`` (generous), 0.8 × size above and
///   0.25 × size below the baseline, plus 2 units all round.
struct LabelPlacement {
    /// An axis-aligned rectangle in viewBox units.
    struct Box {
        var x: Double
        var y: Double
        var width: Double
        var height: Double

        func intersects(_ other: Box) -> Bool {
            x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
        }

        func contains(_ point: (Double, Double)) -> Bool {
            point.0 >= x && point.0 <= x + width && point.1 >= y && point.1 <= y + height
        }

        func isInside(_ area: PlotArea) -> Bool {
            x >= area.left && x + width <= area.right && y >= area.top && y + height <= area.bottom
        }
    }

    /// A label position: the text's anchor point and alignment.
    struct Candidate {
        let x: Double
        let y: Double
        let anchor: SVGCanvas.TextAnchor
    }

    private let area: PlotArea
    private var points: [(Double, Double)] = []
    private var boxes: [Box] = []

    init(area: PlotArea) { self.area = area }

    /// Adds a drawn polyline, sampled every 3 units (vertices included).
    mutating func addPolyline(_ polyline: [(Double, Double)]) {
        guard let first = polyline.first else { return }
        points.append(first)
        for (a, b) in zip(polyline, polyline.dropFirst()) {
            let dx = b.0 - a.0
            let dy = b.1 - a.1
            let steps = max(1, Int(((dx * dx + dy * dy).squareRoot() / 3).rounded(.up)))
            for step in 1...steps {
                let t = Double(step) / Double(steps)
                points.append((a.0 + dx * t, a.1 + dy * t))
            }
        }
    }

    /// Adds a marker (a box of twice the marker radius around the point).
    mutating func addMarker(_ point: (Double, Double)) {
        let r = ChartStyle.markerRadius
        boxes.append(Box(x: point.0 - r, y: point.1 - r, width: 2 * r, height: 2 * r))
    }

    mutating func addBox(_ box: Box) { boxes.append(box) }

    /// The box `text` covers at `candidate`.
    static func box(of text: String, size: Double, at candidate: Candidate) -> Box {
        let width = ChartStyle.textWidth(text, size: size)
        let left: Double =
            switch candidate.anchor {
            case .start: candidate.x
            case .middle: candidate.x - width / 2
            case .end: candidate.x - width
            }
        return Box(x: left - 2, y: candidate.y - size * 0.8 - 2, width: width + 4, height: size * 1.05 + 4)
    }

    private func collisions(_ box: Box) -> Int {
        points.reduce(0) { $0 + (box.contains($1) ? 1 : 0) } + boxes.reduce(0) { $0 + (box.intersects($1) ? 1 : 0) }
    }

    /// Chooses among `candidates` (see the type's rules) and records the chosen label as an
    /// obstacle for later labels.
    mutating func place(_ text: String, size: Double, candidates: [Candidate]) -> Candidate {
        precondition(!candidates.isEmpty, "a label needs at least one candidate position")
        var best: (candidate: Candidate, box: Box, score: Int)?
        for candidate in candidates {
            let box = Self.box(of: text, size: size, at: candidate)
            let score = (box.isInside(area) ? 0 : 1_000_000) + collisions(box)
            if score < (best?.score ?? .max) { best = (candidate, box, score) }
            if score == 0 { break }
        }
        guard let best else { return candidates[0] }
        boxes.append(best.box)
        return best.candidate
    }
}
