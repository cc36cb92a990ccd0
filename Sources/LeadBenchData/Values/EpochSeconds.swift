/// A moment in time as whole seconds since 1970-01-01T00:00:00Z. Columns of moments are `[Int64]`, with
/// ``EpochSeconds/missing`` where a row has none.
public enum EpochSeconds {
    /// The marker for "no moment" in a column of moments.
    public static let missing = Int64.min

    /// Seconds in one day.
    public static let day: Int64 = 86_400

    /// Days from 1970-01-01 to the given proleptic Gregorian date (negative before it).
    ///
    /// Howard Hinnant's `days_from_civil`: shifts the year to start in March so the leap day falls last,
    /// then counts 400-year eras of 146,097 days.
    ///
    /// ## References
    /// H. Hinnant, "chrono-Compatible Low-Level Date Algorithms" (2013),
    /// https://howardhinnant.github.io/date_algorithms.html
    @inline(__always)
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return Int64(era * 146_097 + dayOfEra - 719_468)
    }

    /// The calendar date (UTC) of a moment: the inverse of ``daysFromCivil(year:month:day:)``.
    public static func civil(from seconds: Int64) -> (year: Int, month: Int, day: Int) {
        let z = Int((seconds >= 0 ? seconds : seconds - day + 1) / day) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Whether `day` exists in `month` of `year` (Gregorian leap years).
    public static func isValidDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        if month == 2 {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return day <= (leap ? 29 : 28)
        }
        // 30 days hath September, April, June and November.
        return day <= (month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31)
    }

    /// ISO 8601 text for a moment in UTC: `2025-03-01T09:30:00Z`, or `2025-03-01` when `dateOnly`.
    public static func iso8601(_ seconds: Int64, dateOnly: Bool = false) -> String {
        let (y, m, d) = civil(from: seconds)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let date = "\(y)-\(two(m))-\(two(d))"
        if dateOnly { return date }
        var rest = seconds % day
        if rest < 0 { rest += day }
        let h = Int(rest / 3600), mi = Int(rest % 3600 / 60), s = Int(rest % 60)
        return "\(date)T\(two(h)):\(two(mi)):\(two(s))Z"
    }
}
