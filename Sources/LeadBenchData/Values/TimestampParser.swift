import Foundation

/// Reads timestamps from raw field bytes into ``EpochSeconds`` without creating strings.
///
/// One parser serves one column during one load; it caches the zone offsets of a named time zone by
/// local hour, so it is a class and is not shared between threads.
public final class TimestampParser {
    public let format: TimestampFormat
    public let zone: TimeZoneSetting
    private let namedZone: TimeZone?
    private var offsetByLocalHour: [Int64: Int] = [:]

    public init(format: TimestampFormat, zone: TimeZoneSetting) {
        self.format = format
        self.zone = zone
        if case .named(let name) = zone { namedZone = TimeZone(identifier: name) } else { namedZone = nil }
    }

    /// The moment written in `bytes`, or `nil` when it does not follow the format or names a date that
    /// does not exist (such as 31 February). Surrounding spaces are ignored.
    public func parse(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        var lower = 0
        var upper = bytes.count
        while lower < upper && bytes[lower] == 0x20 { lower += 1 }
        while upper > lower && bytes[upper - 1] == 0x20 { upper -= 1 }
        guard lower < upper else { return nil }
        let trimmed = UnsafeRawBufferPointer(rebasing: bytes[lower..<upper])
        let fields: Fields?
        switch format {
        case .iso8601: fields = Self.parseISO(trimmed)
        case .pattern(let pattern): fields = Self.parse(trimmed, pattern: pattern)
        }
        guard let f = fields, EpochSeconds.isValidDate(year: f.year, month: f.month, day: f.day),
            f.hour < 24 || (f.hour == 24 && f.minute == 0 && f.second == 0), f.minute < 60, f.second < 61
        else { return nil }
        let local = EpochSeconds.daysFromCivil(year: f.year, month: f.month, day: f.day) * EpochSeconds.day
            + Int64(f.hour * 3600 + f.minute * 60 + min(f.second, 59))
        if let offset = f.offset { return local - Int64(offset) }
        return local - Int64(offsetOfLocal(local))
    }

    /// The parts of a written timestamp.
    struct Fields {
        var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
        var offset: Int?
    }

