import Dispatch
import LeadBenchData

/// A ``FeatureSpace`` resolved against one dataset: attribute names to columns, category values to
/// codes, activity types to codes — so that filling a row touches no strings.
public struct CompiledFeatures: Sendable {
    enum Compiled: Sendable {
        case category(AttributeReference, code: UInt32?)
        case otherCategory(AttributeReference, isKept: [Bool])
        case missing(AttributeReference?)
        case number(AttributeReference?, mean: Double, scale: Double)
        case activityCount(type: UInt32?, days: Int, mean: Double, scale: Double)
        case daysSinceLastActivity(mean: Double, scale: Double)
        case noActivityYet
        case accountLeadsSoFar(mean: Double, scale: Double)
    }

    public let space: FeatureSpace
    let compiled: [Compiled]
    /// `compiled` as plain numbers, for filling rows.
    let plan: FillPlan
    let accounts: AccountHistory?
    /// The features that depend on the moment, for passes over one lead's moments.
    let moment: MomentFeatures
    /// The activity windows the features count over, in days ascending, for finding the moments a
    /// score can change.
    public let windowsDays: [Int]

    /// Resolves `space` against `data`. A column, value or type the data lacks makes its feature 0 (or,
    /// for a missing flag, 1): the lead simply does not have it.
    public init(_ space: FeatureSpace, data: ScoringData) {
        self.space = space
        let dataset = data.dataset
        let types = data.activities.typeNames
        compiled = space.columns.map { column in
            switch column {
            case .category(let name, let value):
                guard let reference = AttributeReference(name, in: dataset) else { return .missing(nil) }
                if case .categorical(_, let categories)? = reference.column(in: dataset)?.values {
                    return .category(reference, code: categories.firstIndex(of: value).map { UInt32($0) })
                }
                return .category(reference, code: nil)
            case .otherCategory(let name, let kept):
                guard let reference = AttributeReference(name, in: dataset),
                    case .categorical(_, let categories)? = reference.column(in: dataset)?.values
                else { return .missing(nil) }
                return .otherCategory(reference, isKept: categories.map { kept.contains($0) })
            case .missing(let name):
                return .missing(AttributeReference(name, in: dataset))
            case .number(let name, let mean, let scale):
                return .number(AttributeReference(name, in: dataset), mean: mean, scale: scale)
            case .activityCount(let type, let days, let mean, let scale):
                return .activityCount(type: types.firstIndex(of: type).map { UInt32($0) }, days: days, mean: mean, scale: scale)
            case .daysSinceLastActivity(let mean, let scale):
                return .daysSinceLastActivity(mean: mean, scale: scale)
            case .noActivityYet:
                return .noActivityYet
            case .accountLeadsSoFar(let mean, let scale):
                return .accountLeadsSoFar(mean: mean, scale: scale)
            }
        }
        accounts = dataset.accounts.map { _ in AccountHistory(dataset) }
        moment = MomentFeatures(compiled, typeCount: types.count)
        plan = FillPlan(compiled)
        windowsDays = moment.windowsDays
    }

    public var count: Int { compiled.count }

    /// Fills `row` with the lead's features as of the view's moment: each attribute looked up once,
    /// then the columns filled from the plan (``FillPlan``).
    public func fill(_ view: LeadView, into row: UnsafeMutableBufferPointer<Double>) {
        withUnsafeTemporaryAllocation(of: AttributeValue.self, capacity: max(1, plan.attributes.count)) { values in
            for (a, reference) in plan.attributes.enumerated() { (values.baseAddress! + a).initialize(to: view.value(of: reference)) }
            plan.steps.withUnsafeBufferPointer { steps in
                plan.isKept.withUnsafeBufferPointer { isKept in
                    for c in 0..<steps.count {
                        switch steps[c] {
                        case .category(let a, let code):
                            if case .category(let value) = values[a], Int64(value) == code { row[c] = 1 } else { row[c] = 0 }
                        case .otherCategory(let a, let kept):
                            if case .category(let value) = values[a], !isKept[kept + Int(value)] { row[c] = 1 } else { row[c] = 0 }
                        case .missing(let a):
                            row[c] = a < 0 || values[a] == .missing ? 1 : 0
                        case .number(let a, let mean, let scale):
                            if a >= 0, case .number(let x) = values[a] { row[c] = (x - mean) / scale } else { row[c] = 0 }
                        case .activityCount(let type, let days, let mean, let scale):
                            let count = type < 0 ? 0 : ActivityFeatures.count(type: UInt32(type), days: days, in: view)
                            row[c] = (Double(count) - mean) / scale
                        case .daysSinceLastActivity(let mean, let scale):
                            row[c] = (ActivityFeatures.daysSinceLast(view) - mean) / scale
                        case .noActivityYet:
                            row[c] = view.activityCount == 0 ? 1 : 0
                        case .accountLeadsSoFar(let mean, let scale):
                            row[c] = ((accounts?.logColleagues(of: view) ?? 0) - mean) / scale
                        }
                    }
                }
            }
        }
    }

    /// The features of every view, one row each: rows filled on threads in fixed blocks, each row
    /// written only by its own (the same matrix on any number of cores).
    public func matrix(_ views: [LeadView]) -> FeatureMatrix {
        var values = [Double](repeating: 0, count: views.count * count)
        let width = count
        values.withUnsafeMutableBufferPointer { all in
            let rows = SharedSlots(all)
            let blocks = max(1, min(64, views.count / 1024))
            DispatchQueue.concurrentPerform(iterations: blocks) { block in
                for r in FixedParts.range(block, of: blocks, count: views.count) {
                    fill(views[r], into: rows.slots(r * width..<(r + 1) * width))
                }
            }
        }
        return FeatureMatrix(columnNames: space.names, values: values)
    }
}
