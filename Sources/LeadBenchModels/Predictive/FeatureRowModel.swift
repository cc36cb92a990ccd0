import LeadBenchData

/// A predictive model over the as-of features: it fills a lead's feature row and hands it to its
/// learner. Scoring, reasons and the qualification moment are the same for every such model.
protocol FeatureRowModel: ScoringModel {
    var features: CompiledFeatures { get }
    /// The learner's probability for a feature row.
    func probability(_ row: UnsafeBufferPointer<Double>) -> Double
    /// Each feature's share of the learner's raw score (log-odds) for a feature row.
    func contributions(_ row: [Double]) -> [Double]
    /// For a learner whose output changes only where a feature crosses a split: the splits of the
    /// moment features (``MomentFeatures/columns``); `nil` when every change matters.
    var momentSplits: MomentSplits? { get }
    /// For a pass over one lead's moments, in which the row's first `fixedColumns` columns (the
    /// attribute features) keep the values they have in `row`: a scorer of the row as the moment
    /// features move, equal bit for bit to ``probability(_:)``.
    func passScorer(_ row: UnsafeBufferPointer<Double>, fixedColumns: Int) -> (UnsafeBufferPointer<Double>) -> Double
}

extension FeatureRowModel {
    func passScorer(_ row: UnsafeBufferPointer<Double>, fixedColumns: Int) -> (UnsafeBufferPointer<Double>) -> Double {
        { probability($0) }
    }

    public func score(_ view: LeadView) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, features.count)) { row in
            features.fill(view, into: row)
            return probability(UnsafeBufferPointer(row))
        }
    }

    /// The features with the largest shares of the raw score.
    public func reasons(_ view: LeadView, limit: Int) -> [ScoreReason] {
        var row = [Double](repeating: 0, count: features.count)
        row.withUnsafeMutableBufferPointer { features.fill(view, into: $0) }
        let shares = contributions(row)
        return ScoreReason.top(zip(features.space.names, shares).map { ScoreReason(label: $0, contribution: $1) }, limit: limit)
    }

    /// Checked wherever an input can change: activities, window expiries and day boundaries.
    public func firstMoment(reaching threshold: Double, lead: Int, from start: Int64, through end: Int64, data: ScoringData) -> Int64? {
        firstMomentAtChanges(reaching: threshold, lead: lead, from: start, through: end, data: data, windowsDays: features.windowsDays)
    }
}
