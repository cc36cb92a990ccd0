import LeadBenchReports
import Testing

@Suite("Nice ticks")
struct ChartTicksTests {
    @Test("0…0.87 gives 0, 0.2, …, 1.0 on the range 0…1")
    func zeroToPointEightSeven() {
        let ticks = ChartTicks.nice(0...0.87)
        #expect(ticks.values == [0, 0.2, 0.4, 0.6, 0.8, 1.0])
        #expect(ticks.labels == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(ticks.lower == 0 && ticks.upper == 1)
        #expect(ticks.step == 0.2)
    }

    @Test("a fixed percent range keeps its bounds and labels in percent")
    func fixedPercent() {
        let ticks = ChartTicks.nice(0...1, format: .percent, extendToTicks: false)
        #expect(ticks.labels == ["0%", "20%", "40%", "60%", "80%", "100%"])
        #expect(ticks.lower == 0 && ticks.upper == 1)
        let narrow = ChartTicks.nice(0...0.035, format: .percent, extendToTicks: false)
        #expect(narrow.labels == ["0.0%", "0.5%", "1.0%", "1.5%", "2.0%", "2.5%", "3.0%", "3.5%"])
    }

    @Test("a fixed range that is not a multiple of the step keeps its bounds; ticks stay inside")
    func fixedOddRange() {
        let ticks = ChartTicks.nice(1...20, format: .count, extendToTicks: false)
        #expect(ticks.values == [5, 10, 15, 20])
        #expect(ticks.lower == 1 && ticks.upper == 20)
    }

    @Test(
        "automatic ranges: 4 to 8 ticks, a 1-2-5 step, outer ticks covering the data",
        arguments: [
            (0.0, 0.87), (0, 1), (0.013, 0.2), (-3.2, 1.7), (12, 97), (0, 3.2), (0.5, 0.51), (-1e6, 2.5e6), (3, 4),
            (0.0001, 0.00093), (1, 1_000), (-0.4, -0.1), (41, 43), (0, 0.35), (0.2, 0.9),
        ] as [(Double, Double)])
    func automatic(_ lower: Double, _ upper: Double) {
        let ticks = ChartTicks.nice(lower...upper)
        #expect((4...8).contains(ticks.values.count), "\(ticks.values)")
        #expect(ticks.lower <= lower && ticks.upper >= upper)
        #expect(ticks.values.first == ticks.lower && ticks.values.last == ticks.upper)
        #expect(isOneTwoFive(ticks.step), "step \(ticks.step)")
        for (a, b) in zip(ticks.values, ticks.values.dropFirst()) {
            #expect(((b - a) - ticks.step).magnitude <= ticks.step * 1e-9)
        }
        #expect(Set(ticks.labels).count == ticks.labels.count, "labels must differ: \(ticks.labels)")
    }

    @Test("tick values are the doubles nearest the decimal values (no 0.6000000000000001)")
    func exactValues() {
        let ticks = ChartTicks.nice(0.1...0.7)
        #expect(ticks.values == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
    }

    @Test("days and counts never use a step below 1")
    func wholeSteps() {
        let days = ChartTicks.nice(0...3, format: .days)
        #expect(days.labels == ["0 d", "1 d", "2 d", "3 d"])
        let counts = ChartTicks.nice(0...2, format: .count)
        #expect(counts.values == [0, 1, 2])
    }

    @Test("a degenerate extent is widened")
    func degenerate() {
        let zero = ChartTicks.nice(0...0)
        #expect(zero.lower == 0 && zero.upper == 1)
        let five = ChartTicks.nice(5...5)
        #expect(five.lower <= 4.5 && five.upper >= 5.5 && five.values.count >= 2)
        let count = ChartTicks.nice(3...3, format: .count)
        #expect(count.lower <= 2 && count.upper >= 4)
    }

    private func isOneTwoFive(_ step: Double) -> Bool {
        var mantissa = step
        while mantissa >= 10 { mantissa /= 10 }
        while mantissa < 1 { mantissa *= 10 }
        return [1, 2, 5].contains { (mantissa - $0).magnitude < 1e-9 }
    }
}
