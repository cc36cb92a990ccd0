import LeadBenchData

/// A span of time a review measures, as the moments `[start, end)` in UTC, and the period before it.
///
/// - A quarter, `2025-Q3`: 2025-07-01 up to 2025-10-01; the one before is the previous quarter (`2025-Q2`).
/// - A month, `2025-07`: 2025-07-01 up to 2025-08-01; the one before is the previous month (`2025-06`).
/// - Days, `--from 2025-07-01 --to 2025-09-30`: both days included, so 2025-07-01 up to 2025-10-01; the
///   one before is the same number of days immediately before (here 92 days: 2025-03-31 to 2025-06-30).
///
/// Quarters and months before them are calendar periods, so their lengths may differ by a few days;
/// the review compares volumes per week, not totals.
///
///     let period = try ReviewPeriod.parse("2025-Q3")
///     period.previous.label   // "2025-Q2"
public struct ReviewPeriod: Sendable, Equatable, CustomStringConvertible {
    /// How the period was given, which decides the period before it.
    public enum Kind: String, Sendable, Equatable, Encodable {
        case quarter
        case month
        case days
    }

    public let kind: Kind
    /// `2025-Q3`, `2025-07`, or `2025-07-01 to 2025-09-30`.
    public let label: String
    /// The first moment of the period (midnight UTC of its first day).
    public let start: Int64
    /// The first moment after the period (midnight UTC after its last day): the period is `[start, end)`.
    public let end: Int64

    public var description: String { label }

    /// The period's length in whole days.
    public var days: Int { Int((end - start) / EpochSeconds.day) }

    /// The first day, as an ISO 8601 date.
    public var firstDay: String { EpochSeconds.iso8601(start, dateOnly: true) }

    /// The last day (included), as an ISO 8601 date.
    public var lastDay: String { EpochSeconds.iso8601(end - EpochSeconds.day, dateOnly: true) }

    /// Whether `moment` lies in `[start, end)`.
    public func contains(_ moment: Int64) -> Bool { moment != EpochSeconds.missing && start <= moment && moment < end }

    /// The period of the same kind immediately before: the previous quarter or month, or as many days
    /// ending the day before this one starts.
    public var previous: ReviewPeriod {
        let (year, month, _) = EpochSeconds.civil(from: start)
        switch kind {
        case .quarter:
            let quarter = (month - 1) / 3 + 1
            return quarter == 1 ? Self.quarter(year - 1, 4) : Self.quarter(year, quarter - 1)
        case .month:
            return month == 1 ? Self.month(year - 1, 12) : Self.month(year, month - 1)
        case .days:
            return Self.days(start: start - (end - start), end: start)
        }
    }

    /// The quarter `q` (1…4) of `year`.
    public static func quarter(_ year: Int, _ q: Int) -> ReviewPeriod {
        let start = EpochSeconds.daysFromCivil(year: year, month: 3 * (q - 1) + 1, day: 1)
        let end = q == 4 ? EpochSeconds.daysFromCivil(year: year + 1, month: 1, day: 1) : EpochSeconds.daysFromCivil(year: year, month: 3 * q + 1, day: 1)
        return ReviewPeriod(kind: .quarter, label: "\(year)-Q\(q)", start: start * EpochSeconds.day, end: end * EpochSeconds.day)
    }

    /// The month `month` (1…12) of `year`.
    public static func month(_ year: Int, _ month: Int) -> ReviewPeriod {
        let start = EpochSeconds.daysFromCivil(year: year, month: month, day: 1)
        let end = month == 12 ? EpochSeconds.daysFromCivil(year: year + 1, month: 1, day: 1) : EpochSeconds.daysFromCivil(year: year, month: month + 1, day: 1)
        return ReviewPeriod(kind: .month, label: "\(year)-\(month < 10 ? "0" : "")\(month)", start: start * EpochSeconds.day, end: end * EpochSeconds.day)
    }

    /// The days from `start` up to `end` (both at midnight UTC).
    static func days(start: Int64, end: Int64) -> ReviewPeriod {
        let first = EpochSeconds.iso8601(start, dateOnly: true)
        let last = EpochSeconds.iso8601(end - EpochSeconds.day, dateOnly: true)
        return ReviewPeriod(kind: .days, label: "\(first) to \(last)", start: start, end: end)
    }
}

