@testable import LeadBenchMetrics
import Testing

@Suite struct StatisticsBootstrapTests {
    static func mean(_ values: [Double]) -> ResampleStatistic {
        { rows in rows.reduce(0.0) { $0 + values[$1] } / Double(rows.count) }
    }

    static func weightedMean(_ values: [Double]) -> ResampleStatistic {
        { counts in
            var total = 0.0, weight = 0
            for (row, count) in counts.enumerated() where count > 0 {
                total += Double(count) * values[row]
                weight += count
            }
            return total / Double(weight)
        }
    }

    static func auc(_ scores: [Double], _ labels: [Bool]) -> ResampleStatistic {
        { rows in StatisticsAUC.auc(scores: scores, labels: labels, rows: rows) }
    }

    static func design(_ item: StatisticsGolden.BootstrapCase, _ section: StatisticsGolden.BootstrapSection)
        throws -> ResamplingDesign
    {
        let labels = section.labels.map { $0 == 1 }
        switch (item.clustered, item.stratified) {
        case (true, true): return try .clustered(section.clusters, outcomes: labels)
        case (true, false): return try .clustered(section.clusters)
        case (false, true): return try .stratified(outcomes: labels)
        case (false, false): return try .simple(rowCount: labels.count)
        }
    }

    /// Against the Python replica of the scheme (SplitMix64 streams, strata, clusters, numpy quantiles):
    /// the same resamples, so the same interval.
    @Test func matchesThePythonReplica() throws {
        let section = try StatisticsGolden.shared.get().bootstrap
        let labels = section.labels.map { $0 == 1 }
        var log = DeviationLog()
        for item in section.cases {
            let design = try Self.design(item, section)
            let bootstrap = try Bootstrap(seed: item.seed, resamples: item.resamples, confidence: item.confidence)
            #expect(bootstrap.resampleIndices(0, of: design) == item.firstResample, "\(item.name)")
            let interval: BootstrapInterval
            if item.name.hasPrefix("paired") {
                interval = try bootstrap.pairedInterval(
                    design, first: Self.auc(section.first, labels), second: Self.auc(section.second, labels)
                ).difference
            } else if item.name.hasPrefix("auc") {
                interval = try bootstrap.interval(design, statistic: Self.auc(section.first, labels))
            } else {
                interval = try bootstrap.interval(design, statistic: Self.mean(section.values))
            }
            for (actual, expected) in [
                (interval.estimate, item.estimate), (interval.lower, item.lower), (interval.upper, item.upper),
            ] {
                log.record("bounds", actual, expected)
                #expect(agrees(actual, expected, within: 1e-12), "\(item.name)")
            }
            #expect(interval.resamplesUsed == item.used)
            #expect(interval.skipped == item.skipped)
        }
        // Unstratified AUC on 12 leads with 2 positives: resamples without a positive are skipped.
        let small = section.smallCase
        let interval = try Bootstrap(seed: small.seed, resamples: small.resamples).interval(
            try .simple(rowCount: section.smallScores.count),
            statistic: Self.auc(section.smallScores, section.smallLabels.map { $0 == 1 }))
        #expect(interval.skipped == small.skipped)
        #expect(interval.skipped > 0)
        #expect(interval.resamplesUsed == small.used)
        #expect(agrees(interval.lower, small.lower, within: 1e-12))
        #expect(agrees(interval.upper, small.upper, within: 1e-12))
        log.report("bootstrap")
    }

    @Test func sameSeedSameIntervalWhateverTheThreads() throws {
        let section = try StatisticsGolden.shared.get().bootstrap
        let labels = section.labels.map { $0 == 1 }
        let design = try ResamplingDesign.clustered(section.clusters, outcomes: labels)
        let one = try Bootstrap(seed: 77, resamples: 301).interval(design, statistic: Self.auc(section.first, labels))
        let again = try Bootstrap(seed: 77, resamples: 301).interval(design, statistic: Self.auc(section.first, labels))
        let two = try Bootstrap(seed: 77, resamples: 301, parallelism: 2)
            .interval(design, statistic: Self.auc(section.first, labels))
        let five = try Bootstrap(seed: 77, resamples: 301, parallelism: 5)
            .interval(design, statistic: Self.auc(section.first, labels))
        #expect(one == again)
        #expect(one == two)
        #expect(one == five)
        let other = try Bootstrap(seed: 78, resamples: 301).interval(design, statistic: Self.auc(section.first, labels))
        #expect(other != one)
    }

    /// Seeding resample b with `seed &+ b &* γ` directly would make resample b + 1 replay resample b's draws
    /// shifted by one (SplitMix64 steps its state by γ); the mixed per-resample seeds do not.
    @Test func neighbouringResamplesAreNotShiftedCopies() throws {
        let design = try ResamplingDesign.simple(rowCount: 1_000)
        let bootstrap = try Bootstrap(seed: 42)
        let first = bootstrap.resampleIndices(0, of: design), second = bootstrap.resampleIndices(1, of: design)
        #expect(Array(first.dropFirst()) != Array(second.dropLast()))
        let shared = zip(first.dropFirst(), second).filter { $0 == $1 }.count
        #expect(shared < 20, "\(shared) of 999 draws coincide")
    }

