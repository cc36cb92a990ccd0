/// One attribute of leads or accounts, stored column-wise.
///
/// Categorical values are interned: each row holds a `UInt32` code into ``categories``, and
/// ``AttributeColumn/missingCode`` marks a missing value. Numeric values are `Double`s with `nan` for
/// missing. Either way a column of a million rows is one contiguous array.
public struct AttributeColumn: Sendable {
    /// The code that marks a missing categorical value.
    public static let missingCode = UInt32.max

    public enum Values: Sendable {
        /// Codes into `categories`, `missingCode` where missing.
        case categorical(codes: [UInt32], categories: [String])
        /// Numbers, `nan` where missing.
        case numeric([Double])
    }

    /// The column's name as the export spells it.
    public let name: String
    public let values: Values

    public init(name: String, values: Values) {
        self.name = name
        self.values = values
    }

    /// The number of rows.
    public var count: Int {
        switch values {
        case .categorical(let codes, _): codes.count
        case .numeric(let numbers): numbers.count
        }
    }

    /// Whether row `row` has no value.
    @inline(__always)
    public func isMissing(_ row: Int) -> Bool {
        switch values {
        case .categorical(let codes, _): codes[row] == Self.missingCode
        case .numeric(let numbers): numbers[row].isNaN
        }
    }

    /// The number of rows that have a value.
    public var filledCount: Int {
        switch values {
        case .categorical(let codes, _): codes.reduce(0) { $0 + ($1 == Self.missingCode ? 0 : 1) }
        case .numeric(let numbers): numbers.reduce(0) { $0 + ($1.isNaN ? 0 : 1) }
        }
    }

    /// Row `row`'s value as text (numbers in their shortest exact form), `nil` when missing.
    public func text(at row: Int) -> String? {
        switch values {
        case .categorical(let codes, let categories):
            let code = codes[row]
            return code == Self.missingCode ? nil : categories[Int(code)]
        case .numeric(let numbers):
            let value = numbers[row]
            return value.isNaN ? nil : value.description
        }
    }

    /// Whether the column holds numbers.
    public var isNumeric: Bool {
        if case .numeric = values { return true }
        return false
    }
}
