/// A batch of CSV rows whose chosen fields are copied out of the reader, so that work across rows
/// (looking up all their lead ids at once) can run before the rows are processed in order.
struct RowBatch {
    let fieldsPerRow: Int
    let capacity: Int
    private(set) var count = 0
    private(set) var lines: [Int] = []
    private var bytes: [UInt8] = []
    /// Start and end of each copied field in `bytes`, row-major.
    private var bounds: [Int] = []

    init(fieldsPerRow: Int, capacity: Int = 64) {
        self.fieldsPerRow = fieldsPerRow
        self.capacity = capacity
        bytes.reserveCapacity(capacity * 64)
        bounds.reserveCapacity(capacity * fieldsPerRow * 2)
    }

    var isFull: Bool { count == capacity }

    /// Copies fields `positions` of the reader's current record (-1 for a field the mapping lacks).
    mutating func append(_ reader: borrowing CSVReader, positions: [Int]) {
        for position in positions {
            bounds.append(bytes.count)
            if position >= 0 { bytes.append(contentsOf: reader.field(at: position)) }
            bounds.append(bytes.count)
        }
        lines.append(reader.recordLine)
        count += 1
    }

    mutating func removeAll() {
        count = 0
        lines.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        bounds.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with the bytes of every field of the batch, valid only inside it.
    func withFields<R>(_ body: (_ field: (_ row: Int, _ index: Int) -> UnsafeRawBufferPointer) throws(InputError) -> R) throws(InputError) -> R {
        let result: Result<R, InputError> = bytes.withUnsafeBytes { all in
            let base = all.baseAddress
            return Result { () throws(InputError) -> R in
                try body { row, index in
                    let k = (row * fieldsPerRow + index) * 2
                    return UnsafeRawBufferPointer(start: base.map { $0 + bounds[k] }, count: bounds[k + 1] - bounds[k])
                }
            }
        }
        return try result.get()
    }
}
