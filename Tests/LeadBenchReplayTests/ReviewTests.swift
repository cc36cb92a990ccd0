import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels
import LeadBenchReplay
import LeadBenchTestSupport
import Testing

/// Midnight UTC of an ISO 8601 date.
private func day(_ text: String) -> Int64 {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    return EpochSeconds.daysFromCivil(year: parts[0], month: parts[1], day: parts[2]) * EpochSeconds.day
}

/// Two months of 40 leads each, scored by a demo request worth 30 points (threshold 30, tiers hot ≥ 30 and
/// cold), a 30-day horizon and a 2-day scoring delay. In each month, leads 0…19 request a demo the day
/// after creation and leads 20–21 convert five days after creation without one (misses); of the demo
/// leads, February converts 4 and March 12, ten days after creation (hits). March also has an open lead.
/// February's leads come from the web; half of March's from events. A last lead on 2025-05-31 ends the
/// data, so nothing in February or March is censored.
///
/// With `january`, ten more leads are created on 2025-01-20, two of them converting on 2025-01-25: by
/// February only those two outcomes are known, by March all ten.
private func twoMonths(models: String? = nil, times: Bool = true, january: Bool = false) throws -> (TemporaryDirectory, ExperimentFile, ScoringData) {
    var leads = ["id,created,won,stage,source,employees"]
    var activities = ["id,at,type"]
    if january {
        for i in 0..<10 {
            leads.append("j\(i),2025-01-20T10:00:00Z,\(i < 2 ? "2025-01-25T10:00:00Z" : ""),\(i < 2 ? "won" : "lost"),Web,\(i * 10)")
        }
    }
    for (month, hits) in [(2, 4), (3, 12)] {
        for i in 0..<40 {
            let id = "m\(month)-\(i)"
            let created = "2025-0\(month)-\(String(format: "%02d", 1 + i / 2))T10:00:00Z"
            let createdAt = day("2025-0\(month)-\(String(format: "%02d", 1 + i / 2))") + 10 * 3_600
            let source = month == 3 && i % 2 == 1 ? "Event" : "Web"
            var won = ""
            if i < hits { won = EpochSeconds.iso8601(createdAt + 10 * EpochSeconds.day) }
            if i == 20 || i == 21 { won = EpochSeconds.iso8601(createdAt + 5 * EpochSeconds.day) }
            leads.append("\(id),\(times ? created : ""),\(won),\(won.isEmpty ? "lost" : "won"),\(source),\(i * 10 + (month == 3 ? 5 : 0))")
            if i < 20 { activities.append("\(id),\(EpochSeconds.iso8601(createdAt + EpochSeconds.day)),demo_request") }
        }
    }
    leads.append("open,\(times ? "2025-03-25T10:00:00Z" : ""),,open,Web,10")
    leads.append("end,\(times ? "2025-05-31T10:00:00Z" : ""),,lost,Web,10")
    let dir = try TemporaryDirectory()
    dir.write("leads.csv", leads.joined(separator: "\n") + "\n")
    dir.write("activities.csv", activities.joined(separator: "\n") + "\n")
    let createdColumn = times ? "created_at: created, " : ""
    let text = """
        name: review
        seed: 7
        data:
          leads: leads.csv
          activities: activities.csv
          columns: { lead_id: id, \(createdColumn)converted_at: won, converted: stage }
          outcome_values: { converted: [won], not_converted: [lost], open: [open] }
          activity_columns: { lead_id: id, at: at, type: type }
        horizon_days: 30
        scoring_delay_days: 2
        models:
        \(models ?? "  - { name: demo, kind: static, threshold: 30, tiers: [ { name: hot, min: 30 }, { name: cold } ], rules: [ { activity: demo_request, points: 30 } ] }")
        """
    let file = try ExperimentFile.parse(text, path: dir.file("exp.yaml"))
    return (dir, file, ScoringData(try ExperimentValidator(experiment: file).validateAndLoad()))
}

