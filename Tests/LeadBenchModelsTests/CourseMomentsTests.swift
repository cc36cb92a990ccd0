import LeadBenchData
@testable import LeadBenchModels
import LeadBenchTestSupport
import Testing

/// A course's moments are its definition: every moment of `start ... end` among the start, the end,
/// the cut, each day after the start, each activity and the second before it, and each activity's
/// exit from a window, once each, ascending, with the union of the flags of the questions it answers.
@Suite struct CourseMomentsTests {
    @Test func momentsAreTheSortedUnionOfTheirDefinition() throws {
        let (_, data, _) = try trainedModels()
        let leads = data.dataset.leads
        let day = EpochSeconds.day
        var checked = 0
        for lead in stride(from: 0, to: leads.count, by: 5) {
            // Spans that start at creation and later (activities before them), with cuts inside,
            // before and after the span, and none.
            let start = leads.createdAt[lead] + Int64(lead % 3) * 20 * day
            let end = start + Int64(30 + lead % 61) * day + Int64(lead % 7) * 1_000
            let cuts: [Int64?] = [nil, start + Int64(lead % 40) * day + 17, start - 5, end + 5]
            let history = data.view(lead, asOf: end)
            for (cut, crossing) in zip(cuts, [[7, 30, 90], [14], [], [7, 30, 90]]) {
                var expected: [Int64: CourseMoments.Flags] = [:]
                func add(_ moment: Int64, _ flags: CourseMoments.Flags) {
                    if moment >= start && moment <= end { expected[moment, default: []].formUnion(flags) }
                }
                add(start, [.crossing, .peak])
                add(end, .peak)
                if let cut { add(cut, .cut) }
                for moment in stride(from: start + day, through: end, by: Int(day)) { add(moment, [.crossing, .peak]) }
                for i in 0..<history.activityCount {
                    let t = history.activityTime(i)
                    add(t, [.crossing, .peak])
                    add(t - 1, .peak)
                    for window in Set(crossing + CourseMoments.peakWindows) {
                        var flags: CourseMoments.Flags = []
                        if crossing.contains(window) { flags.insert(.crossing) }
                        if CourseMoments.peakWindows.contains(window) { flags.insert(.peak) }
                        add(t + Int64(window) * day + 1, flags)
                    }
                }
                let moments = CourseMoments(history: history, start: start, end: end, cut: cut, crossingWindows: crossing)
                #expect(moments.merged.map(\.0) == expected.keys.sorted(), "lead \(lead), cut \(String(describing: cut))")
                #expect(moments.merged.allSatisfy { expected[$0.0] == $0.1 }, "lead \(lead)")
                checked += 1
            }
        }
        #expect(checked > 1_000)
    }
}
