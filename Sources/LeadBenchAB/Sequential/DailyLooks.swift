import LeadBenchData

/// Daily cumulative totals per arm for the sequential test, from dated events: a unit entering an arm
/// on a day, or a conversion in an arm on a day.
///
/// Rule: one look per day on which something happened, once every arm has at least one unit; each
/// look holds the totals up to and including that day (conversions capped at the units, so an arm
/// never shows more conversions than units). Days are UTC midnights in epoch seconds.
public struct DailyLooks: Sendable, Equatable {
    /// One event: a unit entering `arm` on `day`, or a conversion in `arm` on `day`.
    public struct Event: Sendable, Equatable {
        public let day: Int64
        public let arm: Int
        public let isConversion: Bool

        public init(day: Int64, arm: Int, isConversion: Bool) {
            self.day = day
            self.arm = arm
            self.isConversion = isConversion
        }
    }

    /// Per look, per arm in the order of `arms`: cumulative units and conversions.
    public let looks: [[ArmOutcome]]
    /// The day of each look, ISO 8601 (`2025-09-01`).
    public let days: [String]

    public init(events: [Event], arms: [String]) {
        let sorted = events.sorted { ($0.day, $0.arm, $0.isConversion ? 1 : 0) < ($1.day, $1.arm, $1.isConversion ? 1 : 0) }
        var units = [Int](repeating: 0, count: arms.count)
        var conversions = units
        var looks: [[ArmOutcome]] = []
        var days: [String] = []
        var index = 0
        while index < sorted.count {
            let today = sorted[index].day
            while index < sorted.count && sorted[index].day == today {
                if sorted[index].isConversion { conversions[sorted[index].arm] += 1 } else { units[sorted[index].arm] += 1 }
                index += 1
            }
            guard units.allSatisfy({ $0 > 0 }) else { continue }
            looks.append(arms.indices.map { ArmOutcome(name: arms[$0], units: units[$0], conversions: min(conversions[$0], units[$0])) })
            days.append(EpochSeconds.iso8601(today, dateOnly: true))
        }
        self.looks = looks
        self.days = days
    }

    /// The UTC day (midnight, epoch seconds) of a moment.
    public static func day(of moment: Int64) -> Int64 {
        moment - ((moment % EpochSeconds.day) + EpochSeconds.day) % EpochSeconds.day
    }
}
