import LeadBenchExperiment

/// One headline figure of a model as a report gives it: the estimate, and its bootstrap interval when
/// the report has one.
public struct ReportFigure: Sendable, Equatable {
    public var estimate: Double
    public var lower: Double?
    public var upper: Double?
    /// The interval's confidence level, e.g. 0.95.
    public var confidence: Double?

    public init(estimate: Double, lower: Double? = nil, upper: Double? = nil, confidence: Double? = nil) {
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
    }

    /// The interval, when both ends are present.
    public var interval: ClosedRange<Double>? {
        guard let lower, let upper, lower <= upper else { return nil }
        return lower...upper
    }
}

/// The headline figures of one model in a report, by metric; a metric the run could not compute (no
/// threshold, no times, not a probability model) is absent.
public struct ModelFigures: Sendable, Equatable {
    public var name: String
    /// The model family as the report names it, e.g. `static`, `logistic`.
    public var kind: String
    public var figures: [GateMetric: ReportFigure]

    public init(name: String, kind: String, figures: [GateMetric: ReportFigure]) {
        self.name = name
        self.kind = kind
        self.figures = figures
    }

    public subscript(metric: GateMetric) -> ReportFigure? { figures[metric] }
}

/// What the gate and the history read from a leadbench XML report: the experiment, and every model's
/// headline figures (``GateMetric``), in the report's order.
public struct ReportFigures: Sendable, Equatable {
    /// The experiment's name.
    public var experiment: String
    /// The version of leadbench that wrote the report.
    public var version: String
    /// The number of test leads the figures rest on.
    public var testLeads: Int?
    public var models: [ModelFigures]

    public init(experiment: String, version: String, testLeads: Int? = nil, models: [ModelFigures]) {
        self.experiment = experiment
        self.version = version
        self.testLeads = testLeads
        self.models = models
    }

    /// The model called `name`, if the report has one.
    public func model(_ name: String) -> ModelFigures? {
        models.first { $0.name == name }
    }
}
