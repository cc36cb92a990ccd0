/// The sums of gradients g, hessians h and row counts n per bin, for every feature of one leaf:
/// the only statistics the split search needs.
///
/// Bin `b` of feature `f` is slot `s = offsets[f] + b`; its sums are `entries[3s]` (Σg), `entries[3s+1]`
/// (Σh) and `entries[3s+2]` (n, exact as a Double up to 2⁵³), interleaved so one update touches one
/// cache line. A child's histogram is its parent's minus its sibling's, so after a split only the
/// smaller child is summed from rows.
struct Histogram: Sendable {
    private(set) var entries: [Double]

    init(totalBins: Int) {
        entries = [Double](repeating: 0, count: 3 * totalBins)
    }

    /// Adds the rows `rows` (positions into `columns`), whose gradients and hessians are
    /// `gradients[rows[k]]` and `hessians[rows[k]]`.
    mutating func accumulate(
        columns: BinnedColumns, rows: ArraySlice<Int32>, gradients: [Double], hessians: [Double]
    ) {
        // Gather the leaf's gradients once, in row order, so the per-feature passes read them contiguously.
        let ordered = rows.map { (gradients[Int($0)], hessians[Int($0)]) }
        let n = columns.rowCount
        columns.codes.withUnsafeBufferPointer { codes in
            entries.withUnsafeMutableBufferPointer { entries in
                rows.withUnsafeBufferPointer { rows in
                    ordered.withUnsafeBufferPointer { ordered in
                        for (feature, offset) in columns.offsets.enumerated() {
                            let column = feature * n
                            let base = 3 * offset
                            for k in 0..<rows.count {
                                let slot = base + 3 * Int(codes[column + Int(rows[k])])
                                entries[slot] += ordered[k].0
                                entries[slot + 1] += ordered[k].1
                                entries[slot + 2] += 1
                            }
                        }
                    }
                }
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
