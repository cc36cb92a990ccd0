/// A categorical distribution over labelled values, each with an effect on the latent intent.
///
/// Values are kept in a fixed order (never a dictionary), so drawing from the same sampler state always
/// picks the same value.
struct Categorical: Sendable {
    /// One value: its text in the export, its relative frequency and its additive effect on the
    /// profile fit *f*.
    struct Level: Sendable {
        let label: String
        let weight: Double
        let effect: Double
    }

    let levels: [Level]
    private let cumulative: [Double]

    init(_ levels: [Level]) {
        precondition(!levels.isEmpty, "A categorical distribution needs at least one level.")
        self.levels = levels
        var total = 0.0
        cumulative = levels.map { level in
            total += level.weight
            return total
        }
    }

    /// Draws the index of a level, with probability proportional to its weight.
    func draw(_ random: inout Sampler) -> Int { random.pick(cumulative: cumulative) }
}

extension Categorical.Level {
    init(_ label: String, _ weight: Double, effect: Double = 0) {
        self.init(label: label, weight: weight, effect: effect)
    }
}
