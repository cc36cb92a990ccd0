#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming reader of RFC 4180 CSV files: quoted fields with doubled quotes, embedded newlines, `,`
/// `;` or tab delimiters (detected from the header when not given), an optional UTF-8 byte-order mark,
/// LF or CRLF line endings and empty fields.
///
/// The reader holds one chunk of the file at a time (1 MiB by default, grown only when a single record is
/// longer), so memory stays bounded however large the file is. Fields are handed out as byte slices into
/// that chunk; they are valid until the next call to ``nextRecord()``.
///
///     var reader = try CSVReader.open(path: "leads.csv")
///     let header = reader.header
///     while try reader.nextRecord() {
///         let id = reader.string(at: 0)
///     }
///
/// Leniency: a quote inside an unquoted field is kept as a literal character (`5" screen`), as spreadsheet
/// exports write it, and lines that are entirely empty are skipped. A closing quote followed by anything
/// other than a delimiter or a line end, an unterminated quote, or a record whose field count differs from
/// the header's is an error naming the line.
///
/// Hand-written rather than built on a CSV package: the hot loop works on raw bytes without creating a
/// `String` per field, which the loader needs to read tens of millions of activity rows in seconds. The
/// `CSVParsing` benchmark under `Benchmarks/` measures it against yaslab/CSV.swift. It is a
/// non-copyable struct rather than a class so that its state needs no runtime exclusivity checks in the
/// per-byte loop, and the file is closed exactly once when the reader goes away.
public struct CSVReader: ~Copyable {
    /// The file being read, as given.
    public let path: String
    /// The field delimiter in use: given, or detected from the header line.
    public private(set) var delimiter = UInt8(ascii: ",")
    /// The header row's column names.
    public private(set) var header: [String] = []
    /// The 1-based line on which the current record starts.
    public private(set) var recordLine = 0
    /// The file offset of the next record: how many bytes have been consumed so far.
    public private(set) var bytesConsumed = 0
    /// The reader stops (``nextRecord()`` returns `false`) at the first record that starts at or after
    /// this file offset; readers of the two halves of a file use it to meet without overlapping.
    public var stopOffset = Int.max
    /// The lines consumed so far, embedded line breaks included.
    public var linesRead: Int { nextLine - 1 }