    /// Seconds east of UTC for a local wall-clock moment in the configured zone.
    private func offsetOfLocal(_ local: Int64) -> Int {
        guard let namedZone else {
            if case .fixed(let seconds) = zone { return seconds }
            return 0
        }
        let hour = local >= 0 ? local / 3600 : (local - 3599) / 3600
        if let cached = offsetByLocalHour[hour] { return cached }
        let guess = namedZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
        let offset = namedZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local - Int64(guess))))
        offsetByLocalHour[hour] = offset
        return offset
    }

    // MARK: - ISO 8601

    static func parseISO(_ b: UnsafeRawBufferPointer) -> Fields? {
        var f = Fields()
        guard b.count >= 10, let year = digits(b, 0, 4), b[4] == UInt8(ascii: "-"),
            let month = digits(b, 5, 2), b[7] == UInt8(ascii: "-"), let day = digits(b, 8, 2)
        else { return nil }
        f.year = year
        f.month = month
        f.day = day
        var i = 10
        if i == b.count { return f }
        guard b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: " ") else { return nil }
        i += 1
        guard i + 5 <= b.count, let hour = digits(b, i, 2), b[i + 2] == UInt8(ascii: ":"),
            let minute = digits(b, i + 3, 2)
        else { return nil }
        f.hour = hour
        f.minute = minute
        i += 5
        if i < b.count && b[i] == UInt8(ascii: ":") {
            guard let second = digits(b, i + 1, 2) else { return nil }
            f.second = second
            i += 3
            if i < b.count && (b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",")) {
                i += 1
                let start = i
                while i < b.count && isDigit(b[i]) { i += 1 }
                guard i > start else { return nil }
            }
        }
        if i == b.count { return f }
        guard let zone = zoneOffset(in: b, from: i), zone.next == b.count else { return nil }
        f.offset = zone.seconds
        return f
    }

    /// Reads `Z`, `±HH:MM`, `±HHMM` or `±HH` at `start`; returns the offset east of UTC and the index after it.
    static func zoneOffset(in b: UnsafeRawBufferPointer, from start: Int) -> (seconds: Int, next: Int)? {
        guard start < b.count else { return nil }
        if b[start] == UInt8(ascii: "Z") || b[start] == UInt8(ascii: "z") { return (0, start + 1) }
        let sign: Int
        switch b[start] {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default: return nil
        }
        guard let hours = digits(b, start + 1, 2), hours <= 23 else { return nil }
        var i = start + 3
        var minutes = 0
        if i < b.count && b[i] == UInt8(ascii: ":") {
            guard let m = digits(b, i + 1, 2) else { return nil }
            minutes = m
            i += 3
        } else if let m = digits(b, i, 2) {
            minutes = m
            i += 2
        }
        guard minutes < 60 else { return nil }
        return (sign * (hours * 3600 + minutes * 60), i)
    }

    // MARK: - Patterns

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func parse(_ b: UnsafeRawBufferPointer, pattern: TimestampPattern) -> Fields? {
        var f = Fields()
        var i = 0
        var pm: Bool?
        var hour12: Int?
        for token in pattern.tokens {
            switch token {
            case .literal(let c):
                guard i < b.count, b[i] == c else { return nil }
                i += 1
            case .year4:
                guard let v = digits(b, i, 4) else { return nil }
                f.year = v
                i += 4
            case .year2:
                guard let v = digits(b, i, 2) else { return nil }
                f.year = 2000 + v
                i += 2
            case .monthName:
                guard i + 3 <= b.count else { return nil }
                let name = String(decoding: UnsafeRawBufferPointer(rebasing: b[i..<i + 3]), as: UTF8.self).lowercased()
                guard let index = monthNames.firstIndex(of: name) else { return nil }
                f.month = index + 1
                i += 3
            case .month, .day, .hour24, .hour12, .minute, .second:
                guard let (v, next) = number(b, i, maxDigits: 2) else { return nil }
                i = next
                switch token {
                case .month: f.month = v
                case .day: f.day = v
                case .hour24: f.hour = v
                case .hour12: hour12 = v
                case .minute: f.minute = v
                default: f.second = v
                }
            case .fraction:
                let start = i
                while i < b.count && isDigit(b[i]) { i += 1 }
                guard i > start else { return nil }
            case .amPm:
                guard i + 2 <= b.count, b[i + 1] | 0x20 == UInt8(ascii: "m") else { return nil }
                switch b[i] | 0x20 {
                case UInt8(ascii: "a"): pm = false
                case UInt8(ascii: "p"): pm = true
                default: return nil
                }
                i += 2
            case .zone:
                guard let zone = zoneOffset(in: b, from: i) else { return nil }
                f.offset = zone.seconds
                i = zone.next
            }
        }
        guard i == b.count else { return nil }
        if let hour12, let pm {
            guard (1...12).contains(hour12) else { return nil }
            f.hour = hour12 % 12 + (pm ? 12 : 0)
        }
        return f
    }

    // MARK: - Digits

    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Exactly `count` digits at `start`.
    @inline(__always)
    static func digits(_ b: UnsafeRawBufferPointer, _ start: Int, _ count: Int) -> Int? {
        guard start + count <= b.count else { return nil }
        var value = 0
        for i in start..<start + count {
            let c = b[i]
            guard isDigit(c) else { return nil }
            value = value * 10 + Int(c - 0x30)
        }
        return value
    }

    /// One to `maxDigits` digits at `start`.
    @inline(__always)
    static func number(_ b: UnsafeRawBufferPointer, _ start: Int, maxDigits: Int) -> (Int, Int)? {
        var i = start
        var value = 0
        while i < b.count && i - start < maxDigits && isDigit(b[i]) {
            value = value * 10 + Int(b[i] - 0x30)
            i += 1
        }
        return i > start ? (value, i) : nil
    }
}
