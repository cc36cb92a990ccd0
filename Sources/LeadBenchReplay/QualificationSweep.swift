/// What every threshold would do under the replay's rules (DESIGN §2, §4): a lead qualifies at threshold
/// `t` when its peak score within the horizon reaches `t`, and is a hit when its peak before it converted
/// does. One pass over the leads' peaks answers every threshold, so the sweep matches a replay at any
/// of its thresholds without replaying again.
///
///     qualified(t) = #{ peak ≥ t },  hits(t) = #{ converted, peak before conversion ≥ t }
///     precision = hits / qualified,  recall = hits / converted,  F1 = 2·hits / (qualified + converted),
///     lift = precision / base rate,  per week = qualified / weeks
///
/// Peaks are found by ``ScoringModel/peakScore(lead:from:through:data:windowsDays:)`` at the moments a
/// score can change (exact for points models without continuous decay; see there).
public struct QualificationSweep: Sendable {
    /// One threshold and what it does.
    public struct Point: Sendable, Equatable, Encodable {
        public let threshold: Double
        public let qualified: Int
        public let hits: Int
        public let precision: Double?
        public let recall: Double?
        public let f1: Double
        public let lift: Double?
        /// Qualified leads per week of the leads' creation span (`nil` without times).
        public let perWeek: Double?
    }

    /// Peak scores, ascending (`-∞` for a lead never scored within the horizon).
    let sortedPeaks: [Double]
    /// Converted leads' peaks before converting, ascending.
    let sortedHitPeaks: [Double]
    public let leads: Int
    public let converted: Int
    /// The span of the leads' creation in weeks (at least 1), `nil` for data without times.
    public let weeks: Double?

    public init(peaks: [Double], hitPeaks: [Double], converted: Int, weeks: Double?) {
        sortedPeaks = peaks.sorted()
        sortedHitPeaks = hitPeaks.sorted()
        leads = peaks.count
        self.converted = converted
        self.weeks = weeks
    }

    /// The sweep of replayed leads, whose peaks the replay recorded.
    public init(_ replayed: [ReplayedLead], weeks: Double?) {
        self.init(
            peaks: replayed.map { $0.peakScore ?? -.infinity },
            hitPeaks: replayed.filter(\.converted).map { $0.peakBeforeConversion ?? -.infinity },
            converted: replayed.filter(\.converted).count, weeks: weeks)
    }

    /// The span of creation moments in weeks, at least one; `nil` when none is known.
    public static func weeks(created: [Int64]) -> Double? {
        guard let first = created.min(), let last = created.max() else { return nil }
        return max(1, Double(last - first) / Double(7 * 86_400))
    }

    /// Every distinct finite peak, ascending: the thresholds at which the counts change.
    public var thresholds: [Double] {
        var distinct: [Double] = []
        for value in (sortedPeaks + sortedHitPeaks).sorted() where value.isFinite && distinct.last != value {
            distinct.append(value)
        }
        return distinct
    }

    /// The figures at threshold `t`.
    public func point(at t: Double) -> Point {
        let qualified = Self.count(atLeast: t, in: sortedPeaks)
        let hits = Self.count(atLeast: t, in: sortedHitPeaks)
        let precision = qualified > 0 ? Double(hits) / Double(qualified) : nil
        let baseRate = leads > 0 ? Double(converted) / Double(leads) : 0
        return Point(
            threshold: t, qualified: qualified, hits: hits, precision: precision,
            recall: converted > 0 ? Double(hits) / Double(converted) : nil,
            f1: qualified + converted > 0 ? 2 * Double(hits) / Double(qualified + converted) : 0,
            lift: precision.flatMap { baseRate > 0 ? $0 / baseRate : nil },
            perWeek: weeks.map { Double(qualified) / $0 })
    }

    /// A table of at most `maxPoints` thresholds spread over the qualified volume (every threshold when
    /// there are few), plus any `including` thresholds, ascending.
    ///
    /// With more distinct thresholds than `maxPoints`, point `j` of `maxPoints` is the highest threshold
    /// that qualifies at least `⌈j·n / maxPoints⌉` leads, as ``LeadBenchMetrics/ThresholdSweep`` picks them.
    public func table(maxPoints: Int = 20, including: [Double] = []) -> [Point] {
        let all = thresholds
        var chosen: Set<Double> = Set(including.filter(\.isFinite))
        if all.count <= maxPoints {
            chosen.formUnion(all)
        } else {
            let descending = Array(all.reversed())
            var index = 0
            for j in 1...maxPoints {
                let wanted = (j * leads + maxPoints - 1) / maxPoints
                while index < descending.count - 1 && Self.count(atLeast: descending[index], in: sortedPeaks) < wanted { index += 1 }
                chosen.insert(descending[index])
            }
        }
        return chosen.sorted().map(point(at:))
    }

    /// How many of the ascending `sorted` values are at least `t`.
    static func count(atLeast t: Double, in sorted: [Double]) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < t { low = middle + 1 } else { high = middle }
        }
        return sorted.count - low
    }
}