@Suite struct ReviewPeriodTests {
    @Test func quartersMonthsAndDays() throws {
        let q3 = try ReviewPeriod.parse("2025-Q3")
        #expect(q3.kind == .quarter && q3.label == "2025-Q3")
        #expect(q3.start == day("2025-07-01") && q3.end == day("2025-10-01"))
        #expect(q3.firstDay == "2025-07-01" && q3.lastDay == "2025-09-30" && q3.days == 92)
        #expect(q3.previous == ReviewPeriod.quarter(2025, 2))
        #expect(q3.previous.start == day("2025-04-01") && q3.previous.end == day("2025-07-01"))
        #expect(try ReviewPeriod.parse("2025-q1").previous.label == "2024-Q4")
        #expect(try ReviewPeriod.parse(" 2025-Q4 ").end == day("2026-01-01"))
        #expect(q3.contains(day("2025-09-30") + 86_399) && !q3.contains(day("2025-10-01")) && !q3.contains(EpochSeconds.missing))

        let july = try ReviewPeriod.parse("2025-07")
        #expect(july.kind == .month && july.start == day("2025-07-01") && july.end == day("2025-08-01"))
        #expect(july.previous.label == "2025-06")
        #expect(try ReviewPeriod.parse("2025-01").previous.label == "2024-12")
        #expect(try ReviewPeriod.parse("2024-02").days == 29)
        #expect(try ReviewPeriod.parse("2024-03").previous.days == 29)

        let days = try ReviewPeriod.between(from: "2025-07-01", to: "2025-09-30")
        #expect(days.kind == .days && days.label == "2025-07-01 to 2025-09-30")
        #expect(days.start == day("2025-07-01") && days.end == day("2025-10-01") && days.days == 92)
        #expect(days.previous.label == "2025-03-31 to 2025-06-30")
        #expect(days.previous.end == days.start && days.previous.days == 92)
        let one = try ReviewPeriod.resolve(period: nil, from: "2025-07-01", to: "2025-07-01")
        #expect(one.days == 1 && one.previous.label == "2025-06-30 to 2025-06-30")
        #expect(try ReviewPeriod.resolve(period: "2025-Q3", from: nil, to: nil) == q3)
    }

    /// Every malformed period is a ``ReviewError`` naming the option, the value and a hint.
    @Test func malformedPeriods() {
        func failure(_ body: () throws -> ReviewPeriod) -> ReviewError? {
            do {
                _ = try body()
                return nil
            } catch {
                return error as? ReviewError
            }
        }
        let cases: [(ReviewError?, option: String, message: String, hint: String)] = [
            (failure { try ReviewPeriod.parse("2025-Q5") }, "--period", "there is no quarter \"Q5\"", "Q1 to Q4"),
            (failure { try ReviewPeriod.parse("2025-13") }, "--period", "there is no month 13", "01 to 12"),
            (failure { try ReviewPeriod.parse("Q3-2025") }, "--period", "cannot read this as a period", "--period 2025-Q3"),
            (failure { try ReviewPeriod.parse("2025") }, "--period", "cannot read this as a period", "--period 2025-07"),
            (failure { try ReviewPeriod.parse("2025-7") }, "--period", "cannot read this as a period", "--from 2025-07-01"),
            (failure { try ReviewPeriod.parse("2025-07-01") }, "--period", "not a day", "--from 2025-07-01 --to"),
            (failure { try ReviewPeriod.between(from: "2025-02-30", to: "2025-03-31") }, "--from", "there is no such day", "2025-07-01"),
            (failure { try ReviewPeriod.between(from: "2025-07-01", to: "yesterday") }, "--to", "cannot read this as a date", "2025-07-01"),
            (failure { try ReviewPeriod.between(from: "2025-07-01", to: "2025-06-30") }, "--to", "comes before the first", "on or after --from"),
            (failure { try ReviewPeriod.resolve(period: "2025-Q3", from: "2025-07-01", to: nil) }, "--period", "not both", "--period 2025-Q3"),
            (failure { try ReviewPeriod.resolve(period: nil, from: "2025-07-01", to: nil) }, "--to", "--from needs --to", "--to 2025-09-30"),
            (failure { try ReviewPeriod.resolve(period: nil, from: nil, to: "2025-09-30") }, "--from", "--to needs --from", "--from 2025-07-01"),
            (failure { try ReviewPeriod.resolve(period: nil, from: nil, to: nil) }, "--period", "say which period", "--period 2025-Q3"),
        ]
        for (error, option, message, hint) in cases {
            guard let error else {
                Issue.record("expected an error: \(message)")
                continue
            }
            #expect(error.kind == .malformedPeriod, "\(message)")
            #expect(error.option == option, "\(message)")
            #expect(error.message.contains(message), "\(error.message)")
            #expect(error.hint.contains(hint), "\(error.hint)")
            let input = error.inputError(file: "exp.yaml").description
            #expect(input.hasPrefix("command line: key \"\(option)\": ") && input.contains("\n  hint: "), "\(input)")
        }
        #expect(failure { try ReviewPeriod.parse("2025-Q5") }?.value == "2025-Q5")
    }
}

