import LeadBenchData
@testable import LeadBenchModels
import Testing

/// ``CourseMoments`` merges its time-ordered runs into exactly the moments that sorting all of them
/// gives: every source moment in `start ... end`, each once, with its sources' flags united — on the
/// quickstart's leads, with and without a cut, and for windows other than the peak windows.
@Suite struct CourseMomentsTests {
    /// The definition: every moment listed, sorted, kept in range and merged.
    static func bySorting(history: LeadView, start: Int64, end: Int64, cut: Int64?, crossingWindows: [Int]) -> [(Int64, UInt8)] {
        let day = EpochSeconds.day
        var all: [(Int64, UInt8)] = [(start, 3), (end, 2)]
        if let cut { all.append((cut, 4)) }
        for moment in stride(from: start + day, through: end, by: Int(day)) { all.append((moment, 3)) }
        for i in 0..<history.activityCount {
            let t = history.activityTime(i)
            all += [(t, 3), (t - 1, 2)]
            for window in crossingWindows { all.append((t + Int64(window) * day + 1, 1)) }
            for window in [7, 30, 90] { all.append((t + Int64(window) * day + 1, 2)) }
        }
        var merged: [(Int64, UInt8)] = []
        for (moment, flags) in all.sorted(by: { $0.0 < $1.0 }) where moment >= start && moment <= end {
            if let last = merged.last, last.0 == moment { merged[merged.count - 1].1 |= flags } else { merged.append((moment, flags)) }
        }
        return merged
    }

    @Test func mergedRunsEqualTheSortedMoments() throws {
        let (_, data, _) = try trainedModels()
        let leads = data.dataset.leads
        let day = EpochSeconds.day
        var compared = 0
        for lead in stride(from: 0, to: leads.count, by: 5) {
            let created = leads.createdAt[lead]
            let end = created + 90 * day
            let history = data.view(lead, asOf: end)
            let cuts: [Int64?] = [nil, created + Int64(lead % 90) * day + 17, created - 1, end]
            for (cut, windows) in zip(cuts, [[7, 30, 90], [3, 14], [], [90]]) {
                let fast = CourseMoments(history: history, start: created, end: end, cut: cut, crossingWindows: windows).merged
                let slow = Self.bySorting(history: history, start: created, end: end, cut: cut, crossingWindows: windows)
                #expect(fast.map(\.0) == slow.map(\.0), "lead \(lead)")
                #expect(fast.map(\.1.rawValue) == slow.map(\.1), "lead \(lead)")
                compared += 1
            }
            // A later start, past some of the activities, and an empty range.
            let later = created + 20 * day
            #expect(
                CourseMoments(history: history, start: later, end: end, cut: nil, crossingWindows: [7]).merged.map(\.0)
                    == Self.bySorting(history: history, start: later, end: end, cut: nil, crossingWindows: [7]).map(\.0))
            #expect(CourseMoments(history: history, start: end, end: later, cut: nil, crossingWindows: [7]).merged.isEmpty)
        }
        #expect(compared > 1_000)
    }
}
