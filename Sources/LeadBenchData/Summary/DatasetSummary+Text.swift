/// The plain-text rendering of a ``DatasetSummary`` for the terminal.
extension DatasetSummary {
    public var text: String {
        var lines: [String] = []
        lines.append("leads        \(Self.grouped(leads))")
        if accounts > 0 {
            lines.append("accounts     \(Self.grouped(accounts))" + (accountsInFile > 0 ? " (\(Self.grouped(accountsInFile)) in the accounts file)" : ""))
        }
        lines.append("activities   " + (activities > 0 || !activityTypes.isEmpty ? "\(Self.grouped(activities)) of \(activityTypes.count) types" : "none: a snapshot dataset without an activity log"))
        var outcome = "outcomes     \(Self.grouped(converted)) converted, \(Self.grouped(notConverted)) not converted"
        if open > 0 { outcome += ", \(Self.grouped(open)) still open (outcome unknown)" }
        lines.append(outcome)
        if let conversionRate { lines.append("conversion   \(Self.percent(conversionRate)) of leads with a known outcome") }
        if hasTimes, let first = firstCreated, let last = lastCreated {
            lines.append("created      \(EpochSeconds.iso8601(first, dateOnly: true)) to \(EpochSeconds.iso8601(last, dateOnly: true))")
            if let end = endOfData { lines.append("data ends    \(EpochSeconds.iso8601(end))") }
        } else {
            lines.append("time         not available: the dataset has no timestamps")
        }
        if let horizonDays, let censored = censoredByHorizon {
            lines.append("censored     \(Self.grouped(censored)) leads created within \(horizonDays) days of the end of the data")
        }
        if conversionsWithoutTime > 0 {
            lines.append("note         \(Self.counted(conversionsWithoutTime, "conversion has", "conversions have")) no time")
        }
        if conversionsBeforeCreation > 0 {
            lines.append("note         \(Self.counted(conversionsBeforeCreation, "conversion is", "conversions are")) dated before the lead's creation")
        }
        if skippedRows.total > 0 {
            let files = skippedRows.countByFile.sorted { $0.key < $1.key }.map { "\($0.value) in \($0.key)" }.joined(separator: ", ")
            lines.append("skipped      \(Self.grouped(skippedRows.total)) bad rows (\(files))")
        }
        if !activityTypes.isEmpty {
            lines.append("")
            lines.append("activity types")
            for (name, count) in activityTypes { lines.append("  \(Self.pad(name, 24)) \(Self.grouped(count))") }
        }
        if !columns.isEmpty {
            lines.append("")
            lines.append(Self.pad("columns (\(columns.count))", 42) + " filled  distinct  top values / range")
            for column in columns {
                let label = Self.truncated(column.table == "account" ? "\(column.name) [account]" : column.name, 40)
                var detail: String
                if let range = column.range {
                    detail = "\(Self.number(range.min)) … \(Self.number(range.median)) … \(Self.number(range.max)) (min, median, max)"
                } else {
                    detail = column.topValues.map { "\(InputIssue.printable($0.value)) (\(Self.grouped($0.count)))" }.joined(separator: ", ")
                }
                if column.fillRate == 0 { detail = "—" }
                lines.append("  \(Self.pad(label, 40)) \(Self.pad(Self.percent(column.fillRate), 7, right: true))  \(Self.pad(Self.grouped(column.distinctValues), 8, right: true))  \(detail)")
            }
        }
        if !excluded.isEmpty {
            lines.append("")
            lines.append("excluded columns")
            for column in excluded { lines.append("  \(column.column)" + (column.reason.map { ": \($0)" } ?? "")) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `12,345`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return value < 0 ? "-" + out : out
    }

    /// `12.3%`, rounded half away from zero to one decimal.
    static func percent(_ share: Double) -> String {
        let tenths = (share * 1000).rounded()
        return "\(Int(tenths) / 10).\(Int(tenths) % 10)%"
    }

    /// `1 conversion has` or `3 conversions have`.
    static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(grouped(count)) \(count == 1 ? singular : plural)"
    }

    /// A number rounded to 2 decimals; whole numbers of 10,000 or more with thousands separators (so a
    /// year reads 1996, not 1,996).
    static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 {
            return abs(value) >= 10_000 ? grouped(Int(value)) : String(Int(value))
        }
        let scaled = (value * 100).rounded() / 100
        return "\(scaled)"
    }

    /// `text` cut to `width` characters, ending in … when cut.
    static func truncated(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    public static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let count = text.count
        guard count < width else { return text }
        let spaces = String(repeating: " ", count: width - count)
        return right ? spaces + text : text + spaces
    }
}
