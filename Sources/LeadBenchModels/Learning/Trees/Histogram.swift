import Dispatch

/// The sums of gradients g, hessians h and row counts n per bin, for every feature of one leaf:
/// the only statistics the split search needs.
///
/// Bin `b` of feature `f` is slot `s = offsets[f] + b`; its sums are `entries[3s]` (Σg), `entries[3s+1]`
/// (Σh) and `entries[3s+2]` (n, exact as a Double up to 2⁵³), interleaved so one update touches one
/// cache line. A child's histogram is its parent's minus its sibling's, so after a split only the
/// smaller child is summed from rows.
///
/// As in LightGBM, each feature's most frequent bin is not summed row by row: it holds the leaf's
/// totals minus the feature's other bins. Most rows of a one-hot column or an activity count sit in
/// that bin, so a leaf costs only its rows' less common values, read row by row from the
/// ``BinnedColumns``' sparse form.
struct Histogram: Sendable {
    private(set) var entries: [Double]

    init(totalBins: Int) {
        entries = [Double](repeating: 0, count: 3 * totalBins)
    }

    /// Adds the rows `rows` (positions into `columns`), whose gradients and hessians are
    /// `gradients[rows[k]]` and `hessians[rows[k]]`, and whose sums are `total`.
    ///
    /// A leaf of at least ``parallelRows`` rows is summed in two fixed halves side by side, the second
    /// half's sums then added to the first's: the same sums on any number of cores.
    mutating func accumulate(
        columns: BinnedColumns, rows: ArraySlice<Int32>, gradients: [Double], hessians: [Double], total: GradientSums
    ) {
        if rows.count < Self.parallelRows {
            entries.withUnsafeMutableBufferPointer { entries in
                rows.withUnsafeBufferPointer { rows in
                    Self.add(rows, columns: columns, gradients: gradients, hessians: hessians, into: entries)
                }
            }
        } else {
            var second = [Double](repeating: 0, count: entries.count)
            entries.withUnsafeMutableBufferPointer { entries in
                second.withUnsafeMutableBufferPointer { second in
                    rows.withUnsafeBufferPointer { rows in
                        let halves = HistogramHalves(first: entries, second: second, rows: rows)
                        DispatchQueue.concurrentPerform(iterations: 2) { part in
                            let middle = halves.rows.count / 2
                            let half = UnsafeBufferPointer(rebasing: part == 0 ? halves.rows[..<middle] : halves.rows[middle...])
                            Self.add(half, columns: columns, gradients: gradients, hessians: hessians, into: part == 0 ? halves.first : halves.second)
                        }
                    }
                    for i in 0..<entries.count { entries[i] += second[i] }
                }
            }
        }
        fillMostFrequentBins(columns: columns, total: total)
    }

    /// Leaves of at least this many rows are summed on two threads.
    static let parallelRows = 4096

    /// Each row's less common bins, row after row.
    @inline(__always)
    private static func add(
        _ rows: UnsafeBufferPointer<Int32>, columns: BinnedColumns, gradients: [Double], hessians: [Double],
        into entries: UnsafeMutableBufferPointer<Double>
    ) {
        columns.rowStarts.withUnsafeBufferPointer { starts in
            columns.slots.withUnsafeBufferPointer { slots in
                gradients.withUnsafeBufferPointer { gradients in
                    hessians.withUnsafeBufferPointer { hessians in
                        for row in rows {
                            let r = Int(row)
                            let g = gradients[r]
                            let h = hessians[r]
                            for position in starts[r]..<starts[r + 1] {
                                let slot = 3 * Int(slots[position])
                                entries[slot] += g
                                entries[slot + 1] += h
                                entries[slot + 2] += 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// Each feature's most frequent bin: the leaf's totals minus the feature's other bins.
    private mutating func fillMostFrequentBins(columns: BinnedColumns, total: GradientSums) {
        entries.withUnsafeMutableBufferPointer { entries in
            for (feature, common) in columns.mostFrequentBins.enumerated() {
                let first = columns.offsets[feature]
                let end = feature + 1 < columns.offsets.count ? columns.offsets[feature + 1] : columns.totalBins
                var gradient = total.gradient
                var hessian = total.hessian
                var count = Double(total.count)
                for slot in first..<end where slot != first + common {
                    gradient -= entries[3 * slot]
                    hessian -= entries[3 * slot + 1]
                    count -= entries[3 * slot + 2]
                }
                entries[3 * (first + common)] = gradient
                entries[3 * (first + common) + 1] = hessian
                entries[3 * (first + common) + 2] = count
            }
        }
    }

    /// Subtracts `other` slot by slot: the parent's histogram minus one child's is the other child's.
    mutating func subtract(_ other: Histogram) {
        precondition(other.entries.count == entries.count, "Histograms of different layouts.")
        other.entries.withUnsafeBufferPointer { other in
            entries.withUnsafeMutableBufferPointer { entries in
                for i in 0..<entries.count { entries[i] -= other[i] }
            }
        }
    }
}

/// What the two halves of ``Histogram/accumulate(columns:rows:gradients:hessians:total:)`` share: the
/// leaf's rows, read only, and one histogram per half, each written by its half alone.
private struct HistogramHalves: @unchecked Sendable {
    let first: UnsafeMutableBufferPointer<Double>
    let second: UnsafeMutableBufferPointer<Double>
    let rows: UnsafeBufferPointer<Int32>
}

/// Σg, Σh and the row count of a set of rows (a leaf, or one side of a candidate split).
struct GradientSums: Sendable, Equatable {
    var gradient: Double
    var hessian: Double
    var count: Int

    static let zero = GradientSums(gradient: 0, hessian: 0, count: 0)

    static func + (a: GradientSums, b: GradientSums) -> GradientSums {
        GradientSums(gradient: a.gradient + b.gradient, hessian: a.hessian + b.hessian, count: a.count + b.count)
    }

    static func - (a: GradientSums, b: GradientSums) -> GradientSums {
        GradientSums(gradient: a.gradient - b.gradient, hessian: a.hessian - b.hessian, count: a.count - b.count)
    }

    /// The structure score G²/(H+λ): the loss reduction, up to a constant factor ½, from giving these rows
    /// their optimal common value −G/(H+λ).
    @inline(__always)
    func score(l2: Double) -> Double { gradient * gradient / (hessian + l2) }

    /// The Newton step −G/(H+λ), times the learning rate: the value a leaf holding these rows outputs.
    func leafValue(l2: Double, learningRate: Double) -> Double {
        let denominator = hessian + l2
        return denominator > 0 ? -gradient / denominator * learningRate : 0
    }
}
