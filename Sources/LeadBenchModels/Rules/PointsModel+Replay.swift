import LeadBenchData
import LeadBenchExperiment

extension PointsModel {
    /// The first moment in `start ... end` at which the lead's score reaches `threshold`, to the second;
    /// `nil` if it never does (DESIGN §2: checked at the start, after each activity, and between
    /// activities where a decaying negative amount lets the score rise).
    ///
    /// Static and exponentially decaying models walk the lead's history once, carrying each rule's
    /// decayed total forward from activity to activity (no re-summing). Between activities the score
    /// is a sum of monotone terms (positive totals fade down, negative ones fade up), so an upper bound
    /// over an interval is each term at its favourable end; intervals whose bound stays below the
    /// threshold are skipped and the rest halved down to one second. Step decay changes only when an
    /// activity enters a new age band, so those moments are checked directly.
    public func firstMoment(reaching threshold: Double, lead: Int, from start: Int64, through end: Int64, data: ScoringData) -> Int64? {
        guard start <= end else { return nil }
        if decays.contains(where: { if case .steps = $0 { true } else { false } }) {
            return firstMomentByEvents(reaching: threshold, lead: lead, from: start, through: end, data: data)
        }
        let walk = ReplayWalk(model: self, history: data.view(lead, asOf: end))
        walk.absorb(through: start)
        if walk.score(at: start) >= threshold { return start }
        var t = start
        while t < end {
            var next = walk.nextActivityTime ?? end
            if let onset = walk.inactivityOnset, onset > t { next = min(next, onset) }
            next = min(next, end)
            if walk.changesBetweenActivities, next - 1 > t, let crossing = walk.search(after: t, through: next - 1, threshold: threshold) {
                return crossing
            }
            walk.absorb(through: next)
            if walk.score(at: next) >= threshold { return next }
            t = next
        }
        return nil
    }

    /// Step decay: the score is constant between activities, band changes and inactivity onsets, so
    /// it is evaluated at each of those moments.
    private func firstMomentByEvents(reaching threshold: Double, lead: Int, from start: Int64, through end: Int64, data: ScoringData) -> Int64? {
        let history = data.view(lead, asOf: end)
        var moments: [Int64] = [start]
        for i in 0..<history.activityCount {
            let at = history.activityTime(i)
            moments.append(at)
            for decay in decays { if case .steps(let bounds, _) = decay { moments += bounds.map { at + $0 + 1 } } }
            if let inactivity { moments.append(at + inactivity.after) }
        }
        if let inactivity, history.createdAt != EpochSeconds.missing { moments.append(history.createdAt + inactivity.after) }
        for moment in Set(moments).sorted() where moment >= start && moment <= end {
            if score(data.view(lead, asOf: moment)) >= threshold { return moment }
        }
        return nil
    }
}

/// The state of a one-pass walk through a lead's history: each rule's total as of the moment it last
/// changed, and which activities have been absorbed.
///
/// A class, made once per lead's pass: the pass's closures then share one reference to it, where a
/// value they shared was copied at each call — retaining the model's arrays, which every replay
/// thread shares, each time.
private final class ReplayWalk {
    let model: PointsModel
    let history: LeadView
    /// Each rule's raw total as of `stamp` (attribute rules: their fixed points).
    var totals: [Double]
    var stamps: [Int64]
    var absorbed = 0
    var lastActivity: Int64?

    init(model: PointsModel, history: LeadView) {
        self.model = model
        self.history = history
        let rules = model.config.rules
        totals = rules.indices.map { r in model.conditions[r].map { $0.matches(history) ? rules[r].points : 0 } ?? 0 }
        stamps = [Int64](repeating: history.createdAt, count: rules.count)
    }

    var nextActivityTime: Int64? { absorbed < history.activityCount ? history.activityTime(absorbed) : nil }

    /// When the inactivity penalty starts, given the activities absorbed so far.
    var inactivityOnset: Int64? {
        guard let inactivity = model.inactivity else { return nil }
        let last = lastActivity ?? history.createdAt
        return last == EpochSeconds.missing ? nil : last + inactivity.after
    }

    /// Whether the score can change between activities (exponential decay of some activity rule).
    var changesBetweenActivities: Bool {
        model.decays.contains { if case .exponential = $0 { true } else { false } }
    }

