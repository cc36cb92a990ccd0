import LeadBenchData

/// The features of a ``CompiledFeatures`` row that depend on the moment — activity counts per window,
/// days since the last activity, "no activity yet", colleagues so far — listed apart, so a pass over
/// one lead's moments fills the attribute features once and carries only these forward
/// (``MomentTracker``), each to the value ``CompiledFeatures/fill(_:into:)`` gives it, bit for bit.
struct MomentFeatures: Sendable {
    /// One activity-count feature: its column (and place in ``columns``), window and standardisation.
    struct Count: Sendable {
        let column: Int
        let position: Int
        let days: Int
        let mean: Double
        let scale: Double
    }

    enum Other: Sendable {
        case daysSinceLast(column: Int, mean: Double, scale: Double)
        case noActivityYet(column: Int)
        case colleagues(column: Int, mean: Double, scale: Double)
    }

    /// Every count feature, those of each activity type together: type `t`'s are
    /// `counts[typeStart[t] ..< typeStart[t + 1]]`; the counts of types the dataset does not have
    /// (always 0 activities) come after the last type's.
    let counts: [Count]
    let typeStart: [Int]
    let others: [Other]
    /// Each of ``others``' place in ``columns``.
    let otherPositions: [Int]
    /// The count features' distinct windows, in days ascending.
    let windowsDays: [Int]
    /// The columns filled here, ascending.
    let columns: [Int]
    /// Days since the last activity: its column, standardisation, and position in ``columns``.
    let recency: (column: Int, mean: Double, scale: Double, position: Int)?

    init(_ compiled: [CompiledFeatures.Compiled], typeCount: Int) {
        var byType = [[Count]](repeating: [], count: typeCount)
        var absent: [Count] = []
        var others: [Other] = []
        var otherPositions: [Int] = []
        var columns: [Int] = []
        for (column, feature) in compiled.enumerated() {
            switch feature {
            case .activityCount(let type, let days, let mean, let scale):
                let count = Count(column: column, position: columns.count, days: days, mean: mean, scale: scale)
                if let type, Int(type) < typeCount { byType[Int(type)].append(count) } else { absent.append(count) }
                columns.append(column)
            case .daysSinceLastActivity(let mean, let scale):
                otherPositions.append(columns.count)
                others.append(.daysSinceLast(column: column, mean: mean, scale: scale))
                columns.append(column)
            case .noActivityYet:
                otherPositions.append(columns.count)
                others.append(.noActivityYet(column: column))
                columns.append(column)
            case .accountLeadsSoFar(let mean, let scale):
                otherPositions.append(columns.count)
                others.append(.colleagues(column: column, mean: mean, scale: scale))
                columns.append(column)
            case .category, .otherCategory, .missing, .number:
                break
            }
        }
        var typeStart = [0]
        for list in byType { typeStart.append(typeStart[typeStart.count - 1] + list.count) }
        counts = byType.flatMap { $0 } + absent
        self.typeStart = typeStart
        self.others = others
        self.otherPositions = otherPositions
        windowsDays = Array(Set(counts.map(\.days))).sorted()
        self.columns = columns
        recency = others.lazy.compactMap { other -> (column: Int, mean: Double, scale: Double, position: Int)? in
            guard case .daysSinceLast(let column, let mean, let scale) = other, let position = columns.firstIndex(of: column) else { return nil }
            return (column, mean, scale, position)
        }.first
    }
}
