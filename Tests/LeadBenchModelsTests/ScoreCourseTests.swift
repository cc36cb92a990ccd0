import Foundation
import LeadBenchData
import LeadBenchExperiment
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

    /// The score a course gives with it at a scoring moment — from the pass when the pass scores that
    /// moment, afresh otherwise — is the model's score there, bit for bit, beside the same course: at
    /// the usual scoring moment (a week after creation), the span's ends, a moment between the pass's
    /// days, and one after the span.
    @Test func scoreAtTheScoringMomentIsTheModelsScore() throws {
        let (_, data, models) = try trainedModels()
        let leads = data.dataset.leads
        let horizon: Int64 = 90 * 86_400
        let thresholds: [String: Double] = ["points": 40, "engagement": 30, "logistic": 0.2, "boosted": 0.2, "hybrid": 8]
        var compared = 0
        for lead in stride(from: 0, to: leads.count, by: 7) {
            let created = leads.createdAt[lead]
            let end = created + horizon
            let converted = leads.convertedAt[lead]
            let cut = converted != EpochSeconds.missing && converted <= end ? converted - 1 : nil
            for moment in [created + 7 * 86_400, created, end, created + 3 * 86_400 + 5_000, end + 86_400] {
                for model in models {
                    let threshold = lead % 2 == 0 ? thresholds[model.name] : nil
                    let (course, score) = model.course(
                        lead: lead, from: created, through: end, cut: cut, threshold: threshold, data: data, scoringAt: moment)
                    #expect(course == model.course(lead: lead, from: created, through: end, cut: cut, threshold: threshold, data: data))
                    let expected = model.score(data.view(lead, asOf: moment))
                    #expect(score.bitPattern == expected.bitPattern, "\(model.name), lead \(lead) at \(moment): \(score) against \(expected)")
                    compared += 1
                }
            }
        }
        #expect(compared > 3_000)
    }

    /// A decaying model whose score also rises between activities (a negative amount wearing off) and
    /// drops with the inactivity penalty, with per-type half-lives, a group cap, a floor and a
    /// ceiling: its one pass — which scores only the moments whose upper bound can raise a peak — gives
    /// the peaks of scoring every moment, exactly, with cuts anywhere in the horizon.
    @Test func decayingPeaksEqualScoringEveryMoment() throws {
        let quickstart = try String(contentsOfFile: Paths.experiment("quickstart.yaml"), encoding: .utf8)
        let head = try #require(quickstart.components(separatedBy: "\nbaseline:").first)
        let text = head + """

            models:
              - name: fading
                kind: decaying
                threshold: 20
                half_life_days: 10
                half_lives: { unsubscribe: 5, email_click: 3 }
                inactivity: { after_days: 21, points: -8 }
                floor: -12
                ceiling: 55
                groups: { web: 12 }
                rules:
                  - { attribute: Seniority, one_of: [C-level, VP], points: 12 }
                  - { activity: demo_request, points: 30, cap: 40 }
                  - { activity: pricing_page, points: 10 }
                  - { activity: unsubscribe, points: -25 }
                  - { activity: email_click, points: 3, per_occurrence: false }
                  - { activity: page_view, points: 1, group: web }
                  - { activity: content_download, points: 4, group: web }
            """
        let experiment = try ExperimentFile.parse(text, path: Paths.experiment("decaying-course.yaml"))
        let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
        let model = try PointsModel(try #require(experiment.spec.models.first), data: data)
        let leads = data.dataset.leads
        let horizon: Int64 = 90 * 86_400
        let unsubscribe = try #require(data.dataset.activities?.typeNames.firstIndex(of: "unsubscribe"))
        var compared = 0
        var rising = 0
        for lead in stride(from: 0, to: leads.count, by: 5) {
            let created = leads.createdAt[lead]
            let end = created + horizon
            for cut in [nil, created + Int64(lead % 80) * 86_400 + 3_600, end] {
                let fast = model.course(lead: lead, from: created, through: end, cut: cut, threshold: 20, data: data)
                let slow = model.courseByParts(lead: lead, from: created, through: end, cut: cut, threshold: 20, data: data)
                #expect(fast == slow, "lead \(lead), cut \(String(describing: cut))")
                compared += 1
            }
            let history = data.view(lead, asOf: end)
            if (0..<history.activityCount).contains(where: { history.activityType($0) == UInt32(unsubscribe) }) { rising += 1 }
        }
        #expect(compared > 1_000)
        // The bound's rising case is exercised: leads with a negative amount wearing off.
        #expect(rising > 10)
    }

    /// A peak between activities, found exactly: a demo (+30, 30-day half-life) and an unsubscribe
    /// (−25, 1-day half-life) in the same second leave the score at 5, then the penalty wears off
    /// faster than the demo's points fade, so the score climbs to its peak of 30·2^(−t/30) −
    /// 25·2^(−t) at t = log₂(25·30 / 30) ≈ 4.7 days (~25.9) and falls again; the peak lies at one of the
    /// daily moments around it, not at an activity, and a pass that skipped moments whose bound was
    /// within reach of the peak found so far would miss it.
    @Test func decayingPeakBetweenActivities() throws {
        let world = try ModelWorld(
            leads: "id,created,won\nL1,2025-01-01T00:00:00Z,\n",
            activities: "id,at,type\nL1,2025-01-02T00:00:00Z,demo_request\nL1,2025-01-02T00:00:00Z,unsubscribe\nL1,2025-02-20T00:00:00Z,page_view\n",
            models: """
                  - name: rebound
                    kind: decaying
                    half_life_days: 30
                    half_lives: { unsubscribe: 1 }
                    rules: [ { activity: demo_request, points: 30 }, { activity: unsubscribe, points: -25 }, { activity: page_view, points: 1 } ]
                """)
        defer { world.remove() }
        let model = try world.points("rebound")
        let start = at("2025-01-01T00:00:00Z")
        let end = start + 90 * 86_400
        // The score t days after the activities; the daily moments fall on whole days after them.
        func score(afterDays t: Double) -> Double { 30 * pow(2, -t / 30) - 25 * pow(2, -t) }
        let expected = [4.0, 5.0, 6.0].map { score(afterDays: $0) }.max() ?? 0
        for cut: Int64? in [nil, at("2025-01-08T00:00:00Z"), at("2025-01-04T00:00:00Z")] {
            let course = model.course(lead: 0, from: start, through: end, cut: cut, threshold: 20, data: world.data)
            #expect(course == model.courseByParts(lead: 0, from: start, through: end, cut: cut, threshold: 20, data: world.data))
            #expect(abs((course.peak ?? 0) - expected) < 1e-9)
        }
    }
}

