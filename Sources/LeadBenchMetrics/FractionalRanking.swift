/// Leads laid end to end by score, highest first, with tied leads sharing their stretch evenly: the rule
/// behind lift by decile, cumulative gains, capture rates and the rank-order check.
///
/// Lead ranks form the interval `[0, n)`. A group of `t` tied leads with `p` conversions occupies
/// `[a, a + t)`, and every part of that stretch converts at the group's rate `p / t` — as if the tie were
/// broken in every possible order and the results averaged. A cut at rank `r` inside the group therefore
/// puts `p · (r − a) / t` conversions above it ("fractional assignment"). The positions of the cuts depend
/// only on ranks, so each decile holds exactly `n / 10` leads (a fractional count when 10 does not divide
/// `n`), and since a group enters only through its size and conversions, no result depends on the order
/// of the input.
struct FractionalRanking: Sendable {
    let groups: ScoreGroups
    /// Leads in groups before group `g` (the rank where group `g` starts).
    private let start: [Int]
    /// Conversions in groups before group `g`.
    private let positivesBefore: [Int]

    init(_ groups: ScoreGroups) {
        self.groups = groups
        start = [0] + runningSum(groups.sizes).dropLast()
        positivesBefore = [0] + runningSum(groups.positives).dropLast()
    }

    /// The number of leads.
    var count: Int { groups.classes.count }

    /// Expected conversions among the top `rank` leads, `rank` in `[0, n]`.
    func positivesInTop(_ rank: Double) -> Double {
        if rank <= 0 { return 0 }
        if rank >= Double(count) { return Double(groups.classes.positives) }
        let g = group(containing: rank)
        let inside = (rank - Double(start[g])) / Double(groups.sizes[g])
        return Double(positivesBefore[g]) + Double(groups.positives[g]) * inside
    }

    /// The highest and lowest scores of the leads that overlap the ranks `[from, to)` (`from < to`).
    func scoreRange(from: Double, to: Double) -> (highest: Double, lowest: Double) {
        let first = group(containing: from)
        // The last group starting strictly before `to`.
        var last = group(containing: to)
        if last > first && Double(start[last]) >= to { last -= 1 }
        return (groups.scores[first], groups.scores[last])
    }

    /// The group whose stretch `[start, start + size)` contains `rank` (the last group for `rank ≥ n`).
    private func group(containing rank: Double) -> Int {
        var low = 0
        var high = start.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Double(start[middle]) <= rank { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