    private let descriptor: Int32
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var position = 0
    private var end = 0
    private var atEndOfFile = false
    private var nextLine = 1
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var escaped: [Bool] = []
    private var count = 0

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Opens `path` and reads its header row.
    ///
    /// - Parameters:
    ///   - path: The CSV file.
    ///   - delimiter: `,`, `;` or tab; `nil` detects it from the header line (the candidate that occurs most
    ///     often outside quotes, `,` when none occurs).
    ///   - chunkSize: Bytes read per system call; records longer than this grow the buffer.
    /// - Throws: ``InputError`` when the file cannot be opened, is empty, or its header is malformed.
    public static func open(path: String, delimiter: UInt8? = nil, chunkSize: Int = 1 << 20) throws(InputError) -> CSVReader {
        precondition(chunkSize >= 16, "A chunk must hold at least 16 bytes.")
        let fd = openForReading(path)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw InputError(InputIssue(
                .unreadableFile, file: path, message: "cannot open the file: \(reason)",
                hint: "check the path; paths in an experiment file are relative to that file"))
        }
        // From here the reader owns the file: if reading the header throws, deinit closes it.
        var reader = CSVReader(path: path, descriptor: fd, chunkSize: chunkSize)
        try reader.readHeader(delimiter: delimiter)
        return reader
    }

    /// Opens `path` to read records from the file offset `offset`, which must be the start of a record,
    /// with the header and delimiter already known (from a reader of the file's start). Lines count from
    /// 1 at `offset`.
    public static func open(
        path: String, delimiter: UInt8, header: [String], startingAt offset: Int, chunkSize: Int = 1 << 20
    ) throws(InputError) -> CSVReader {
        precondition(chunkSize >= 16, "A chunk must hold at least 16 bytes.")
        let fd = openForReading(path)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw InputError(InputIssue(.unreadableFile, file: path, message: "cannot open the file: \(reason)"))
        }
        var reader = CSVReader(path: path, descriptor: fd, chunkSize: chunkSize)
        reader.delimiter = delimiter
        reader.header = header
        reader.bytesConsumed = offset
        guard lseek(fd, off_t(offset), SEEK_SET) == off_t(offset) else {
            throw InputError(InputIssue(.unreadableFile, file: path, message: "cannot seek to byte \(offset)"))
        }
        try reader.fill()
        return reader
    }

    private init(path: String, descriptor: Int32, chunkSize: Int) {
        self.path = path
        self.descriptor = descriptor
        capacity = chunkSize
        buffer = .allocate(capacity: chunkSize)
    }

    private mutating func readHeader(delimiter: UInt8?) throws(InputError) {
        try fill()
        if end - position >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            position = 3
            bytesConsumed = 3
        }
        self.delimiter = delimiter ?? detectDelimiter()
        guard try nextRecord() else {
            throw InputError(InputIssue(
                .malformedCSV, file: path, line: 1, message: "the file is empty: no header row",
                hint: "a CSV export starts with a header row naming its columns"))
        }
        header = (0..<count).map { string(at: $0) }
    }

    deinit {
        close(descriptor)
        buffer.deallocate()
    }

    /// The number of fields in the current record.
    public var fieldCount: Int { count }

    /// The bytes of field `index` of the current record, quotes removed and doubled quotes unescaped.
    /// Valid until the next call to ``nextRecord()``.
    @inline(__always)
    public func field(at index: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: buffer + starts[index], count: ends[index] - starts[index])
    }

    /// Field `index` of the current record as a `String`; invalid UTF-8 is replaced by U+FFFD.
    public func string(at index: Int) -> String {
        String(decoding: field(at: index), as: UTF8.self)
    }

    /// Advances to the next record. Returns `false` at the end of the file.
    ///
    /// - Throws: ``InputError`` for an unterminated quote, text after a closing quote, or a record whose
    ///   field count differs from the header's.
    public mutating func nextRecord() throws(InputError) -> Bool {
        while true {
            if bytesConsumed >= stopOffset { return false }
            if position == end {
                if atEndOfFile { return false }
                try refill()
                continue
            }
            switch try scanRecord() {
            case .needMore:
                try refill()
            case .complete(let next, let lines):
                recordLine = nextLine
                nextLine += lines
                bytesConsumed += next - position
                position = next
                if count == 1 && starts[0] == ends[0] && !escaped[0] && header.count != 1 {
                    continue  // an empty line
                }
                for i in 0..<count where escaped[i] { unescape(i) }
                if !header.isEmpty && count != header.count {
                    throw InputError(InputIssue(
                        .malformedCSV, file: path, line: recordLine,
                        message: "this row has \(count) fields but the header has \(header.count)",
                        hint: "a field holding the delimiter \"\(Character(Unicode.Scalar(delimiter)))\" or a line break must be quoted"))
                }
                return true
            }
        }
    }

    private enum ScanResult {
        case needMore
        case complete(next: Int, lines: Int)
    }

    /// Finds the fields of the record starting at `position`, without changing any bytes.
    private mutating func scanRecord() throws(InputError) -> ScanResult {
        var p = position
        var lines = 1
        count = 0
        let delimiter = self.delimiter
        while true {
            var fieldStart: Int
            var fieldEnd: Int
            var hasEscapes = false
            if p < end && buffer[p] == Self.quote {
                p += 1
                fieldStart = p
                while true {
                    guard p < end else {
                        if atEndOfFile { throw unterminatedQuote() }
                        return .needMore
                    }
                    let byte = buffer[p]
                    if byte == Self.quote {
                        if p + 1 < end {
                            if buffer[p + 1] == Self.quote {
                                hasEscapes = true
                                p += 2
                                continue
                            }
                        } else if !atEndOfFile {
                            return .needMore
                        }
                        break
                    }
                    if byte == Self.newline { lines += 1 }
                    p += 1
                }
                fieldEnd = p
                p += 1  // the closing quote
                if p < end, buffer[p] == Self.carriageReturn {
                    if p + 1 < end {
                        if buffer[p + 1] == Self.newline { p += 1 }
                    } else if !atEndOfFile {
                        return .needMore
                    }
                }
                if p < end, buffer[p] != delimiter, buffer[p] != Self.newline {
                    throw InputError(InputIssue(
                        .malformedCSV, file: path, line: nextLine + lines - 1,
                        value: String(decoding: UnsafeRawBufferPointer(start: buffer + fieldStart - 1, count: min(end, p + 10) - fieldStart + 1), as: UTF8.self),
                        message: "unexpected text after a closing quote",
                        hint: "inside a quoted field a quote is written twice (\"\")"))
                }
            } else {
                fieldStart = p
                while p < end {
                    let byte = buffer[p]
                    if byte == delimiter || byte == Self.newline { break }
                    p += 1
                }
                if p == end && !atEndOfFile { return .needMore }
                fieldEnd = p
                if fieldEnd > fieldStart && buffer[fieldEnd - 1] == Self.carriageReturn { fieldEnd -= 1 }
            }
            append(start: fieldStart, end: fieldEnd, escaped: hasEscapes)
            if p == end { return .complete(next: p, lines: lines) }
            if buffer[p] == delimiter {
                p += 1
                continue
            }
            // A newline ends the record.
            return .complete(next: p + 1, lines: lines)
        }
    }

    @inline(__always)
    private mutating func append(start: Int, end: Int, escaped isEscaped: Bool) {
        if count == starts.count {
            starts.append(start)
            ends.append(end)
            escaped.append(isEscaped)
        } else {
            starts[count] = start
            ends[count] = end
            escaped[count] = isEscaped
        }
        count += 1
    }

    /// Turns each doubled quote of field `index` into one, in place.
    private mutating func unescape(_ index: Int) {
        var read = starts[index]
        var write = read
        let stop = ends[index]
        while read < stop {
            let byte = buffer[read]
            buffer[write] = byte
            write += 1
            read += byte == Self.quote ? 2 : 1
        }
        ends[index] = write
    }

    private func unterminatedQuote() -> InputError {
        InputError(InputIssue(
            .malformedCSV, file: path, line: nextLine,
            message: "a quoted field is not closed before the end of the file",
            hint: "a field that starts with a quote must end with one; quotes inside it are written twice (\"\")"))
    }

    /// Keeps the unconsumed bytes, grows the buffer if one record fills it, and reads more.
    private mutating func refill() throws(InputError) {
        let pending = end - position
        if position > 0 {
            if pending > 0 { (buffer).update(from: buffer + position, count: pending) }
            position = 0
            end = pending
        } else if end == capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            grown.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = grown
            capacity *= 2
        }
        try fill()
    }

    /// Reads from the file until the buffer is full or the file ends.
    private mutating func fill() throws(InputError) {
        while end < capacity {
            let got = read(descriptor, buffer + end, capacity - end)
            if got < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                throw InputError(InputIssue(.unreadableFile, file: path, message: "cannot read the file: \(reason)"))
            }
            if got == 0 {
                atEndOfFile = true
                return
            }
            end += got
        }
    }

    /// The candidate delimiter that occurs most often outside quotes on the first line.
    private func detectDelimiter() -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        var counts = [0, 0, 0]
        var inQuotes = false
        var p = position
        while p < end {
            let byte = buffer[p]
            if byte == Self.quote { inQuotes.toggle() }
            if !inQuotes {
                if byte == Self.newline { break }
                if let i = candidates.firstIndex(of: byte) { counts[i] += 1 }
            }
            p += 1
        }
        let best = counts.indices.max { counts[$0] < counts[$1] } ?? 0
        return counts[best] > 0 ? candidates[best] : candidates[0]
    }
}

/// `open(2)` for reading, outside the type so that ``CSVReader/open(path:delimiter:chunkSize:)`` can keep
/// its name.
private func openForReading(_ path: String) -> Int32 { open(path, O_RDONLY) }
