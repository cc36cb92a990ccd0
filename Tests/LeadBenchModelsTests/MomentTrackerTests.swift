import LeadBenchData
@testable import LeadBenchModels
import Testing

/// The moment features a ``MomentTracker`` carries forward equal, bit for bit, a fill from scratch at
/// every moment a pass visits (each activity, the second before it, each exit from a count window, each
/// day), on the quickstart's leads; and each step lists every feature whose value it changed.
@Suite struct MomentTrackerTests {
    @Test func carriedFeaturesEqualAFreshFillAtEveryMoment() throws {
        let (_, data, models) = try trainedModels()
        let model = try #require(models.first { $0.name == "boosted" } as? any FeatureRowModel)
        let features = model.features
        let columns = features.moment.columns
        #expect(features.moment.counts.count >= 3 && features.moment.others.count == 3, "counts, recency, no activity yet, colleagues")
        let leads = data.dataset.leads
        let day = EpochSeconds.day
        var compared = 0
        var changedValues = 0
        for lead in stride(from: 0, to: leads.count, by: 7) {
            let created = leads.createdAt[lead]
            let end = created + 90 * day
            let history = data.view(lead, asOf: end)
            var moments = Array(stride(from: created, through: end, by: Int(day)))
            for i in 0..<history.activityCount {
                let t = history.activityTime(i)
                moments += [t - 1, t]
                for days in features.windowsDays {
                    let exit: Int64 = t + Int64(days) * day
                    moments += [exit - 1, exit]
                }
            }
            moments = Array(Set(moments.filter { $0 >= created && $0 <= end })).sorted()
            let tracker = MomentTracker(features.moment, history: history, accounts: features.accounts)
            var row = [Double](repeating: .nan, count: features.count)
            var fresh = [Double](repeating: .nan, count: features.count)
            var before: [UInt64]?
            for moment in moments {
                row.withUnsafeMutableBufferPointer { tracker.advance(to: moment, row: $0) }
                fresh.withUnsafeMutableBufferPointer { features.fill(data.view(lead, asOf: moment), into: $0) }
                let carried = columns.map { row[$0].bitPattern }
                #expect(carried == columns.map { fresh[$0].bitPattern }, "lead \(lead) at \(moment)")
                if let before {
                    for k in columns.indices where carried[k] != before[k] {
                        changedValues += 1
                        #expect(tracker.changed.contains(k), "lead \(lead) at \(moment): feature \(k) changed unlisted")
                    }
                } else {
                    #expect(tracker.changed.sorted() == Array(columns.indices), "the first step writes every moment feature")
                }
                before = carried
                compared += 1
            }
        }
        #expect(compared > 10_000)
        #expect(changedValues > 1_000)
    }
}