@Suite struct ReviewTests {
    /// February against March: precision 4/20 → 12/20 at the same threshold, which the pooled z-test
    /// finds significant: p̄ = 16/40, z = 0.4/√(0.4·0.6·(1/20 + 1/20)) = 2.58199, p = 0.0098233.
    @Test func findsTheHandComputedChange() throws {
        let (dir, file, data) = try twoMonths()
        defer { dir.remove() }
        let review = try PeriodReview(spec: file.spec, data: data, period: try ReviewPeriod.parse("2025-03"), resamples: 50).run()
        #expect(review.previous.label == "2025-02" && review.current.label == "2025-03")
        #expect(review.previous.created == 40 && review.previous.testLeads == 40 && review.previous.conversions == 6)
        #expect(review.previous.censored == 0 && review.previous.open == 0 && review.previous.weeks == 4)
        #expect(review.current.created == 41 && review.current.testLeads == 40 && review.current.open == 1 && review.current.conversions == 14)
        #expect(review.current.weeks == 31.0 / 7)
        #expect(review.previous.start == "2025-02-01" && review.previous.end == "2025-03-01" && review.previous.lastDay == "2025-02-28")

        let model = try #require(review.models.first)
        let before = try #require(model.previous)
        let after = try #require(model.current)
        #expect(before.counts.qualified == 20 && before.counts.hits == 4 && before.counts.misses == 2)
        #expect(after.counts.qualified == 20 && after.counts.hits == 12 && after.counts.misses == 2)
        #expect(before.perWeek == 5 && after.perWeek == 20 / (31.0 / 7))

        let changes = Dictionary(uniqueKeysWithValues: model.changes.map { ($0.figure, $0) })
        #expect(model.changes.map(\.figure) == FigureChange.Figure.allCases)
        let precision = try #require(changes[.precision])
        #expect(precision.previous == 0.2 && precision.current == 0.6)
        #expect(abs((precision.change ?? 0) - 0.4) < 1e-15)
        #expect(precision.test == .twoProportionZ)
        #expect(abs((precision.z ?? 0) - 2.581988897471611) < 1e-12)
        #expect(abs((precision.pValue ?? 0) - 0.009823274507519254) < 1e-12)
        #expect(precision.significant == true)
        let newcombe = try newcombeInterval(try Proportion(successes: 12, trials: 20), try Proportion(successes: 4, trials: 20))
        #expect(precision.changeInterval == newcombe)

        let recall = try #require(changes[.recall])
        #expect(recall.previous == 4.0 / 6 && recall.current == 12.0 / 14 && recall.test == .twoProportionZ)
        let baseRate = try #require(changes[.baseRate])
        let rates = TwoProportionZTest(try Proportion(successes: 14, trials: 40), try Proportion(successes: 6, trials: 40))
        #expect(baseRate.pValue == rates.pValue && baseRate.significant == (rates.pValue < 0.05))
        let auc = try #require(changes[.auc])
        #expect(auc.test == .delongIndependent && auc.pValue != nil)
        #expect(changes[.qualified]?.change == 0 && changes[.hits]?.change == 8)
        #expect(changes[.f1]?.test == nil && changes[.lift]?.significant == nil)

        // Conversion by tier: the demo leads are hot, the rest cold.
        #expect(model.tiers.map(\.tier) == ["hot", "cold"])
        #expect(model.tiers[0].previous?.leads == 20 && model.tiers[0].previous?.conversions == 4)
        #expect(model.tiers[0].current?.conversions == 12 && model.tiers[0].current?.rate == 0.6)
        #expect(model.tiers[1].previous?.leads == 20 && model.tiers[1].previous?.conversions == 2)
        #expect(abs((model.tiers[0].rateChange ?? 0) - 0.4) < 1e-15)

        // Scores: the same model, the same 50/50 split of 30 and 0 → no shift.
        #expect(model.scoreStability?.index == 0)
        // Source: all web → half events.
        let source = try #require(review.attributes.first { $0.attribute == "source" })
        let expected = (0.5 - 1e-4) * log(0.5 / 1e-4) + (0.5 - 1) * log(0.5)
        #expect(abs(source.stability.index - expected) < 1e-12 && source.stability.reading == .majorShift)
        let employees = try #require(review.attributes.first { $0.attribute == "employees" })
        #expect(employees.isNumeric && employees.stability.edges.count == 9)
        #expect(review.significanceLevel == 1 - 0.95)
        #expect(review.warnings.contains { $0.hasPrefix("2025-02: the figures rest on 40 leads and 6 conversions") })
    }

