import LeadBenchData

/// The time span of a synthetic export and how leads arrive within it.
///
/// Times inside the generator are whole seconds since ``start`` (2025-01-01T00:00:00Z); the export's last
/// second is ``lastSecond`` (2025-12-31T23:59:59Z). Anything the process places later (a conversion, an
/// activity) is not exported: the data is right-censored, as a real export taken on 2026-01-01 would be.
enum Timeline {
    /// 2025-01-01T00:00:00Z as ``EpochSeconds``.
    static let start: Int64 = EpochSeconds.daysFromCivil(year: 2025, month: 1, day: 1) * EpochSeconds.day
    /// Days in the span.
    static let days = 365
    /// Seconds in the span; offsets `0..<seconds` are inside it.
    static let seconds = days * 86_400
    /// The offset of 2025-12-31T23:59:59Z, the last exported second.
    static let lastSecond = seconds - 1
    /// Day-of-week of 2025-01-01, with Monday = 0 (it was a Wednesday).
    static let firstWeekday = Int((start / EpochSeconds.day + 3) % 7)

    /// Relative lead arrival rate by day of week, Monday first: forms are filled in on working days.
    static let weekdayWeights: [Double] = [1.0, 1.0, 1.0, 1.0, 0.9, 0.35, 0.3]
    /// Relative lead arrival rate by hour of day (UTC): office hours, a quieter evening, a quiet night.
    static let hourWeights: [Double] = [
        0.15, 0.15, 0.15, 0.15, 0.15, 0.2, 0.3, 0.5, 0.8, 1.0, 1.0, 1.0,
        1.0, 1.0, 1.0, 1.0, 1.0, 0.8, 0.5, 0.5, 0.4, 0.3, 0.25, 0.2,
    ]
    /// Marketing grows over the year: the arrival rate rises linearly from this share of its December
    /// level in January.
    static let januaryShare = 0.75

    /// `count` lead creation times, ascending: an inhomogeneous Poisson process conditioned on its count,
    /// drawn by thinning uniform candidates with the weekday, hour-of-day and growth weights, then sorted.
    ///
    /// - Complexity: O(*n* log *n*); holds one `Int32` per lead.
    static func creationTimes(count: Int, _ random: inout Sampler) -> [Int32] {
        var times = [Int32]()
        times.reserveCapacity(count)
        while times.count < count {
            let t = random.index(below: seconds)
            let day = t / 86_400
            let weight = weekdayWeights[(day + firstWeekday) % 7] * hourWeights[t % 86_400 / 3_600]
                * (januaryShare + (1 - januaryShare) * Double(t) / Double(seconds))
            if random.unit() < weight { times.append(Int32(t)) }
        }
        times.sort()
        return times
    }
}