    /// Adds every activity up to `moment` to the rule totals, decaying each total to the activity's time.
    func absorb(through moment: Int64) {
        let rules = model.config.rules
        while absorbed < history.activityCount, history.activityTime(absorbed) <= moment {
            let at = history.activityTime(absorbed)
            let type = Int(history.activityType(absorbed))
            if type < model.rulesByType.count {
                for r in model.rulesByType[type] {
                    let carried = totals[r] * model.decays[r].factor(age: at - stamps[r])
                    if case .activity(_, let perOccurrence) = rules[r].target, !perOccurrence {
                        totals[r] = rules[r].points
                    } else {
                        totals[r] = carried + rules[r].points
                    }
                    stamps[r] = at
                }
            }
            lastActivity = at
            absorbed += 1
        }
    }

    /// The score at `moment` from the carried totals (no activity after the last absorbed one).
    func score(at moment: Int64) -> Double {
        bounded(from: moment, to: moment)
    }

    /// The model's total with each rule's term taken at whichever of `a` and `b` makes it larger: the
    /// score itself when a == b, and an upper bound on the score over [a, b] otherwise (terms are
    /// monotone between activities, and caps and clamps are non-decreasing).
    func bounded(from a: Int64, to b: Int64) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, totals.count)) { raw in
            for r in totals.indices {
                let atA = totals[r] * model.decays[r].factor(age: a - stamps[r])
                raw[r] = atA >= 0 ? atA : totals[r] * model.decays[r].factor(age: b - stamps[r])
            }
            return model.total(raw, penalised: isPenalised(at: a))
        }
    }

    func isPenalised(at moment: Int64) -> Bool {
        guard let onset = inactivityOnset else { return false }
        return moment >= onset
    }

    /// The first second in (after, through] whose score reaches `threshold`, by bounding and halving.
    func search(after a: Int64, through b: Int64, threshold: Double) -> Int64? {
        guard b > a, bounded(from: a, to: b) >= threshold else { return nil }
        if b - a == 1 { return score(at: b) >= threshold ? b : nil }
        let middle = a + (b - a) / 2
        return search(after: a, through: middle, threshold: threshold) ?? search(after: middle, through: b, threshold: threshold)
    }
}

