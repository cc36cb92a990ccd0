import LeadBenchData

/// Draws the resamples of a ``ResamplingDesign``: resample `b` of a seed is always the same rows,
/// however many threads evaluate the bootstrap and in whatever order.
///
/// Resample `b` has its own generator, `SplitMix64(seed: sᵦ)` with `sᵦ` = output `b` of
/// `SplitMix64(seed: seed)` (computed directly as the first output of
/// `SplitMix64(seed: seed &+ b &* 0x9E3779B97F4A7C15)`). Seeding with `seed &+ b &* 0x9E37…` itself
/// would not do: SplitMix64 steps its state by that same constant, so resample `b + 1` would replay
/// resample `b`'s draws shifted by one. The mixed seeds start the streams at scattered points of the
/// 2⁶⁴ cycle instead.
///
/// Within a resample, each stratum in turn draws as many units as it holds, unit
/// `stratum[⌊next() · size / 2⁶⁴⌋]` (the high word of a 64×64-bit product: no rejection loop, bias
/// below size/2⁶⁴), and contributes all of the unit's rows.
struct ResampleGenerator: Sendable {
    let design: ResamplingDesign
    let seed: UInt64

    /// The generator of resample `b`.
    func generator(_ b: Int) -> SplitMix64 {
        var base = SplitMix64(seed: seed &+ UInt64(truncatingIfNeeded: b) &* 0x9E37_79B9_7F4A_7C15)
        return SplitMix64(seed: base.next())
    }

    /// Resample `b` as row numbers in draw order (repeats allowed), written into `rows`.
    func indices(_ b: Int, into rows: inout [Int]) {
        rows.removeAll(keepingCapacity: true)
        forEachDrawnUnit(b) { unit in
            if design.isClustered {
                rows.append(contentsOf: design.unitRows[design.unitStart[unit]..<design.unitStart[unit + 1]])
            } else {
                rows.append(unit)
            }
        }
    }

    /// Resample `b` as a count per row (how often it was drawn), written into `counts`: the same draws
    /// as ``indices(_:into:)``, tallied through a buffer (no uniqueness or bounds check per draw).
    func counts(_ b: Int, into counts: inout [Int]) {
        if counts.count == design.rowCount {
            for row in counts.indices { counts[row] = 0 }
        } else {
            counts = [Int](repeating: 0, count: design.rowCount)
        }
        let clustered = design.isClustered
        counts.withUnsafeMutableBufferPointer { counts in
            design.unitRows.withUnsafeBufferPointer { unitRows in
                design.unitStart.withUnsafeBufferPointer { unitStart in
                    forEachDrawnUnit(b) { unit in
                        if clustered {
                            for i in unitStart[unit]..<unitStart[unit + 1] { counts[unitRows[i]] += 1 }
                        } else {
                            counts[unit] += 1
                        }
                    }
                }
            }
        }
    }

    @inline(__always)
    private func forEachDrawnUnit(_ b: Int, _ body: (Int) -> Void) {
        var rng = generator(b)
        for stratum in design.strata {
            stratum.withUnsafeBufferPointer { units in
                let size = UInt64(units.count)
                for _ in 0..<units.count {
                    body(units[Int(rng.next().multipliedFullWidth(by: size).high)])
                }
            }
        }
    }
}
