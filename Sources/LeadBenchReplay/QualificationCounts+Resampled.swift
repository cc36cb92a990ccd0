/// Each test lead's part in its ``QualificationCounts``, one byte per lead, so that a bootstrap resample
/// in counts form is tallied in one pass over two flat arrays rather than over the replayed leads.
///
/// Bit 0: ranked (has a ranking score); 1: converted; 2: qualified; 3: a hit; 4: a miss.
struct QualificationFlags: Sendable {
    let flags: [UInt8]

    init(_ replayed: [ReplayedLead]) {
        flags = replayed.map { lead in
            var bits: UInt8 = 0
            if lead.rankingScore != nil { bits |= 1 }
            if lead.converted { bits |= 1 << 1 }
            if lead.qualified { bits |= 1 << 2 }
            if lead.verdict == .hit { bits |= 1 << 3 } else if lead.verdict == .miss { bits |= 1 << 4 }
            return bits
        }
    }
}

extension QualificationCounts {
    /// The counts of a resample given as a count per lead (``LeadBenchMetrics/ResampleForm/counts``):
    /// each lead counted `counts[lead]` times, as ``init(_:rows:)`` counts the same resample's rows.
    ///
    /// The pass adds each lead's count to the tally of its flags (one of 32), and the tallies are
    /// summed into the six counts afterwards: one addition per lead instead of six. Most leads share one
    /// set of flags, so four sets of tallies take the leads in turn — each addition then waits on the one
    /// four leads back, not on the one before — and are added together at the end (integers: the same
    /// sums in any order).
    ///
    /// - Complexity: O(*n*), no allocation, no branch per lead.
    init(_ flags: QualificationFlags, counts: [Int]) {
        precondition(flags.flags.count == counts.count, "one count per lead")
        var leads = 0, ranked = 0, converted = 0, qualified = 0, hits = 0, misses = 0
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * 32) { byFlags in
            byFlags.initialize(repeating: 0)
            flags.flags.withUnsafeBufferPointer { flags in
                counts.withUnsafeBufferPointer { counts in
                    var i = 0
                    while i + 4 <= counts.count {
                        byFlags[Int(flags[i] & 31)] += counts[i]
                        byFlags[32 + Int(flags[i + 1] & 31)] += counts[i + 1]
                        byFlags[64 + Int(flags[i + 2] & 31)] += counts[i + 2]
                        byFlags[96 + Int(flags[i + 3] & 31)] += counts[i + 3]
                        i += 4
                    }
                    for rest in i..<counts.count { byFlags[Int(flags[rest] & 31)] += counts[rest] }
                }
            }
            for bits in 0..<32 {
                let count = byFlags[bits] + byFlags[32 + bits] + byFlags[64 + bits] + byFlags[96 + bits]
                leads += count
                ranked += count * (bits & 1)
                converted += count * ((bits >> 1) & 1)
                qualified += count * ((bits >> 2) & 1)
                hits += count * ((bits >> 3) & 1)
                misses += count * ((bits >> 4) & 1)
            }
        }
        self.init(leads: leads, ranked: ranked, converted: converted, qualified: qualified, hits: hits, misses: misses)
    }

    /// Memberwise, for the tallies above.
    private init(leads: Int, ranked: Int, converted: Int, qualified: Int, hits: Int, misses: Int) {
        (self.leads, self.ranked, self.converted, self.qualified, self.hits, self.misses) = (leads, ranked, converted, qualified, hits, misses)
    }
}