    @Test func periodsWithoutMeasurableLeadsAreRefused() throws {
        let (dir, file, data) = try twoMonths()
        defer { dir.remove() }
        func failure(_ period: String) throws -> ReviewError? {
            do {
                _ = try PeriodReview(spec: file.spec, data: data, period: try ReviewPeriod.parse(period), resamples: 10).run()
                return nil
            } catch {
                return error
            }
        }
        let censored = try #require(try failure("2025-05"))
        #expect(censored.kind == .emptyPeriod && censored.message.contains("1 were created less than 30 days before the end of the data"))
        let empty = try #require(try failure("2025-07"))
        #expect(empty.kind == .emptyPeriod && empty.message.contains("no leads were created in the period 2025-07"))
        let noPrevious = try #require(try failure("2025-02"))
        #expect(noPrevious.kind == .emptyPeriod && noPrevious.message.contains("previous period 2025-01"))
        #expect(noPrevious.hint.contains("review a later period"))
        #expect(noPrevious.inputError(file: "exp.yaml").description.hasPrefix("exp.yaml: "))
    }

    @Test func dataWithoutTimesIsRefused() throws {
        let (dir, file, data) = try twoMonths(times: false)
        defer { dir.remove() }
        #expect(throws: ReviewError.self) {
            try PeriodReview(spec: file.spec, data: data, period: try ReviewPeriod.parse("2025-03")).run()
        }
        do {
            _ = try PeriodReview(spec: file.spec, data: data, period: try ReviewPeriod.parse("2025-03")).run()
        } catch {
            #expect(error.kind == .noTimes && error.message.hasPrefix("a review needs creation times"))
        }
    }

    /// A model that cannot learn from the history before a period is reported, not fatal; when no model
    /// can be measured in both periods, the review is refused.
    @Test func modelsThatCannotLearnAreLeftOut() throws {
        let models = """
              - { name: demo, kind: static, threshold: 30, rules: [ { activity: demo_request, points: 30 } ] }
              - { name: learned, kind: logistic }
            """
        let (dir, file, data) = try twoMonths(models: models, january: true)
        defer { dir.remove() }
        let review = try PeriodReview(spec: file.spec, data: data, period: try ReviewPeriod.parse("2025-03"), resamples: 10).run()
        let learned = try #require(review.models.last)
        // Before February only January's two conversions are known; before March, all of January.
        #expect(learned.previous == nil && learned.current != nil && learned.changes.isEmpty)
        #expect(learned.unavailable["2025-02"]?.contains("the training window holds only one outcome (2 converted, 0 not)") == true)
        #expect(learned.unavailable["2025-02"]?.contains("known before 2025-02-01") == true)
        #expect(review.current.trainingLeads == 16 && review.current.trainingConverted == 8)
        #expect(review.warnings.contains { $0.hasPrefix("2025-02: the predictive models learned from 2 leads and 2 conversions known before 2025-02-01") })

        var spec = file.spec
        spec.models = [spec.models[1]]
        #expect(throws: ReviewError.self) { try PeriodReview(spec: spec, data: data, period: try ReviewPeriod.parse("2025-03"), resamples: 10).run() }
    }

    private static func quickstart() throws -> (ExperimentSpec, ScoringData) {
        let experiment = try ExperimentFile.load(path: Paths.experiment("quickstart.yaml"))
        return (experiment.spec, ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad()))
    }

    /// The quickstart's Q3 against Q2: every lead of both quarters is followed for a whole horizon before
    /// the data ends (2025-12-31), so none is censored.
    @Test func quickstartThirdQuarter() throws {
        let (spec, data) = try Self.quickstart()
        let review = try PeriodReview(spec: spec, data: data, period: try ReviewPeriod.parse("2025-Q3"), resamples: 20).run()
        #expect(review.previous.label == "2025-Q2" && review.current.label == "2025-Q3")
        #expect(review.previous.created == 926 && review.current.created == 1_087)
        for period in [review.previous, review.current] {
            #expect(period.censored == 0 && period.open == 0 && period.testLeads == period.created)
            #expect(period.conversions > 30 && period.conversions < period.testLeads / 2)
            #expect(abs((period.weeks ?? 0) - 13) < 0.2)
            #expect(period.trainingLeads > 0)
        }
        #expect(review.current.trainingLeads > review.previous.trainingLeads)
        #expect(review.models.map(\.name) == spec.models.map(\.name))
        let points = try #require(review.models.first)
        let before = try #require(points.previous)
        let after = try #require(points.current)
        #expect(before.counts.leads == 926 && after.counts.leads == 1_087)
        #expect(before.counts.converted == review.previous.conversions && after.counts.converted == review.current.conversions)
        #expect(before.threshold == 40 && after.threshold == 40)
        #expect(points.changes.count == FigureChange.Figure.allCases.count)
        #expect(points.changes.first { $0.figure == .precision }?.pValue != nil)
        #expect(points.changes.first { $0.figure == .auc }?.test == .delongIndependent)
        let psi = try #require(points.scoreStability)
        #expect(psi.index >= 0 && psi.index < 0.25)
        // A rule-based model is the same in both quarters: the two stabilities agree.
        #expect(points.scoreStabilityAsScored?.index == psi.index)
        #expect(points.tiers.map(\.tier) == ["hot", "warm", "cold"])
        #expect(points.tiers.reduce(0) { $0 + ($1.current?.leads ?? 0) } == after.counts.ranked)
        // Every model is measured in Q3, whose models learn from the first half of the year.
        #expect(review.models.allSatisfy { $0.current != nil })
        #expect(review.attributes.map(\.attribute).contains("Seniority"))
        #expect(review.attributes.allSatisfy { $0.stability.index >= 0 })
    }

    @Test func sameInputsSameBytes() throws {
        var (spec, data) = try Self.quickstart()
        spec.models = Array(spec.models.prefix(2))
        let period = try ReviewPeriod.parse("2025-08")
        let first = try ReviewResultsFile.encoded(try PeriodReview(spec: spec, data: data, period: period, resamples: 20).run())
        let second = try ReviewResultsFile.encoded(try PeriodReview(spec: spec, data: data, period: period, resamples: 20).run())
        #expect(first == second)
        #expect(first.count > 5_000)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("\"label\" : \"2025-07\"") && text.contains("\"significanceLevel\""))
    }
}
