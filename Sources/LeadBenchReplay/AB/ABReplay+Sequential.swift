import LeadBenchAB
import LeadBenchMetrics

extension ABReplay {
    /// The always-valid sequential test run over the replayed history, as a team looking every day would
    /// have seen it: when, had this test run over these leads, it could have been called.
    ///
    /// Each arm's units are its qualified leads, entering on the day they qualified; a hit counts as a
    /// conversion on the day it converted. Looks are daily cumulative totals (``DailyLooks``) and the
    /// test is ``SequentialTest`` (mixture SPRT, α = 0.05, τ² = 10⁻⁴) of the treatment against the
    /// control. Only for two arms on data with times.
    public struct SequentialReplay: Sendable, Encodable {
        public struct Look: Sendable, Encodable {
            public let day: String
            public let controlUnits: Int
            public let controlConversions: Int
            public let treatmentUnits: Int
            public let treatmentConversions: Int
            public let z: Double
            /// The `|z|` boundary; `nil` while it is infinite (no conversion yet, or every unit converted).
            public let boundary: Double?
            public let pValue: Double
            public let rejected: Bool
        }

        public let control: String
        public let treatment: String
        public let alpha: Double
        public let mixingVariance: Double
        public let looks: [Look]
        /// The day of the first look whose always-valid p-value is at most α.
        public let firstRejection: String?
        /// The always-valid p-value at the last look.
        public let pValue: Double

        /// `nil` unless there are two arms, each with a qualified lead, and every qualified lead has a
        /// qualification time.
        init?(arms: [(name: String, replayed: [ReplayedLead])]) {
            guard arms.count == 2 else { return nil }
            var events: [DailyLooks.Event] = []
            for (index, arm) in arms.enumerated() {
                for lead in arm.replayed where lead.qualified {
                    guard let qualifiedAt = lead.qualifiedAt else { return nil }
                    events.append(DailyLooks.Event(day: DailyLooks.day(of: qualifiedAt), arm: index, isConversion: false))
                    if lead.verdict == .hit, let convertedAt = lead.convertedAt {
                        events.append(DailyLooks.Event(day: DailyLooks.day(of: convertedAt), arm: index, isConversion: true))
                    }
                }
            }
            let daily = DailyLooks(events: events, arms: arms.map(\.name))
            guard !daily.looks.isEmpty,
                  let test = try? SequentialTest(),
                  let analysis = try? test.analyze(control: daily.looks.map { $0[0] }, treatment: daily.looks.map { $0[1] })
            else { return nil }
            control = arms[0].name
            treatment = arms[1].name
            alpha = analysis.alpha
            mixingVariance = analysis.mixingVariance
            looks = zip(analysis.looks, daily.days).map { look, day in
                Look(
                    day: day, controlUnits: look.controlUnits, controlConversions: look.controlConversions,
                    treatmentUnits: look.treatmentUnits, treatmentConversions: look.treatmentConversions, z: look.z,
                    boundary: look.boundary.isFinite ? look.boundary : nil, pValue: look.pValue, rejected: look.rejected)
            }
            firstRejection = analysis.firstRejection.map { daily.days[$0] }
            pValue = analysis.pValue
        }
    }
}