extension ReviewPeriod {
    /// The period the command line names: `--period` alone, or `--from` and `--to` together.
    ///
    /// - Throws: ``ReviewError`` (``ReviewError/Kind/malformedPeriod``) when neither or both are given,
    ///   one of `--from` and `--to` is missing, or a value cannot be read.
    public static func resolve(period: String?, from: String?, to: String?) throws(ReviewError) -> ReviewPeriod {
        switch (period, from, to) {
        case (let period?, nil, nil):
            return try parse(period)
        case (nil, let from?, let to?):
            return try between(from: from, to: to)
        case (_?, _, _):
            throw .malformed("--period", nil, "give either --period or --from and --to, not both")
        case (nil, _?, nil):
            throw .malformed("--to", nil, "--from needs --to, the last day of the period", hint: "e.g. --from 2025-07-01 --to 2025-09-30")
        case (nil, nil, _?):
            throw .malformed("--from", nil, "--to needs --from, the first day of the period", hint: "e.g. --from 2025-07-01 --to 2025-09-30")
        case (nil, nil, nil):
            throw .malformed("--period", nil, "say which period to review")
        }
    }

    /// A quarter (`2025-Q3`, the `Q` in either case) or a month (`2025-07`).
    ///
    /// - Throws: ``ReviewError`` naming `--period` for anything else, a quarter outside Q1–Q4 or a month
    ///   outside 01–12.
    public static func parse(_ text: String) throws(ReviewError) -> ReviewPeriod {
        let parts = trimmed(text).split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, (try? day(text, option: "--period")) != nil {
            throw .malformed("--period", text, "a period is a quarter or a month, not a day", hint: "for days, write --from \(trimmed(text)) --to LAST-DAY")
        }
        guard parts.count == 2, let year = number(parts[0], digits: 4) else {
            throw .malformed("--period", text, "cannot read this as a period")
        }
        let rest = parts[1]
        if let first = rest.first, first == "Q" || first == "q" {
            guard let q = number(rest.dropFirst(), digits: 1), (1...4).contains(q) else {
                throw .malformed("--period", text, "there is no quarter \"\(rest)\"", hint: "quarters run from Q1 to Q4, e.g. \(year)-Q3")
            }
            return quarter(year, q)
        }
        guard let month = number(rest, digits: 2) else {
            throw .malformed("--period", text, "cannot read this as a period")
        }
        guard (1...12).contains(month) else {
            throw .malformed("--period", text, "there is no month \(rest)", hint: "months run from 01 to 12, e.g. \(year)-07")
        }
        return self.month(year, month)
    }

    /// The days from `from` to `to`, both included (ISO 8601 dates, UTC).
    ///
    /// - Throws: ``ReviewError`` naming `--from` or `--to` for a value that is not a date, or when `to`
    ///   comes before `from`.
    public static func between(from: String, to: String) throws(ReviewError) -> ReviewPeriod {
        let first = try day(from, option: "--from")
        let last = try day(to, option: "--to")
        guard first <= last else {
            throw .malformed("--to", to, "the last day comes before the first (\(trimmed(from)))", hint: "--to is the period's last day, on or after --from")
        }
        return days(start: first, end: last + EpochSeconds.day)
    }

    /// Midnight UTC of an ISO 8601 date `yyyy-MM-dd`.
    static func day(_ text: String, option: String) throws(ReviewError) -> Int64 {
        let parts = trimmed(text).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let year = number(parts[0], digits: 4), let month = number(parts[1], digits: 2),
            let day = number(parts[2], digits: 2)
        else {
            throw .malformed(option, text, "cannot read this as a date", hint: "write the date as 2025-07-01")
        }
        guard EpochSeconds.isValidDate(year: year, month: month, day: day) else {
            throw .malformed(option, text, "there is no such day", hint: "write a day of the calendar, e.g. 2025-07-01")
        }
        return EpochSeconds.daysFromCivil(year: year, month: month, day: day) * EpochSeconds.day
    }

    /// A number of exactly `digits` ASCII digits.
    private static func number(_ text: Substring, digits: Int) -> Int? {
        guard text.count == digits, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
