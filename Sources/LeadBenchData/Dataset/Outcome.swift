/// What became of a lead.
public enum Outcome: UInt8, Sendable, Codable, CaseIterable {
    /// The lead did not convert (or converted after the data ends, which the export cannot show).
    case notConverted = 0
    /// The lead converted (became a customer, a won deal).
    case converted = 1
    /// Still open at the end of the data: the outcome is unknown, so the lead is never scored as a
    /// hit or a miss (the CRM pipeline's Prospecting and Engaging deals).
    case open = 2
}
