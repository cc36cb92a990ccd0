import LeadBenchData

/// The leads a predictive model learns from: each as of its scoring moment, with whether it converted.
public struct TrainingSet: Sendable {
    public let views: [LeadView]
    public let labels: [Bool]

    public init(views: [LeadView], labels: [Bool]) {
        precondition(views.count == labels.count, "One label per training lead.")
        self.views = views
        self.labels = labels
    }

    public var count: Int { views.count }

    /// Checks that both outcomes occur, as every learner needs.
    func check(model: String) throws(ModelError) {
        let positives = labels.filter { $0 }.count
        if views.isEmpty {
            throw ModelError(
                model: model, message: "the training window holds no leads",
                hint: "move the split's cutoff later, or use a random split for data without times")
        }
        if positives == 0 || positives == labels.count {
            throw ModelError(
                model: model,
                message: "the training window holds only one outcome (\(positives) converted, \(labels.count - positives) not)",
                hint: "a model learns from both outcomes: widen the training window or check the outcome mapping")
        }
    }
}
