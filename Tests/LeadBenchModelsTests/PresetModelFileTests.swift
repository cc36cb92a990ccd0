import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels
import LeadBenchTestSupport
import Testing

@Suite struct PresetModelFileTests {
    @Test func everyPresetRoundTripsWithIdenticalScores() throws {
        let (experiment, data, models) = try trainedModels(experiment: "champion-quickstart.yaml")
        #expect(models.map(\.kind) == [.hubspot, .hubspot, .marketo, .eloqua, .pardot, .naiveBayes, .logistic])
        for (model, spec) in zip(models, experiment.spec.models) where spec.kind != .logistic {
            let file = ModelFile(model: model, threshold: spec.threshold, tiers: spec.tiers)
            let bytes = try file.encoded()
            #expect(try file.encoded() == bytes, "the same model must give the same bytes")
            let read = try JSONDecoder().decode(ModelFile.self, from: bytes)
            #expect(read.version == ModelFile.currentVersion)
            #expect(try read.encoded() == bytes, "\(model.name): a file read and written again is unchanged")
            let restored = try read.model(data: data)
            #expect(restored.kind == model.kind)
            #expect(read.tiers == spec.tiers)
            for moment in ["2025-03-01T00:00:00Z", "2025-10-01T00:00:00Z"] {
                for lead in stride(from: 0, to: data.dataset.leads.count, by: 41) {
                    let view = data.view(lead, asOf: at(moment))
                    #expect(restored.score(view) == model.score(view), "\(model.name) lead \(lead)")
                }
            }
        }
    }

    /// The first moment each preset reports is exact: its score reaches the threshold there, and at no
    /// hour (nor activity) before it; its peak over the span is reached and never exceeded.
    @Test func firstMomentsAgreeWithAnHourlyScan() throws {
        let (experiment, data, models) = try trainedModels(experiment: "champion-quickstart.yaml")
        let leads = data.dataset.leads
        for (model, spec) in zip(models, experiment.spec.models) where spec.kind != .logistic && spec.kind != .naiveBayes {
            let threshold = try #require(spec.threshold)
            var reached = 0
            for lead in stride(from: 3, to: leads.count, by: 97) {
                let start = leads.createdAt[lead]
                let end = start + 60 * 86_400
                let found = model.firstMoment(reaching: threshold, lead: lead, from: start, through: end, data: data)
                var moments = Array(stride(from: start, through: end, by: 3_600))
                let history = data.view(lead, asOf: end)
                moments += (0..<history.activityCount).map { history.activityTime($0) }.filter { $0 >= start }
                let scanned = moments.sorted().first { model.score(data.view(lead, asOf: $0)) >= threshold }
                // The peak is reached and not exceeded, and no sampled moment scores above it.
                let peak = try #require(model.peakScore(lead: lead, from: start, through: end, data: data))
                #expect(model.firstMoment(reaching: peak, lead: lead, from: start, through: end, data: data) != nil, "\(model.name) lead \(lead)")
                #expect(model.firstMoment(reaching: peak.nextUp, lead: lead, from: start, through: end, data: data) == nil, "\(model.name) lead \(lead)")
                #expect(moments.allSatisfy { model.score(data.view(lead, asOf: $0)) <= peak }, "\(model.name) lead \(lead)")
                if let found {
                    reached += 1
                    #expect(model.score(data.view(lead, asOf: found)) >= threshold, "\(model.name) lead \(lead)")
                    #expect(scanned.map { $0 >= found } ?? false, "\(model.name) lead \(lead): scanned \(String(describing: scanned)), found \(found)")
                } else {
                    #expect(scanned == nil, "\(model.name) lead \(lead): the scan reaches \(threshold) at \(String(describing: scanned))")
                }
            }
            #expect(reached > 0, "\(model.name): no sampled lead reached the threshold, so the check checked little")
        }
    }
}
