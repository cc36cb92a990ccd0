/// The accounts (companies) of a dataset: every account key seen in the leads, with the attributes of
/// the accounts file when one is joined.
public struct AccountTable: Sendable {
    /// Account keys; an account's row is its code in this interner.
    public let ids: ByteInterner
    /// Whether each account was found in the accounts file (false: known only from the leads).
    public let inAccountsFile: [Bool]
    /// Attribute columns from the accounts file, one row per account.
    public let attributes: [AttributeColumn]

    public init(ids: ByteInterner, inAccountsFile: [Bool], attributes: [AttributeColumn]) {
        self.ids = ids
        self.inAccountsFile = inAccountsFile
        self.attributes = attributes
    }

    /// The number of accounts.
    public var count: Int { inAccountsFile.count }

    /// The key of account `row`.
    public func id(_ row: Int) -> String { ids.string(UInt32(row)) }
}
