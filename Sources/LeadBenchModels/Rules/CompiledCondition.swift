import LeadBenchData
import LeadBenchExperiment

/// An attribute rule's condition compiled against a dataset's column.
///
/// For a categorical column the condition is evaluated once per category when the model is built
/// (equality, membership, regular expression), so scoring a lead is one table lookup.
struct CompiledCondition: Sendable {
    enum Test: Sendable {
        /// Whether each category matches, by code.
        case categories([Bool])
        /// Inclusive bounds on a number; `nil` is open.
        case range(min: Double?, max: Double?)
        /// One of these numbers.
        case numbers([Double])
    }

    let attribute: AttributeReference
    let test: Test
    /// Whether a missing value matches.
    let matchesMissing: Bool

    @inline(__always)
    func matches(_ view: LeadView) -> Bool {
        switch view.value(of: attribute) {
        case .missing:
            return matchesMissing
        case .category(let code):
            if case .categories(let table) = test { return table[Int(code)] }
            return false
        case .number(let number):
            switch test {
            case .range(let low, let high): return (low.map { number >= $0 } ?? true) && (high.map { number <= $0 } ?? true)
            case .numbers(let values): return values.contains(number)
            case .categories: return false
            }
        }
    }

    /// Compiles `condition` on `attribute`'s column of `dataset`.
    init(_ condition: RuleSpec.Condition, on attribute: AttributeReference, in dataset: Dataset, model: String) throws(ModelError) {
        self.attribute = attribute
        guard let column = attribute.column(in: dataset) else {
            throw ModelError(model: model, message: "the attribute \"\(attribute.name)\" is not in the data")
        }
        switch (condition, column.values) {
        case (.missing, let values):
            matchesMissing = true
            test = Self.nothing(values)
        case (.present, .categorical(_, let categories)):
            matchesMissing = false
            test = .categories([Bool](repeating: true, count: categories.count))
        case (.present, .numeric):
            matchesMissing = false
            test = .range(min: nil, max: nil)
        case (.equals(let value), .categorical(_, let categories)):
            matchesMissing = false
            test = .categories(categories.map { $0 == value })
        case (.oneOf(let values), .categorical(_, let categories)):
            matchesMissing = false
            test = .categories(categories.map { values.contains($0) })
        case (.matches(let pattern), .categorical(_, let categories)):
            matchesMissing = false
            guard let regex = try? Regex(pattern) else {
                throw ModelError(model: model, message: "\"\(pattern)\" is not a valid regular expression")
            }
            test = .categories(categories.map { (try? regex.firstMatch(in: $0)) != nil })
        case (.equals(let value), .numeric):
            matchesMissing = false
            guard let number = NumberParser.parse(value) else {
                throw Self.notNumeric(attribute, value, model: model)
            }
            test = .numbers([number])
        case (.oneOf(let values), .numeric):
            matchesMissing = false
            var numbers: [Double] = []
            for value in values {
                guard let number = NumberParser.parse(value) else { throw Self.notNumeric(attribute, value, model: model) }
                numbers.append(number)
            }
            test = .numbers(numbers)
        case (.range(let low, let high), .numeric):
            matchesMissing = false
            test = .range(min: low, max: high)
        case (.range, .categorical):
            throw ModelError(
                model: model, message: "a numeric range on \"\(attribute.name)\", which holds text",
                hint: "use equals or one_of for text columns, or list the column under `data.numeric` if its values are numbers")
        case (.matches, .numeric):
            throw ModelError(
                model: model, message: "a pattern on \"\(attribute.name)\", which holds numbers",
                hint: "use between, at_least or at_most for numbers, or list the column under `data.categorical`")
        }
    }

    private static func nothing(_ values: AttributeColumn.Values) -> Test {
        switch values {
        case .categorical(_, let categories): .categories([Bool](repeating: false, count: categories.count))
        case .numeric: .numbers([])
        }
    }

    private static func notNumeric(_ attribute: AttributeReference, _ value: String, model: String) -> ModelError {
        ModelError(
            model: model, message: "\"\(attribute.name)\" holds numbers, and \"\(value)\" is not one",
            hint: "compare numbers with equals: 5, one_of: [1, 2] or between: [low, high]")
    }
}
