import Foundation

/// `results.json`: the run's results as JSON with sorted keys, so the same inputs and seed give the same
/// bytes. A non-finite number (which no figure should be) is written as the string "inf", "-inf" or "nan"
/// rather than failing the run.
public enum RunResultsFile {
    public static func encoded(_ results: RunResults) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return Array(try encoder.encode(results)) + [UInt8(ascii: "\n")]
    }
}
