/// A small, fast, seedable random number generator: every seeded computation in leadbench (fixtures,
/// splits, bootstrap) draws from it, so the same seed gives the same numbers on every platform.
///
///     var rng = SplitMix64(seed: 42)
///     let u = Double.random(in: 0..<1, using: &rng)
///
/// ## References
/// G. L. Steele, D. Lea, C. H. Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014.
/// doi:10.1145/2660193.2660195
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in `[0, 1)` from the top 53 bits: the same value on every platform, unlike
    /// `Double.random(in:using:)`, whose algorithm the standard library does not promise to keep.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
