/// A live A/B test analysed whole (DESIGN §5): what `leadbench ab analyze` prints and what its HTML and
/// XML reports show, computed once so the three agree.
///
/// - ``analysis``: conversion per arm, each treatment against the control, probability best and the
///   sample-ratio check (``LiveAnalysis``), at confidence `1 − alpha`.
/// - ``detectable``: the smallest relative change the test can detect with 80 % power at its current
///   size — the control's units per arm and the control's observed rate (``PowerAnalysis``); `nil`
///   when the control's rate is 0 or 1, or the test is too small to detect any rate below 1.
/// - ``sequential``: the always-valid test over the daily looks (``SequentialTest``), when the files
///   carry dates and the test has two arms; ``lookDays`` are their days.
public struct LiveTest: Sendable {
    /// The two-sided significance level; intervals are at `1 − alpha`.
    public let alpha: Double
    public let analysis: LiveAnalysis
    /// Assigned units without an outcome yet, left out of every figure.
    public let notYetObserved: Int
    /// The power used for ``detectable``.
    public static let power = 0.8
    public let detectable: DetectableEffect?
    public let sequential: SequentialAnalysis?
    /// The day of each look of ``sequential``, ISO 8601.
    public let lookDays: [String]
    /// Why there is no sequential test, when there is none.
    public var sequentialNote: String? {
        guard sequential == nil else { return nil }
        if analysis.arms.count != 2 { return "The sequential test compares two arms; this test has \(analysis.arms.count)." }
        return "The sequential test needs the assignment and conversion dates (--assigned-at-column, --converted-at-column)."
    }

    /// - Throws: ``ABError`` when the outcomes cannot be analysed (see ``LiveAnalysis`` and
    ///   ``SequentialTest``).
    public init(observations: ABObservations, allocation: ArmAllocation, alpha: Double) throws(ABError) {
        let analysis = try LiveAnalysis(outcomes: observations.outcomes, allocation: allocation, confidence: 1 - alpha)
        var sequential: SequentialAnalysis?
        if !observations.looks.isEmpty, allocation.arms.count == 2 {
            sequential = try SequentialTest(alpha: alpha).analyze(
                control: observations.looks.map { $0[0] }, treatment: observations.looks.map { $0[1] })
        }
        var detectable: DetectableEffect?
        if let control = analysis.arms.first, control.units > 0 {
            let base = Double(control.conversions) / Double(control.units)
            // A test too small to detect any rate below 1 has no detectable effect to show.
            if base > 0 && base < 1 {
                detectable = try? PowerAnalysis(alpha: alpha, allocationRatio: 1)
                    .minimumDetectableEffect(baseRate: base, controlUnits: control.units, power: Self.power)
            }
        }
        self.alpha = alpha
        self.analysis = analysis
        self.notYetObserved = observations.notYetObserved
        self.detectable = detectable
        self.sequential = sequential
        self.lookDays = sequential == nil ? [] : observations.lookDays
    }
}
