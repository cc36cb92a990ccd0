import LeadBenchData

/// A Marketo-style score change, written as the platform's flow step writes it: `+N` adds N, `-N`
/// subtracts N, `=N` sets the score to N.
public struct ScoreChange: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Operation: Sendable, Equatable {
        case add
        case set
    }

    public var operation: Operation
    /// The amount added (negative to subtract) or the value set.
    public var amount: Double

    public init(_ operation: Operation, _ amount: Double) {
        self.operation = operation
        self.amount = amount
    }

    /// Reads `+5`, `-5` or `=5`; `nil` for anything else.
    public init?(text: String) {
        let trimmed = text.filter { !$0.isWhitespace }
        guard let first = trimmed.first, "+-=".contains(first), let number = Double(String(trimmed.dropFirst())),
              number.isFinite, number >= 0 || first == "="
        else { return nil }
        switch first {
        case "+": self.init(.add, number)
        case "-": self.init(.add, -number)
        default: self.init(.set, number)
        }
    }

    /// The score after the change.
    public func applied(to score: Double) -> Double {
        switch operation {
        case .add: score + amount
        case .set: amount
        }
    }

    public var description: String {
        let number = amount.magnitude == amount.magnitude.rounded() && amount.magnitude < 1e15 ? String(Int(amount.magnitude)) : String(amount.magnitude)
        switch operation {
        case .add: return (amount < 0 ? "-" : "+") + number
        case .set: return (amount < 0 ? "=-" : "=") + number
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let change = ScoreChange(text: text) else {
            try decoder.reportInvalid("\"\(text)\" is not a score change", hint: "write +N to add, -N to subtract or =N to set, e.g. +5")
            self.init(.add, 0)
            return
        }
        self = change
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
