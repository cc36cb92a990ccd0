import LeadBenchData
import LeadBenchExperiment

/// A points model's activity rules laid flat for the scoring loop: for each activity type, the rules it
/// earns under, as a range of a single index array, and each rule's points and whether it counts
/// every occurrence or once — plain arrays of numbers, so the loop over a lead's activities touches no
/// rule records, strings or enums.
///
/// A model whose activity rules do not decay earns exactly `points` per occurrence (`points × 1` in
/// the general loop), so ``accumulateUndecayed(_:into:)`` gives the same totals bit for bit; one whose
/// rules decay by half-lives only earns `points × e^(−rate × age)` (`× 1` at an age ≤ 0 or without
/// decay), which ``accumulateExponential(_:into:)`` computes with the same operations in the same order.
struct ActivityRuleTable: Sendable {
    /// Rules of type `t` are `ruleIndices[starts[t] ..< starts[t + 1]]`.
    let starts: [Int32]
    let ruleIndices: [Int32]
    /// Per rule (of the whole model): its points, and whether only its latest occurrence counts.
    let points: [Double]
    let once: [Bool]
    /// Whether no activity rule decays.
    let undecayed: Bool
    /// Per rule: its half-life decay rate in 1/seconds, 0 without decay.
    let rates: [Double]
    /// Whether every activity rule decays by a half-life or not at all (no step bands).
    let exponentialOnly: Bool

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
        rates = decays.map { decay in
            if case .exponential(let rate) = decay { return rate }
            return 0
        }
        exponentialOnly = rulesByType.joined().allSatisfy { r in
            if case .steps = decays[r] { return false }
            return true
        }
    }

    /// Adds each activity's decayed points, `points × factor(age)` at the view's moment, to its rules'
    /// entries of `raw` (a rule counted once takes its latest occurrence's); for models whose rules
    /// decay by half-lives only (``exponentialOnly``).
    @inline(__always)
    func accumulateExponential(_ view: LeadView, into raw: UnsafeMutableBufferPointer<Double>) {
        let typeCount = starts.count - 1
        let asOf = view.asOf
        view.withActivityTypes { types in
            view.withActivityTimes { times in
                starts.withUnsafeBufferPointer { starts in
                    ruleIndices.withUnsafeBufferPointer { indices in
                        points.withUnsafeBufferPointer { points in
                            once.withUnsafeBufferPointer { once in
                                rates.withUnsafeBufferPointer { rates in
                                    for i in 0..<types.count {
                                        let t = Int(types[i])
                                        guard t < typeCount else { continue }
                                        let age = asOf - times[i]
                                        var j = Int(starts[t])
                                        let end = Int(starts[t + 1])
                                        while j < end {
                                            let r = Int(indices[j])
                                            let rate = rates[r]
                                            let factor = rate == 0 || age <= 0 ? 1 : exp(-rate * Double(age))
                                            let earned = points[r] * factor
                                            if once[r] { raw[r] = earned } else { raw[r] += earned }
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
