import Foundation

/// `review.json`: a review's results as JSON with sorted keys, so the same inputs and seed give the same
/// bytes (as ``RunResultsFile`` writes a run's). A non-finite number is written as the string "inf",
/// "-inf" or "nan" rather than failing the review.
public enum ReviewResultsFile {
    public static func encoded(_ results: ReviewResults) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return Array(try encoder.encode(results)) + [UInt8(ascii: "\n")]
    }
}
