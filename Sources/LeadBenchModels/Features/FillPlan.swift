import LeadBenchData

/// A ``CompiledFeatures`` row's columns as plain numbers, for filling rows: the attributes the row
/// reads, each looked up once per fill, and per column a step naming its attribute by position. The
/// steps carry no references (no strings, no arrays), so walking them costs no reference counting.
struct FillPlan: Sendable {
    enum Step: Sendable {
        /// 1 when the attribute holds category `code` (−1: a value the data lacks, never held).
        case category(attribute: Int, code: Int64)
        /// 1 when the attribute holds a category not kept: `isKept[kept + code]` is false.
        case otherCategory(attribute: Int, kept: Int)
        /// 1 when the attribute is missing (−1: a column the data lacks, always missing).
        case missing(attribute: Int)
        /// The standardised number (0 when missing; −1: a column the data lacks).
        case number(attribute: Int, mean: Double, scale: Double)
        /// The standardised count of activities of `type` in the window (−1: a type the data lacks).
        case activityCount(type: Int64, days: Int, mean: Double, scale: Double)
        case daysSinceLastActivity(mean: Double, scale: Double)
        case noActivityYet
        case accountLeadsSoFar(mean: Double, scale: Double)
    }

    let steps: [Step]
    /// The attributes the steps read, in order of first use.
    let attributes: [AttributeReference]
    /// The kept flags of every "other category" column, one run per column.
    let isKept: [Bool]

    init(_ compiled: [CompiledFeatures.Compiled]) {
        var attributes: [AttributeReference] = []
        var isKept: [Bool] = []
        func position(_ reference: AttributeReference?) -> Int {
            guard let reference else { return -1 }
            if let index = attributes.firstIndex(of: reference) { return index }
            attributes.append(reference)
            return attributes.count - 1
        }
        steps = compiled.map { column in
            switch column {
            case .category(let reference, let code):
                return .category(attribute: position(reference), code: code.map { Int64($0) } ?? -1)
            case .otherCategory(let reference, let kept):
                isKept += kept
                return .otherCategory(attribute: position(reference), kept: isKept.count - kept.count)
            case .missing(let reference):
                return .missing(attribute: position(reference))
            case .number(let reference, let mean, let scale):
                return .number(attribute: position(reference), mean: mean, scale: scale)
            case .activityCount(let type, let days, let mean, let scale):
                return .activityCount(type: type.map { Int64($0) } ?? -1, days: days, mean: mean, scale: scale)
            case .daysSinceLastActivity(let mean, let scale):
                return .daysSinceLastActivity(mean: mean, scale: scale)
            case .noActivityYet:
                return .noActivityYet
            case .accountLeadsSoFar(let mean, let scale):
                return .accountLeadsSoFar(mean: mean, scale: scale)
            }
        }
        self.attributes = attributes
        self.isKept = isKept
    }
}
