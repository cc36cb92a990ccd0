/// Puts activities in time order without holding them all in memory.
///
/// Leads are generated in creation order, but a lead's activities reach months ahead, so the stream of
/// activities is far from time-ordered. Each activity is packed into one `UInt64` whose natural order is
/// the export's row order,
///
///     time (25 bits: seconds into the span) | lead (24 bits) | type (4 bits) | seconds on page (11 bits)
///
/// and appended to a temporary file for its week of the span (53 files). ``drain(into:)`` then reads one
/// week at a time, sorts it in memory and writes it out as CSV, so memory holds one week of activities
/// (about 3% of them) plus the write buffers.
final class ActivitySpill {
    static let bucketDays = 7
    static let bucketCount = (Timeline.days + bucketDays - 1) / bucketDays
    /// Bytes buffered per week before they are written to its temporary file.
    static let bucketBuffer = 1 << 18

    private static let timeShift: UInt64 = 39
    private static let leadShift: UInt64 = 15
    private static let typeShift: UInt64 = 11
    private static let secondsMask: UInt64 = (1 << 11) - 1

    /// The temporary file names, relative to the working directory.
    static let fileNames = (0..<bucketCount).map { "activities-week-\($0 < 10 ? "0" : "")\($0).tmp" }

    private let directory: String
    private var buckets: [OutputFile] = []
    /// Activities added so far.
    private(set) var count = 0

    /// Creates the temporary files in `directory`.
    init(directory: String) throws(FixtureError) {
        self.directory = directory
        for name in Self.fileNames {
            buckets.append(try OutputFile(path: "\(directory)/\(name)", flushThreshold: Self.bucketBuffer))
        }
    }

    /// Packs an activity into its sort key.
    @inline(__always)
    static func pack(_ event: ActivityEvent) -> UInt64 {
        UInt64(event.time) << timeShift | UInt64(event.lead) << leadShift
            | UInt64(event.type.rawValue) << typeShift | UInt64(event.seconds)
    }

    /// Unpacks a sort key.
    @inline(__always)
    static func unpack(_ key: UInt64) -> ActivityEvent? {
        guard let type = ActivityType(rawValue: Int(key >> typeShift & 0xF)) else { return nil }
        return ActivityEvent(
            time: Int(key >> timeShift), lead: Int(key >> leadShift & 0xFF_FFFF), type: type,
            seconds: Int(key & secondsMask))
    }

    /// Files an activity (inside the span) under its week.
    @inline(__always)
    func add(_ event: ActivityEvent) throws(FixtureError) {
        let key = Self.pack(event)
        try buckets[event.time / 86_400 / Self.bucketDays].withBuffer { buffer in
            withUnsafeBytes(of: key) { buffer.append(contentsOf: $0) }
        }
        count += 1
    }

    /// Writes every activity to `output` as CSV rows in time order (ties by lead, then type), deleting
    /// the temporary files as it goes.
    func drain(into output: OutputFile) throws(FixtureError) {
        let names = ActivityType.allCases.map { Array($0.name.utf8) }
        for bucket in buckets {
            try bucket.close()
            var keys = try FileSystem.readWords(bucket.path)
            try FileSystem.removeFile(bucket.path)
            keys.sort()
            var start = 0
            while start < keys.count {
                let end = min(start + 8_192, keys.count)
                try output.withBuffer { bytes in
                    for key in keys[start..<end] {
                        guard let event = Self.unpack(key) else { preconditionFailure("A packed activity has no type.") }
                        bytes.append(UInt8(ascii: "L"))
                        TextFormat.appendDigits(event.lead + 1, width: 7, to: &bytes)
                        bytes.append(UInt8(ascii: ","))
                        TextFormat.appendISO8601(event.time, to: &bytes)
                        bytes.append(UInt8(ascii: ","))
                        bytes.append(contentsOf: names[event.type.rawValue])
                        bytes.append(UInt8(ascii: ","))
                        if event.type.hasDuration { TextFormat.appendDigits(event.seconds, width: 1, to: &bytes) }
                        bytes.append(UInt8(ascii: "\n"))
                    }
                }
                start = end
            }
        }
        buckets.removeAll()
    }
}
