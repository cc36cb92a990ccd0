/// Training rows as 16-bit bin codes, column-major: feature `f` of row `r` is `codes[f * rowCount + r]`.
/// Feature `f`'s bins occupy `offsets[f] ..< offsets[f] + binCount` of a histogram of `totalBins` slots.
///
/// Each feature's most frequent bin among the training rows (`mostFrequentBins[f]`, the lowest among
/// equals: a one-hot column's 0, a count's "none") is left out of the rows' sparse form: row `r`'s
/// other bins are the histogram slots `slots[rowStarts[r] ..< rowStarts[r + 1]]`, ascending. A
/// ``Histogram`` adds only these and fills each feature's most frequent bin by subtraction.
struct BinnedColumns: Sendable {
    let rowCount: Int
    let codes: [UInt16]
    let offsets: [Int]
    let totalBins: Int
    let mostFrequentBins: [Int]
    let rowStarts: [Int]
    let slots: [UInt32]

    init(rowCount n: Int, codes: [UInt16], binCounts: [Int]) {
        var offsets: [Int] = []
        var total = 0
        for count in binCounts {
            offsets.append(total)
            total += count
        }
        var common: [Int] = []
        codes.withUnsafeBufferPointer { codes in
            for (feature, binCount) in binCounts.enumerated() {
                var counts = [Int](repeating: 0, count: binCount)
                for code in codes[(feature * n)..<((feature + 1) * n)] { counts[Int(code)] += 1 }
                common.append(counts.indices.max { counts[$0] != counts[$1] ? counts[$0] < counts[$1] : $0 > $1 } ?? 0)
            }
        }
        // Row by row, the features outside their most frequent bin.
        var perRow = [Int](repeating: 0, count: n)
        codes.withUnsafeBufferPointer { codes in
            for feature in binCounts.indices {
                for r in 0..<n where Int(codes[feature * n + r]) != common[feature] { perRow[r] += 1 }
            }
        }
        var starts = [Int](repeating: 0, count: n + 1)
        for r in 0..<n { starts[r + 1] = starts[r] + perRow[r] }
        var slots = [UInt32](repeating: 0, count: starts[n])
        var next = Array(starts.prefix(n))
        codes.withUnsafeBufferPointer { codes in
            for feature in binCounts.indices {
                for r in 0..<n {
                    let code = Int(codes[feature * n + r])
                    guard code != common[feature] else { continue }
                    slots[next[r]] = UInt32(offsets[feature] + code)
                    next[r] += 1
                }
            }
        }
        rowCount = n
        self.codes = codes
        self.offsets = offsets
        totalBins = total
        mostFrequentBins = common
        rowStarts = starts
        self.slots = slots
    }
}
