/// The leads of a dataset, column-wise: row `i` of every array is lead `i`.
public struct LeadTable: Sendable {
    /// Lead ids; a lead's row index is its code in this interner.
    public let ids: ByteInterner
    /// The 1-based line of each lead's row in the leads file, for messages about a lead.
    public let sourceLines: [Int32]
    /// Each lead's row in ``AccountTable``, or `-1` when it has no account.
    public let accountIndex: [Int32]
    /// Creation moments (``EpochSeconds``), ``EpochSeconds/missing`` where unknown.
    public let createdAt: [Int64]
    public let outcome: [Outcome]
    /// Conversion moments, ``EpochSeconds/missing`` where not converted or not known.
    public let convertedAt: [Int64]
    /// Deal values, `nan` where none.
    public let dealValue: [Double]
    /// Attribute columns (from the leads file, and any joined from the outcomes file).
    public let attributes: [AttributeColumn]

    public init(
        ids: ByteInterner, sourceLines: [Int32], accountIndex: [Int32], createdAt: [Int64],
        outcome: [Outcome], convertedAt: [Int64], dealValue: [Double], attributes: [AttributeColumn]
    ) {
        self.ids = ids
        self.sourceLines = sourceLines
        self.accountIndex = accountIndex
        self.createdAt = createdAt
        self.outcome = outcome
        self.convertedAt = convertedAt
        self.dealValue = dealValue
        self.attributes = attributes
    }

    /// The number of leads.
    public var count: Int { outcome.count }

    /// The id of lead `row`.
    public func id(_ row: Int) -> String { ids.string(UInt32(row)) }

    /// The attribute column called `name`.
    public func attribute(named name: String) -> AttributeColumn? { attributes.first { $0.name == name } }
}
