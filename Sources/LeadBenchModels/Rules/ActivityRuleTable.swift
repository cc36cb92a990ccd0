import LeadBenchExperiment

/// A points model's activity rules laid flat for the scoring loop: for each activity type, the rules it
/// earns under, as a range of a single index array, and each rule's points and whether it counts
/// every occurrence or once — plain arrays of numbers, so the loop over a lead's activities touches no
/// rule records, strings or enums.
///
/// A model whose activity rules do not decay earns exactly `points` per occurrence (`points × 1` in
/// the general loop), so ``accumulateUndecayed(_:into:)`` gives the same totals bit for bit.
struct ActivityRuleTable: Sendable {
    /// Rules of type `t` are `ruleIndices[starts[t] ..< starts[t + 1]]`.
    let starts: [Int32]
    let ruleIndices: [Int32]
    /// Per rule (of the whole model): its points, and whether only its latest occurrence counts.
    let points: [Double]
    let once: [Bool]
    /// Whether no activity rule decays.
    let undecayed: Bool

    init(rules: [RuleSpec], rulesByType: [[Int]], decays: [Decay]) {
        var starts: [Int32] = [0]
        var indices: [Int32] = []
        for list in rulesByType {
            indices.append(contentsOf: list.map { Int32($0) })
            starts.append(Int32(indices.count))
        }
        self.starts = starts
        ruleIndices = indices
        points = rules.map(\.points)
        once = rules.map { rule in
            if case .activity(_, let perOccurrence) = rule.target { return !perOccurrence }
            return false
        }
        undecayed = rulesByType.joined().allSatisfy { decays[$0] == .none }
    }

    /// Adds each activity's points to its rules' entries of `raw` (a rule counted once takes its latest
    /// occurrence's points); for models whose activity rules do not decay.
    @inline(__always)
    func accumulateUndecayed(_ view: LeadView, into raw: UnsafeMutableBufferPointer<Double>) {
        let typeCount = starts.count - 1
        view.withActivityTypes { types in
            starts.withUnsafeBufferPointer { starts in
                ruleIndices.withUnsafeBufferPointer { indices in
                    points.withUnsafeBufferPointer { points in
                        once.withUnsafeBufferPointer { once in
                            for type in types {
                                let t = Int(type)
                                guard t < typeCount else { continue }
                                var j = Int(starts[t])
                                let end = Int(starts[t + 1])
                                while j < end {
                                    let r = Int(indices[j])
                                    if once[r] { raw[r] = points[r] } else { raw[r] += points[r] }
                                    j += 1
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
