import LeadBenchData
import LeadBenchExperiment

/// How much of an activity's points remain at a given age (DESIGN §3, decaying models).
///
/// - Exponential: `factor(age) = 2^(−age / halfLife)`, with a half-life per activity type or one for all.
/// - Step: the factor of the first age band the age falls in (`within_days`), and 0 beyond the last band.
/// - None (static models, or decaying models with only an inactivity penalty): 1 at every age.
enum Decay: Sendable, Equatable {
    case none
    /// The decay rate in 1/seconds: `factor = exp(−rate × age)`, rate = ln 2 / half-life.
    case exponential(rate: Double)
    /// Band upper bounds in seconds, ascending, and their factors.
    case steps(bounds: [Int64], factors: [Double])

    /// The decay for activities of type `type` under `spec`.
    init(_ spec: PointsConfig.DecaySpec?, type: String) {
        guard let spec else {
            self = .none
            return
        }
        if let days = spec.halfLives[type] ?? spec.halfLifeDays {
            self = .exponential(rate: Double.ln2 / (days * Double(EpochSeconds.day)))
        } else if !spec.steps.isEmpty {
            self = .steps(
                bounds: spec.steps.map { Int64(($0.withinDays * Double(EpochSeconds.day)).rounded()) },
                factors: spec.steps.map(\.factor))
        } else {
            self = .none
        }
    }

    /// The share of points left at `age` seconds (an age below 0 counts as 0).
    @inline(__always)
    func factor(age: Int64) -> Double {
        switch self {
        case .none:
            return 1
        case .exponential(let rate):
            return age <= 0 ? 1 : exp(-rate * Double(age))
        case .steps(let bounds, let factors):
            for (bound, factor) in zip(bounds, factors) where age <= bound { return factor }
            return 0
        }
    }
}

extension Double {
    /// The natural logarithm of 2.
    static let ln2 = 0.693_147_180_559_945_3
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
