import Testing

/// The tolerance every golden comparison uses.
let goldenTolerance = 1e-9

/// The largest |a − b| over two equally long arrays (0 for equal infinities), or `.infinity` when
/// their lengths differ.
func maxDeviation(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count else { return .infinity }
    return zip(a, b).reduce(0.0) { worst, pair in max(worst, deviation(pair.0, pair.1)) }
}

/// |a − b|, 0 when both are the same infinity.
func deviation(_ a: Double, _ b: Double) -> Double {
    a == b ? 0 : abs(a - b)
}

/// Expects `actual` within `tolerance` of `expected`.
func expectClose(
    _ actual: Double?, _ expected: Double?, tolerance: Double = goldenTolerance, _ what: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    switch (actual, expected) {
    case (nil, nil):
        return
    case (let actual?, let expected?):
        #expect(
            deviation(actual, expected) <= tolerance, "\(what): \(actual) vs expected \(expected)",
            sourceLocation: sourceLocation)
    default:
        Issue.record("\(what): \(String(describing: actual)) vs expected \(String(describing: expected))",
                     sourceLocation: sourceLocation)
    }
}

/// Expects two arrays of the same length, element-wise within `tolerance`.
func expectClose(
    _ actual: [Double], _ expected: [Double], tolerance: Double = goldenTolerance, _ what: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(what): \(actual.count) elements vs expected \(expected.count)",
            sourceLocation: sourceLocation)
    let worst = maxDeviation(actual, expected)
    #expect(worst <= tolerance, "\(what): max |Δ| \(worst)", sourceLocation: sourceLocation)
}
