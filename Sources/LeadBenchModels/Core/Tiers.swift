import LeadBenchExperiment

/// Named score bands on any model (`tiers:`, DESIGN §3): a score is in the first tier whose `min` it
/// reaches, tiers being listed from the highest band down; the last may have no `min`.
public struct Tiers: Sendable, Equatable, Codable {
    public let bands: [TierSpec]

    public init(_ bands: [TierSpec]) { self.bands = bands }

    /// The tier of `score`, or `nil` when it is below every band (and the last band has a `min`).
    public func tier(of score: Double) -> String? {
        for band in bands {
            guard let min = band.min else { return band.name }
            if score >= min { return band.name }
        }
        return nil
    }
}
