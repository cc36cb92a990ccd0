import LeadBenchData

/// A preset whose score is constant between the moments it names: activities, recency windows and
/// decay steps. Its first qualifying moment and its peak are found exactly by looking at those moments.
protocol PiecewiseConstantScore: ScoringModel {
    /// The moments in `(…, end]` at which the lead's score may change (unsorted, repeats allowed).
    func changeMoments(lead: Int, through end: Int64, data: ScoringData) -> [Int64]
}

extension PiecewiseConstantScore {
    /// The first of `start` and the change moments in `(start, end]` at which the score reaches
    /// `threshold`: the exact first moment, the score being constant in between.
    public func firstMoment(reaching threshold: Double, lead: Int, from start: Int64, through end: Int64, data: ScoringData) -> Int64? {
        guard start <= end else { return nil }
        if score(data.view(lead, asOf: start)) >= threshold { return start }
        for moment in Set(changeMoments(lead: lead, through: end, data: data)).sorted() where moment > start && moment <= end {
            if score(data.view(lead, asOf: moment)) >= threshold { return moment }
        }
        return nil
    }

    /// The highest score in `start ... end`: the largest at `start` and the change moments within.
    public func peakScore(lead: Int, from start: Int64, through end: Int64, data: ScoringData, windowsDays: [Int]) -> Double? {
        guard start <= end else { return nil }
        var peak = score(data.view(lead, asOf: start))
        for moment in Set(changeMoments(lead: lead, through: end, data: data)) where moment > start && moment <= end {
            peak = max(peak, score(data.view(lead, asOf: moment)))
        }
        return peak
    }
}

/// UTC calendar arithmetic for the presets' day and month boundaries (proleptic Gregorian calendar).
enum UTCCalendar {
    /// The UTC midnight at or before `t`.
    static func midnight(atOrBefore t: Int64) -> Int64 {
        let day = EpochSeconds.day
        return t >= 0 ? t / day * day : ((t - day + 1) / day) * day
    }

    /// The UTC day number of `t` (days since 1970-01-01).
    static func dayNumber(_ t: Int64) -> Int64 { midnight(atOrBefore: t) / EpochSeconds.day }

    /// Year, month (1…12) and day of month of a day number.
    static func civil(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The day number of a civil date.
    static func dayNumber(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func daysIn(year: Int64, month: Int64) -> Int64 {
        let next = month == 12 ? dayNumber(year: year + 1, month: 1, day: 1) : dayNumber(year: year, month: month + 1, day: 1)
        return next - dayNumber(year: year, month: month, day: 1)
    }

    /// The number of whole calendar months from `from` to `to`: a month has passed on the same day of
    /// the month at the same time, or at the start of the next month when that day does not exist.
    static func wholeMonths(from: Int64, to: Int64) -> Int64 {
        guard to > from else { return 0 }
        var k = monthsSince(from, to)
        while k > 0 && monthsLater(from, k) > to { k -= 1 }
        while monthsLater(from, k + 1) <= to { k += 1 }
        return k
    }

    /// The moment `k` whole calendar months after `t`.
    static func monthsLater(_ t: Int64, _ k: Int64) -> Int64 {
        let seconds = t - midnight(atOrBefore: t)
        let (year, month, day) = civil(dayNumber(t))
        let index = year * 12 + (month - 1) + k
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let targetMonth = index - y * 12 + 1
        if day <= daysIn(year: y, month: targetMonth) {
            return dayNumber(year: y, month: targetMonth, day: day) * EpochSeconds.day + seconds
        }
        let nextIndex = index + 1
        let ny = nextIndex >= 0 ? nextIndex / 12 : (nextIndex - 11) / 12
        return dayNumber(year: ny, month: nextIndex - ny * 12 + 1, day: 1) * EpochSeconds.day
    }

    /// The difference in calendar month numbers (an upper estimate of whole months).
    private static func monthsSince(_ from: Int64, _ to: Int64) -> Int64 {
        let a = civil(dayNumber(from))
        let b = civil(dayNumber(to))
        return max(0, (b.year * 12 + b.month) - (a.year * 12 + a.month))
    }
}