    /// Resample b in count form is the same resample as in index form.
    @Test func countsDescribeTheSameResamples() throws {
        let section = try StatisticsGolden.shared.get().bootstrap
        let labels = section.labels.map { $0 == 1 }
        for design in [
            try ResamplingDesign.simple(rowCount: labels.count), try .stratified(outcomes: labels),
            try .clustered(section.clusters, outcomes: labels),
        ] {
            let bootstrap = try Bootstrap(seed: 5, resamples: 200)
            for b in [0, 1, 199] {
                let rows = bootstrap.resampleIndices(b, of: design)
                var expected = [Int](repeating: 0, count: labels.count)
                for row in rows { expected[row] += 1 }
                #expect(bootstrap.resampleCounts(b, of: design) == expected)
            }
            let byIndex = try bootstrap.interval(design, statistic: Self.mean(section.values))
            let byCount = try bootstrap.interval(design, form: .counts, statistic: Self.weightedMean(section.values))
            #expect(abs(byIndex.lower - byCount.lower) < 1e-12)
            #expect(abs(byIndex.upper - byCount.upper) < 1e-12)
            #expect(abs(byIndex.estimate - byCount.estimate) < 1e-12)
        }
    }

    /// Stratified resamples keep each class's count; clustered ones keep whole clusters together.
    @Test func designsKeepTheirStructure() throws {
        let section = try StatisticsGolden.shared.get().bootstrap
        let labels = section.labels.map { $0 == 1 }
        let positives = labels.count { $0 }
        let bootstrap = try Bootstrap(seed: 1)
        let stratified = try ResamplingDesign.stratified(outcomes: labels)
        #expect(stratified.strataSizes == [labels.count - positives, positives])
        for b in 0..<20 {
            let rows = bootstrap.resampleIndices(b, of: stratified)
            #expect(rows.count == labels.count)
            #expect(rows.count { labels[$0] } == positives)
        }
        let clustered = try ResamplingDesign.clustered(section.clusters, outcomes: labels)
        #expect(clustered.unitCount == Set(section.clusters).count)
        #expect(clustered.strataSizes.reduce(0, +) == clustered.unitCount)
        for b in 0..<20 {
            let counts = bootstrap.resampleCounts(b, of: clustered)
            // Every row of a cluster is drawn equally often.
            var perCluster: [Int: Set<Int>] = [:]
            for (row, cluster) in section.clusters.enumerated() { perCluster[cluster, default: []].insert(counts[row]) }
            #expect(perCluster.values.allSatisfy { $0.count == 1 })
            #expect(bootstrap.resampleIndices(b, of: clustered).contains { labels[$0] })
        }
    }

    @Test func pairedIntervalOfAModelAgainstItselfIsZero() throws {
        let section = try StatisticsGolden.shared.get().bootstrap
        let labels = section.labels.map { $0 == 1 }
        let paired = try Bootstrap(seed: 4, resamples: 200).pairedInterval(
            try .stratified(outcomes: labels), first: Self.auc(section.first, labels),
            second: Self.auc(section.first, labels))
        #expect(paired.difference.lower == 0)
        #expect(paired.difference.upper == 0)
        #expect(paired.first == paired.second)
        #expect(paired.first.resamplesUsed == 200)
    }

    @Test func badInputThrows() throws {
        let kind = { (error: any Error) in (error as? StatisticsError)?.kind }
        #expect { try Bootstrap(seed: 1, resamples: 0) } throws: { kind($0) == .invalidParameter }
        #expect { try Bootstrap(seed: 1, confidence: 1.2) } throws: { kind($0) == .invalidParameter }
        #expect { try Bootstrap(seed: 1, parallelism: 0) } throws: { kind($0) == .invalidParameter }
        #expect { try ResamplingDesign.simple(rowCount: 0) } throws: { kind($0) == .emptySample }
        #expect { try ResamplingDesign.stratified(outcomes: []) } throws: { kind($0) == .emptySample }
        #expect { try ResamplingDesign.clustered([1, 2], outcomes: [true]) } throws: { kind($0) == .mismatchedLengths }
        let bootstrap = try Bootstrap(seed: 1, resamples: 50)
        let oneClass = [true, true, true]
        #expect { try bootstrap.interval(try .simple(rowCount: 3), statistic: Self.auc([1, 2, 3], oneClass)) } throws: {
            kind($0) == .undefinedStatistic
        }
        // Defined on the full sample (rows 0..<40 in order) only: no resample of 40 draws is that.
        let everySkipped: ResampleStatistic = { rows in rows == Array(0..<40) ? 1 : nil }
        #expect { try bootstrap.interval(try .simple(rowCount: 40), statistic: everySkipped) } throws: {
            kind($0) == .undefinedStatistic
        }
    }
}
