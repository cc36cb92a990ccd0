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
    /// summed into the six counts afterwards: one addition per lead instead of six.
    ///
    /// - Complexity: O(*n*), no allocation, no branch per lead.
    init(_ flags: QualificationFlags, counts: [Int]) {
        precondition(flags.flags.count == counts.count, "one count per lead")
        var leads = 0, ranked = 0, converted = 0, qualified = 0, hits = 0, misses = 0
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 32) { byFlags in
            byFlags.initialize(repeating: 0)
            flags.flags.withUnsafeBufferPointer { flags in
                counts.withUnsafeBufferPointer { counts in
                    for i in 0..<counts.count { byFlags[Int(flags[i] & 31)] += counts[i] }
                }
            }
            for bits in 0..<32 {
                let count = byFlags[bits]
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
