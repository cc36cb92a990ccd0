import LeadBenchData
import LeadBenchMetrics
import Testing

/// The presorted ranking for bootstrap resamples in counts form: its O(n) ROC AUC and average precision
/// equal the sort-based metrics on the expanded resample, for hand-computed cases, seeded random
/// resamples with heavy ties and resamples that lose a class.
@Suite struct RankedScoresTests {
    /// Row `r` repeated `counts[r]` times, in row order, keeping only the scored rows.
    static func expanded(_ scores: [Double?], _ labels: [Bool], _ counts: [Int]) -> (scores: [Double], labels: [Bool]) {
        var outScores: [Double] = [], outLabels: [Bool] = []
        for (row, count) in counts.enumerated() {
            guard let score = scores[row] else { continue }
            for _ in 0..<count {
                outScores.append(score)
                outLabels.append(labels[row])
            }
        }
        return (outScores, outLabels)
    }

    /// A plain bootstrap resample of `n` rows as counts.
    static func resample(_ n: Int, _ rng: inout SplitMix64) -> [Int] {
        var counts = [Int](repeating: 0, count: n)
        for _ in 0..<n { counts[Int(rng.next() % UInt64(n))] += 1 }
        return counts
    }

    @Test func handComputedCases() throws {
        let ranked = try RankedScores(scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true])
        #expect(ranked.blockCount == 4)
        #expect(ranked.rocAUC(counts: [1, 1, 1, 1]) == 0.75)
        #expect(ranked.averagePrecision(counts: [1, 1, 1, 1]) == 0.5 + 0.5 * 2 / 3)
        // Two copies of 0.1 and one 0.35: the converted lead beats both.
        #expect(ranked.rocAUC(counts: [2, 0, 1, 0]) == 1)
        #expect(ranked.averagePrecision(counts: [2, 0, 1, 0]) == 1)
        // 0.4 (twice, not converted) above 0.35 (converted), below 0.8 (converted); 0.1 once.
        // Pairs: 0.8 beats 3 negatives, 0.35 beats 1 → 4 of 2·3 = 6.
        #expect(ranked.rocAUC(counts: [1, 2, 1, 1]) == 4.0 / 6.0)
        // AP: at 0.8 recall ½ precision 1; at 0.35 recall 1 precision 2/4.
        #expect(ranked.averagePrecision(counts: [1, 2, 1, 1]) == 0.5 * 1 + 0.5 * 0.5)
    }

    @Test func tiesCountOneHalf() throws {
        // One block of four: every (converted, other) pair is a tie.
        let ranked = try RankedScores(scores: [0.5, 0.5, 0.5, 0.5], labels: [true, false, true, false])
        #expect(ranked.blockCount == 1)
        #expect(ranked.rocAUC(counts: [1, 1, 1, 1]) == 0.5)
        #expect(ranked.rocAUC(counts: [3, 1, 0, 0]) == 0.5)
        // One threshold qualifies everything: precision 2/4 at recall 1.
        #expect(ranked.averagePrecision(counts: [1, 1, 1, 1]) == 0.5)
        #expect(ranked.averagePrecision(counts: [3, 1, 0, 0]) == 0.75)
    }

    @Test func singleClassAndEmptyResamplesAreUndefined() throws {
        let ranked = try RankedScores(scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true])
        #expect(ranked.rocAUC(counts: [2, 2, 0, 0]) == nil)
        #expect(ranked.averagePrecision(counts: [2, 2, 0, 0]) == nil)
        #expect(ranked.rocAUC(counts: [0, 0, 1, 3]) == nil)
        #expect(ranked.averagePrecision(counts: [0, 0, 1, 3]) == nil)
        #expect(ranked.rocAUC(counts: [0, 0, 0, 0]) == nil)
        #expect(ranked.averagePrecision(counts: [0, 0, 0, 0]) == nil)
    }

    @Test func unscoredRowsAreLeftOut() throws {
        let ranked = try RankedScores(scores: [0.1, nil, 0.35, 0.8, nil], labels: [false, true, true, false, false])
        // Scored: 0.8 (no), 0.35 (yes), 0.1 (no) → one of two pairs.
        #expect(ranked.rocAUC(counts: [1, 5, 1, 1, 7]) == 0.5)
        #expect(ranked.rocAUC(counts: [0, 5, 1, 1, 7]) == 0)
        #expect(ranked.rocAUC(counts: [1, 5, 0, 1, 7]) == nil)
    }

    @Test func invalidInputsThrow() {
        #expect(throws: MetricError.lengthMismatch(scores: 2, labels: 1)) { try RankedScores(scores: [0.1, 0.2], labels: [true]) }
        #expect(throws: MetricError.nonFiniteScore(index: 2)) {
            try RankedScores(scores: [0.1, nil, .nan], labels: [true, false, false])
        }
    }

    /// Many seeded resamples of samples with heavy ties (1–2 decimals), some unscored rows and rare
    /// positives (so some resamples lose a class): the O(n) figures equal the sort-based metrics on the
    /// expanded resample, bit for bit, and are `nil` exactly where those throw.
    @Test(arguments: [1, 2, 3])
    func matchesTheSortedMetricsOnExpandedResamples(decimals: Int) throws {
        var rng = SplitMix64(seed: UInt64(100 + decimals))
        for trial in 0..<60 {
            let n = 2 + trial * 7 % 150
            var inputs = SeededInputs(seed: UInt64(trial * 31 + decimals))
            let rate = trial % 3 == 0 ? 0.01 : 0.2
            let (plain, labels) = inputs.scoresAndLabels(count: n, decimals: decimals, positiveRate: rate)
            let scores: [Double?] = plain.enumerated().map { $0.offset % 11 == 5 ? nil : $0.element }
            let ranked = try RankedScores(scores: scores, labels: labels)
            for _ in 0..<20 {
                let counts = Self.resample(n, &rng)
                let (s, l) = Self.expanded(scores, labels, counts)
                let auc = try? rocAUCScore(scores: s, labels: l)
                let ap = try? averagePrecisionScore(scores: s, labels: l)
                #expect(ranked.rocAUC(counts: counts) == auc, "n \(n), counts \(counts)")
                #expect(ranked.averagePrecision(counts: counts) == ap, "n \(n), counts \(counts)")
                // Both from one pass: the same values.
                let both = ranked.rocAUCAndAveragePrecision(counts: counts)
                #expect(both.auc == auc && both.averagePrecision == ap, "n \(n), counts \(counts)")
                if let auc, let fast = ranked.rocAUC(counts: counts) { #expect(abs(fast - auc) <= 1e-12) }
            }
        }
    }

    /// Through the bootstrap: counts form with the presorted ranking gives the intervals of the indices
    /// form with the sort-based metric, for a stratified and an account-clustered design.
    @Test func bootstrapIntervalsEqualTheIndicesForm() throws {
        var inputs = SeededInputs(seed: 5)
        let (scores, labels) = inputs.scoresAndLabels(count: 600, decimals: 2, positiveRate: 0.1)
        let accounts = (0..<600).map { ($0 * 7919) % 230 }
        let ranked = try RankedScores(scores: scores, labels: labels)
        let bootstrap = try Bootstrap(seed: 9, resamples: 300, parallelism: 2)
        for design in [try ResamplingDesign.stratified(outcomes: labels), try .clustered(accounts, outcomes: labels), try .clustered(accounts)] {
            let slow = try bootstrap.intervals(
                design,
                statistics: [
                    { rows in try? rocAUCScore(scores: rows.map { scores[$0] }, labels: rows.map { labels[$0] }) },
                    { rows in try? averagePrecisionScore(scores: rows.map { scores[$0] }, labels: rows.map { labels[$0] }) },
                ])
            let fast = try bootstrap.intervals(
                design, form: .counts,
                statistics: [{ ranked.rocAUC(counts: $0) }, { ranked.averagePrecision(counts: $0) }])
            #expect(fast == slow)
        }
    }

    /// The counts form on one thread and on two gives the same intervals, bit for bit.
    @Test func countsFormIntervalsDoNotDependOnTheThreads() throws {
        var inputs = SeededInputs(seed: 8)
        let (scores, labels) = inputs.scoresAndLabels(count: 800, decimals: 2, positiveRate: 0.1)
        let ranked = try RankedScores(scores: scores, labels: labels)
        let design = try ResamplingDesign.stratified(outcomes: labels)
        let statistics: [ResampleStatistic] = [{ ranked.rocAUC(counts: $0) }, { ranked.averagePrecision(counts: $0) }]
        let one = try Bootstrap(seed: 4, resamples: 301, parallelism: 1).intervals(design, form: .counts, statistics: statistics)
        let two = try Bootstrap(seed: 4, resamples: 301, parallelism: 2).intervals(design, form: .counts, statistics: statistics)
        #expect(one == two)
    }

    @Test func resampledQuantileEqualsTheQuantileOfTheExpandedSample() {
        var rng = SplitMix64(seed: 21)
        for trial in 0..<200 {
            let n = 1 + trial % 40
            let values = (0..<n).map { _ in Double(rng.next() % 20) / 2 }
            let rowsOf = (0..<n).sorted { values[$0] < values[$1] }
            let sorted = rowsOf.map { values[$0] }
            let counts = Self.resample(n, &rng).map { trial % 5 == 0 ? $0 * 0 : $0 }
            var expanded: [Double] = []
            for row in rowsOf { expanded += [Double](repeating: values[row], count: counts[row]) }
            for q in [0.0, 0.1, 0.25, 0.5, 0.9, 1.0] {
                let fast = resampledQuantile(sorted: sorted, rows: rowsOf, counts: counts, q)
                if expanded.isEmpty {
                    #expect(fast.isNaN)
                } else {
                    #expect(fast == quantile(expanded, q), "q \(q), values \(expanded)")
                }
            }
        }
    }
}
