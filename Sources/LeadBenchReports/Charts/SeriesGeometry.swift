/// Screen-space geometry of series: polylines, staircases, marker positions and bar slots.
enum SeriesGeometry {
    typealias Point = (Double, Double)

    /// `points` without consecutive repeats once rounded to 0.01 (the precision they are
    /// written with), so dense curves do not repeat identical vertices.
    static func deduplicated(_ points: [Point]) -> [Point] {
        var result: [Point] = []
        result.reserveCapacity(points.count)
        var last: (Double, Double)?
        for point in points {
            let key = (rounded(point.0), rounded(point.1))
            if let last, last == key { continue }
            last = key
            result.append(point)
        }
        return result
    }

    private static func rounded(_ value: Double) -> Double { (value * 100).rounded(.toNearestOrAwayFromZero) }

    /// The staircase through `points`: from each point horizontally to the next point's x,
    /// then vertically to it (`n` points give `2n − 1` vertices).
    static func staircase(_ points: [Point]) -> [Point] {
        guard var previous = points.first else { return [] }
        var result = [previous]
        for point in points.dropFirst() {
            result.append((point.0, previous.1))
            result.append(point)
            previous = point
        }
        return result
    }

    /// Offsets (as fractions of one marker interval) that shift spread markers per slot.
    private static let phases: [Double] = [0.5, 0.25, 0.75, 0.125, 0.625, 0.375, 0.875, 0.0625]

    /// `count` positions along `polyline` at distances `L × (k + phase) / count`, `k = 0…count−1`,
    /// where `L` is the polyline's length and `phase` depends on the palette slot. A polyline
    /// of length 0 gets one position, its first vertex.
    static func spreadPositions(along polyline: [Point], count: Int, slot: Int) -> [Point] {
        guard let first = polyline.first else { return [] }
        var cumulative: [Double] = [0]
        for (a, b) in zip(polyline, polyline.dropFirst()) {
            cumulative.append(cumulative[cumulative.count - 1] + distance(a, b))
        }
        let total = cumulative[cumulative.count - 1]
        guard total > 0 else { return [first] }
        let phase = phases[((slot % phases.count) + phases.count) % phases.count]
        var result: [Point] = []
        var segment = 0
        for k in 0..<count {
            let target = total * (Double(k) + phase) / Double(count)
            while segment < polyline.count - 2, cumulative[segment + 1] < target { segment += 1 }
            let length = cumulative[segment + 1] - cumulative[segment]
            let t = length > 0 ? (target - cumulative[segment]) / length : 0
            let a = polyline[segment]
            let b = polyline[segment + 1]
            result.append((a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t))
        }
        return result
    }

    private static func distance(_ a: Point, _ b: Point) -> Double {
        let dx = b.0 - a.0
        let dy = b.1 - a.1
        return (dx * dx + dy * dy).squareRoot()
    }

    /// The smallest positive gap between distinct values of `xs`, or `nil` with fewer than two.
    static func smallestGap(_ xs: [Double]) -> Double? {
        let sorted = xs.sorted()
        var gap: Double?
        for (a, b) in zip(sorted, sorted.dropFirst()) where b > a {
            gap = min(gap ?? .infinity, b - a)
        }
        return gap
    }
}
