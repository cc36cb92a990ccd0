import LeadBenchData
import LeadBenchModels
import LeadBenchTestSupport
import Testing

/// Every model's one-pass ``ScoreCourse`` — the predictive models' segment and bin shortcuts, the rule
/// and hybrid models' single pass — equals asking the three questions one at a time, exactly, on the
/// quickstart's leads: the first moment reaching a threshold, the peak over the horizon, and the peak up
/// to a cut (the second before converting, or a moment inside the horizon).
@Suite struct ScoreCourseTests {
    @Test func oneAnswerPassEqualsTheQuestionsOneAtATime() throws {
        let (_, data, models) = try trainedModels()
        let leads = data.dataset.leads
        let horizon: Int64 = 90 * 86_400
        // Thresholds in each model's range, low enough that many leads cross them.
        let thresholds: [String: [Double]] = [
            "points": [20, 40], "engagement": [10, 30], "logistic": [0.05, 0.2], "boosted": [0.05, 0.2], "hybrid": [3, 8],
        ]
        var compared = 0
        var crossed = 0
        for lead in stride(from: 0, to: leads.count, by: 9) {
            let created = leads.createdAt[lead]
            let end = created + horizon
            let converted = leads.convertedAt[lead]
            let cut = converted != EpochSeconds.missing && converted <= end ? converted - 1 : created + Int64(lead % 60) * 86_400
            for model in models {
                for threshold in thresholds[model.name] ?? [0.5] {
                    let fast = model.course(lead: lead, from: created, through: end, cut: cut, threshold: threshold, data: data)
                    let slow = model.courseByParts(lead: lead, from: created, through: end, cut: cut, threshold: threshold, data: data)
                    #expect(fast == slow, "\(model.name), lead \(lead), threshold \(threshold)")
                    compared += 1
                    if slow.firstMoment != nil { crossed += 1 }
                }
            }
        }
        #expect(compared > 2_000)
        // The comparison means something only if many leads do reach the thresholds.
        #expect(crossed > compared / 5)
    }
}
