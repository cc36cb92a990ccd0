import Dispatch

extension ActivityLog {
    /// Activity rows of one part of a log, in file order, with the map from the part's type codes to
    /// the log's.
    struct GroupingInput: Sendable {
        var lead: [Int32]
        var at: [Int64]
        var type: [UInt32]
        var value: [Double]?
        var typeRemap: [UInt32]
    }

    /// Groups activity rows by lead, each lead's rows in time order with ties in file order (the parts
    /// taken in order, each part in its own order).
    ///
    /// A counting sort: count rows per lead and part, then scatter each row to its lead's next free place,
    /// which keeps file order within a lead; a lead whose rows are not already in time order is then sorted
    /// by (time, place). The parts scatter into disjoint places, so they run at once on separate threads
    /// and the result does not depend on how many run. O(n) for a time-ordered export.
    static func grouped(leadCount: Int, parts: [GroupingInput], typeNames: [String]) -> ActivityLog {
        let n = parts.reduce(0) { $0 + $1.lead.count }
        let hasValues = parts.contains { $0.value != nil }
        var start = [Int](repeating: 0, count: leadCount + 1)
        var partNext: [[Int]] = []
        for part in parts {
            var counts = [Int](repeating: 0, count: leadCount)
            for l in part.lead { counts[Int(l)] += 1 }
            partNext.append(counts)
        }
        for l in 0..<leadCount {
            var place = start[l]
            for p in parts.indices {
                let count = partNext[p][l]
                partNext[p][l] = place
                place += count
            }
            start[l + 1] = place
        }
        var groupedAt = [Int64](unsafeUninitializedCapacity: n) { _, initialized in initialized = n }
        var groupedType = [UInt32](unsafeUninitializedCapacity: n) { _, initialized in initialized = n }
        var groupedValue = [Double](repeating: .nan, count: hasValues ? n : 0)
        groupedAt.withUnsafeMutableBufferPointer { atOut in
            groupedType.withUnsafeMutableBufferPointer { typeOut in
                groupedValue.withUnsafeMutableBufferPointer { valueOut in
                    let out = Scatter(at: atOut, type: typeOut, value: valueOut)
                    let next = partNext
                    DispatchQueue.concurrentPerform(iterations: parts.count) { p in
                        out.scatter(parts[p], from: next[p])
                    }
                }
            }
        }
        for l in 0..<leadCount where start[l + 1] - start[l] > 1 {
            let range = start[l]..<start[l + 1]
            var ordered = true
            for i in range.dropFirst() where groupedAt[i - 1] > groupedAt[i] {
                ordered = false
                break
            }
            guard !ordered else { continue }
            // Places break ties, so equal times keep file order.
            let order = range.sorted { groupedAt[$0] != groupedAt[$1] ? groupedAt[$0] < groupedAt[$1] : $0 < $1 }
            let times = order.map { groupedAt[$0] }
            let types = order.map { groupedType[$0] }
            let values = hasValues ? order.map { groupedValue[$0] } : []
            for (offset, place) in range.enumerated() {
                groupedAt[place] = times[offset]
                groupedType[place] = types[offset]
                if hasValues { groupedValue[place] = values[offset] }
            }
        }
        return ActivityLog(leadStart: start, at: groupedAt, type: groupedType, value: groupedValue, typeNames: typeNames)
    }
}

/// The output columns of a grouping, shared by the threads that scatter parts into disjoint places.
private struct Scatter: @unchecked Sendable {
    let at: UnsafeMutableBufferPointer<Int64>
    let type: UnsafeMutableBufferPointer<UInt32>
    let value: UnsafeMutableBufferPointer<Double>

    /// Writes `part`'s rows, row `i` of lead `l` to `next[l]` and onwards. Every place is written by
    /// exactly one part, so no two threads touch the same element.
    func scatter(_ part: ActivityLog.GroupingInput, from next: [Int]) {
        var next = next
        for row in part.lead.indices {
            let l = Int(part.lead[row])
            let place = next[l]
            next[l] = place + 1
            at[place] = part.at[row]
            type[place] = part.typeRemap[Int(part.type[row])]
            if let values = part.value { value[place] = values[row] }
        }
    }
}
