import LeadBenchData

/// What a model may know of one lead at one moment: the lead's and its account's attributes, its
/// creation time, and its activities up to and including `asOf` — nothing later.
///
/// This is the only way models see data, so no model can use the future: the activities after `asOf`
/// are outside the view's range and no accessor reaches them.
public struct LeadView: Sendable {
    /// The lead's row in the dataset.
    public let lead: Int
    /// The moment of scoring.
    public let asOf: Int64
    private let data: ScoringData
    /// The lead's activity rows with time ≤ `asOf`.
    private let activityRows: Range<Int>

    /// The lead `lead` as of `asOf`. O(log k) for a lead with k activities.
    public init(lead: Int, asOf: Int64, data: ScoringData) {
        self.lead = lead
        self.asOf = asOf
        self.data = data
        guard let log = data.dataset.activities else {
            activityRows = 0..<0
            return
        }
        let all = log.rows(ofLead: lead)
        // The first row later than asOf, by binary search over the lead's time-ordered rows.
        var low = all.lowerBound
        var high = all.upperBound
        while low < high {
            let middle = (low + high) / 2
            if log.at[middle] <= asOf { low = middle + 1 } else { high = middle }
        }
        activityRows = all.lowerBound..<low
    }

    /// When the lead was created (``EpochSeconds/missing`` in a snapshot dataset).
    public var createdAt: Int64 { data.dataset.leads.createdAt[lead] }

    /// The number of activities up to `asOf`.
    public var activityCount: Int { activityRows.count }

    /// The time of activity `index` (0 is the earliest).
    @inline(__always)
    public func activityTime(_ index: Int) -> Int64 { data.activities.at[activityRows.lowerBound + index] }

    /// The type code of activity `index`.
    @inline(__always)
    public func activityType(_ index: Int) -> UInt32 { data.activities.type[activityRows.lowerBound + index] }

    /// Calls `body` with the type codes of the activities up to `asOf`, in time order: for loops over
    /// every activity without per-element indexing.
    @inline(__always)
    public func withActivityTypes<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        let rows = activityRows
        return data.activities.type.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[rows]))
        }
    }

    /// Calls `body` with the times of the activities up to `asOf`, in time order.
    @inline(__always)
    public func withActivityTimes<R>(_ body: (UnsafeBufferPointer<Int64>) -> R) -> R {
        let rows = activityRows
        return data.activities.at.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[rows]))
        }
    }

    /// The value of activity `index`, `nil` when it has none.
    public func activityValue(_ index: Int) -> Double? {
        let values = data.activities.value
        guard !values.isEmpty else { return nil }
        let value = values[activityRows.lowerBound + index]
        return value.isNaN ? nil : value
    }

    /// The category code of a categorical attribute (``AttributeColumn/missingCode`` when missing), or
    /// the number of a numeric one (`nan` when missing), as ``AttributeValue``.
    @inline(__always)
    public func value(of attribute: AttributeReference) -> AttributeValue {
        let row: Int
        let column: AttributeColumn
        switch attribute.table {
        case .lead:
            row = lead
            column = data.dataset.leads.attributes[attribute.column]
        case .account:
            let account = data.dataset.leads.accountIndex[lead]
            guard account >= 0, let accounts = data.dataset.accounts else { return .missing }
            row = Int(account)
            column = accounts.attributes[attribute.column]
        }
        switch column.values {
        case .categorical(let codes, _):
            let code = codes[row]
            return code == AttributeColumn.missingCode ? .missing : .category(code)
        case .numeric(let numbers):
            let number = numbers[row]
            return number.isNaN ? .missing : .number(number)
        }
    }

    /// The lead's account row, if it has one.
    public var account: Int? {
        let account = data.dataset.leads.accountIndex[lead]
        return account >= 0 ? Int(account) : nil
    }
}

/// An attribute's value for one lead.
public enum AttributeValue: Sendable, Equatable {
    case missing
    /// A code into the column's categories.
    case category(UInt32)
    case number(Double)
}

/// The dataset models score, shared by every ``LeadView`` of it (a reference, so a view costs one
/// retain, not one per column).
public final class ScoringData: Sendable {
    public let dataset: Dataset
    let activities: ActivityLog

    public init(_ dataset: Dataset) {
        self.dataset = dataset
        activities = dataset.activities ?? ActivityLog(
            leadStart: [Int](repeating: 0, count: dataset.leads.count + 1), at: [], type: [], value: [], typeNames: [])
    }

    /// The lead `lead` as of `asOf`.
    public func view(_ lead: Int, asOf: Int64) -> LeadView { LeadView(lead: lead, asOf: asOf, data: self) }
}
