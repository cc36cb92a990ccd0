/// Every lead's activities, column-wise and grouped by lead: lead `i`'s activities are rows
/// `leadStart[i] ..< leadStart[i + 1]`, in time order (ties in file order).
///
/// Replay walks one lead's slice from start to end, so the whole history of a lead is one contiguous
/// run of each column.
public struct ActivityLog: Sendable {
    /// Row offsets per lead; `leadStart.count == leads + 1`.
    public let leadStart: [Int]
    /// Activity moments (``EpochSeconds``).
    public let at: [Int64]
    /// Activity type codes into ``typeNames``.
    public let type: [UInt32]
    /// Optional numeric values (`nan` where none); empty when the export has no value column.
    public let value: [Double]
    /// The activity types, by code.
    public let typeNames: [String]

    public init(leadStart: [Int], at: [Int64], type: [UInt32], value: [Double], typeNames: [String]) {
        precondition(at.count == type.count && (value.isEmpty || value.count == at.count), "Activity columns must have equal length.")
        self.leadStart = leadStart
        self.at = at
        self.type = type
        self.value = value
        self.typeNames = typeNames
    }

    /// The number of activities.
    public var count: Int { at.count }

    /// The rows of lead `lead`'s activities.
    @inline(__always)
    public func rows(ofLead lead: Int) -> Range<Int> { leadStart[lead]..<leadStart[lead + 1] }

    /// The code of the activity type called `name`.
    public func typeCode(named name: String) -> UInt32? { typeNames.firstIndex(of: name).map { UInt32($0) } }
}
