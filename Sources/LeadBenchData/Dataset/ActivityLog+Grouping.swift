extension ActivityLog {
    /// Groups activity rows (in file order) by lead, each lead's rows in time order with ties in file
    /// order.
    ///
    /// A counting sort: count rows per lead, then scatter each row to its lead's next free place, which
    /// keeps file order within a lead; a lead whose rows are not already in time order is then sorted
    /// by (time, place). O(n) for a time-ordered export.
    static func grouped(leadCount: Int, lead: [Int32], at: [Int64], type: [UInt32], value: [Double], typeNames: [String]) -> ActivityLog {
        let n = lead.count
        var start = [Int](repeating: 0, count: leadCount + 1)
        for l in lead { start[Int(l) + 1] += 1 }
        for i in 0..<leadCount { start[i + 1] += start[i] }
        var next = start
        var groupedAt = [Int64](repeating: 0, count: n)
        var groupedType = [UInt32](repeating: 0, count: n)
        var groupedValue = [Double](repeating: .nan, count: value.isEmpty ? 0 : n)
        for row in 0..<n {
            let l = Int(lead[row])
            let place = next[l]
            next[l] = place + 1
            groupedAt[place] = at[row]
            groupedType[place] = type[row]
            if !value.isEmpty { groupedValue[place] = value[row] }
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
            let values = value.isEmpty ? [] : order.map { groupedValue[$0] }
            for (offset, place) in range.enumerated() {
                groupedAt[place] = times[offset]
                groupedType[place] = types[offset]
                if !value.isEmpty { groupedValue[place] = values[offset] }
            }
        }
        return ActivityLog(leadStart: start, at: groupedAt, type: groupedType, value: groupedValue, typeNames: typeNames)
    }
}