extension PointsModel {
    /// The peaks from one pass over the peak moments (``CourseMoments``), the attribute rules evaluated
    /// once for the lead and only the activities re-added at each moment — the same totals as
    /// ``score(_:)``; the first moment from the exact event replay above.
    ///
    /// Without decay a score depends on the moment only through the activities up to it and whether
    /// the inactivity penalty applies, so it is computed again only when one of those two changed.
    public func course(lead: Int, from start: Int64, through end: Int64, cut: Int64?, threshold: Double?, data: ScoringData) -> ScoreCourse {
        guard start <= end, cut.map({ $0 <= end }) ?? true else {
            return courseByParts(lead: lead, from: start, through: end, cut: cut, threshold: threshold, data: data)
        }
        let history = data.view(lead, asOf: end)
        let moments = CourseMoments(history: history, start: start, end: end, cut: cut, crossingWindows: [])
        let first = threshold.flatMap { firstMoment(reaching: $0, lead: lead, from: start, through: end, data: data) }
        let hasCutPeak = cut.map { $0 >= start } ?? false
        let undecayed = activityTable.undecayed
        if !undecayed && !decays.contains(where: { if case .steps = $0 { true } else { false } }) {
            let (peak, peakThroughCut) = decayingPeaks(moments.merged, history: history, lead: lead, start: start, cut: cut, data: data)
            return ScoreCourse(firstMoment: first, peak: peak, peakThroughCut: hasCutPeak ? peakThroughCut : nil)
        }
        var peak = -Double.infinity
        var peakThroughCut = -Double.infinity
        let ruleCount = max(1, config.rules.count)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: ruleCount) { attributes in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: ruleCount) { raw in
                fillAttributeRules(data.view(lead, asOf: start), into: attributes)
                // The state an undecayed score depends on: activities so far, and the penalty.
                var happened = 0
                var state: (happened: Int, penalised: Bool)?
                var score = 0.0
                for (moment, flags) in moments.merged {
                    while happened < history.activityCount && history.activityTime(happened) <= moment { happened += 1 }
                    let last = happened > 0 ? history.activityTime(happened - 1) : history.createdAt
                    let penalised = inactivity.map { last != EpochSeconds.missing && moment - last >= $0.after } ?? false
                    if !undecayed || state?.happened != happened || state?.penalised != penalised {
                        let view = data.view(lead, asOf: moment)
                        for r in 0..<config.rules.count { raw[r] = attributes[r] }
                        accumulateActivities(view, into: raw)
                        score = total(raw, penalised: isInactive(view))
                        state = (happened, penalised)
                    }
                    if flags.contains(.peak) { peak = max(peak, score) }
                    if let cut, moment <= cut, flags.contains(.peak) || moment == cut { peakThroughCut = max(peakThroughCut, score) }
                }
            }
        }
        return ScoreCourse(firstMoment: first, peak: peak, peakThroughCut: hasCutPeak ? peakThroughCut : nil)
    }

    /// The peak and the peak through `cut` over `moments` (``CourseMoments/merged``) of a model whose
    /// rules decay exponentially, scoring only the moments that can raise them.
    ///
    /// Between one activity and the next (and while the inactivity penalty neither starts nor stops)
    /// every rule's term moves monotonically — a positive total fades down, a negative one fades up —
    /// and the caps, the clamps and the penalty keep the score non-decreasing in each term, so each
    /// term at its favourable end bounds the score over a stretch of moments from above
    /// (``ReplayWalk/bounded(from:to:)``, from each rule's total carried forward). The first moment of
    /// each stretch is scored; the rest of a stretch is skipped where its bound stays below the peak it
    /// could raise (less a margin far above the carried totals' rounding), and otherwise halved down to
    /// single moments. Every moment scored is scored as ``score(_:)`` scores it, so the peaks are those
    /// of scoring every moment.
    private func decayingPeaks(
        _ merged: [(Int64, CourseMoments.Flags)], history: LeadView, lead: Int, start: Int64, cut: Int64?, data: ScoringData
    ) -> (peak: Double, peakThroughCut: Double) {
        var peak = -Double.infinity
        var peakThroughCut = -Double.infinity
        let walk = ReplayWalk(model: self, history: history)
        let ruleCount = max(1, config.rules.count)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: ruleCount) { attributes in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: ruleCount) { raw in
                fillAttributeRules(data.view(lead, asOf: start), into: attributes)
                func take(_ index: Int) {
                    let (moment, flags) = merged[index]
                    let view = data.view(lead, asOf: moment)
                    for r in 0..<config.rules.count { raw[r] = attributes[r] }
                    accumulateActivities(view, into: raw)
                    let score = total(raw, penalised: isInactive(view))
                    if flags.contains(.peak) { peak = max(peak, score) }
                    if let cut, moment <= cut, flags.contains(.peak) || moment == cut { peakThroughCut = max(peakThroughCut, score) }
                }
                // Pending ranges of moments of one stretch, the leftmost on top: a range is skipped
                // where its bound cannot raise a peak, halved otherwise.
                withUnsafeTemporaryAllocation(of: (Int, Int).self, capacity: 2 * (Int.bitWidth - merged.count.leadingZeroBitCount) + 2) { pending in
                    var index = 0
                    while index < merged.count {
                        walk.absorb(through: merged[index].0)
                        let penalised = walk.isPenalised(at: merged[index].0)
                        let next = walk.nextActivityTime ?? .max
                        var end = index + 1
                        while end < merged.count && merged[end].0 < next && walk.isPenalised(at: merged[end].0) == penalised { end += 1 }
                        take(index)
                        var depth = 0
                        if index + 1 < end {
                            pending[0] = (index + 1, end)
                            depth = 1
                        }
                        while depth > 0 {
                            depth -= 1
                            let (low, high) = pending[depth]
                            let bound = walk.bounded(from: merged[low].0, to: merged[high - 1].0)
                            let bar = cut.map { merged[low].0 <= $0 } == true ? min(peak, peakThroughCut) : peak
                            if bound + 1e-9 * (1 + abs(bound)) < bar { continue }
                            if high - low == 1 {
                                take(low)
                            } else {
                                let middle = (low + high) / 2
                                pending[depth] = (middle, high)
                                pending[depth + 1] = (low, middle)
                                depth += 2
                            }
                        }
                        index = end
                    }
                }
            }
        }
        return (peak, peakThroughCut)
    }
}
