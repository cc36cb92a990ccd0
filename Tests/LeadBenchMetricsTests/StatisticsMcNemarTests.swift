import LeadBenchMetrics
import Testing

@Suite struct StatisticsMcNemarTests {
    /// statsmodels' mcnemar(table, exact=True) and mcnemar(table, exact=False, correction=True).
    @Test func matchesStatsmodels() throws {
        var log = DeviationLog()
        for item in try StatisticsGolden.shared.get().mcnemar {
            let table = try PairedDecisionTable(
                both: item.table[0][0], firstOnly: item.table[0][1], secondOnly: item.table[1][0],
                neither: item.table[1][1])
            let exact = McNemarTest(table, method: .exact)
            log.record("exact p", exact.pValue, item.exactPvalue)
            #expect(exact.statistic == item.exactStatistic)
            #expect(abs(exact.pValue - item.exactPvalue) <= 1e-12, "\(item.table)")
            #expect(agreesRelatively(exact.pValue, item.exactPvalue, within: 1e-11), "\(item.table)")
            if let statistic = item.chi2Statistic, let pValue = item.chi2Pvalue {
                let chi = McNemarTest(table, method: .chiSquare(continuityCorrection: true))
                log.record("chi2 statistic", chi.statistic, statistic, relative: true)
                log.record("chi2 p", chi.pValue, pValue)
                #expect(agreesRelatively(chi.statistic, statistic, within: 1e-13), "\(item.table)")
                #expect(abs(chi.pValue - pValue) <= 1e-12, "\(item.table)")
            }
        }
        log.report("mcnemar")
    }

    /// b = 10, c = 2: P(X ≤ 2) for X ~ B(12, ½) is (1 + 12 + 66)/4096, so p = 158/4096; χ² = (8 − 1)²/12.
    @Test func handComputedTenAndTwo() throws {
        let table = try PairedDecisionTable(both: 60, firstOnly: 10, secondOnly: 2, neither: 28)
        let exact = McNemarTest(table)
        #expect(exact.statistic == 2)
        #expect(abs(exact.pValue - 158.0 / 4096) < 1e-16)
        let chi = McNemarTest(table, method: .chiSquare(continuityCorrection: true))
        #expect(abs(chi.statistic - 49.0 / 12) < 1e-15)
        #expect(abs(chi.pValue - 0.04330814281079206) < 1e-15)
        let uncorrected = McNemarTest(table, method: .chiSquare(continuityCorrection: false))
        #expect(abs(uncorrected.statistic - 64.0 / 12) < 1e-15)
        // Swapping the models swaps b and c and leaves both tests unchanged.
        let swapped = try PairedDecisionTable(both: 60, firstOnly: 2, secondOnly: 10, neither: 28)
        #expect(McNemarTest(swapped).pValue == exact.pValue)
        #expect(McNemarTest(swapped, method: .chiSquare(continuityCorrection: true)).statistic == chi.statistic)
    }

    @Test func tableFromDecisions() throws {
        let first = [true, true, false, false, true, false, true]
        let second = [true, false, true, false, false, false, true]
        let table = try PairedDecisionTable(first: first, second: second)
        #expect(table == (try PairedDecisionTable(both: 2, firstOnly: 2, secondOnly: 1, neither: 2)))
        #expect(table.total == 7)
        #expect(table.discordant == 3)
        #expect(try McNemarTest(first: first, second: second) == McNemarTest(table))
    }

    @Test func noDiscordantLeadsGivePValueOne() throws {
        let table = try PairedDecisionTable(both: 30, firstOnly: 0, secondOnly: 0, neither: 70)
        #expect(McNemarTest(table).pValue == 1)
        let chi = McNemarTest(table, method: .chiSquare(continuityCorrection: true))
        #expect(chi.statistic == 0)
        #expect(chi.pValue == 1)
    }

    @Test func badInputThrows() {
        #expect { try PairedDecisionTable(first: [true], second: [true, false]) } throws: {
            ($0 as? StatisticsError)?.kind == .mismatchedLengths
        }
        #expect { try PairedDecisionTable(first: [], second: []) } throws: {
            ($0 as? StatisticsError)?.kind == .emptySample
        }
        #expect { try PairedDecisionTable(both: 1, firstOnly: -2, secondOnly: 0, neither: 0) } throws: {
            ($0 as? StatisticsError)?.kind == .invalidParameter
        }
    }
}
