import LeadBenchData

/// Where an attribute a model uses lives: a column of the leads or of their accounts.
///
/// Models name attributes by column name. A name is looked up among the lead's columns first, then the
/// account's; `account:Name` names the account's column when the lead has one of the same name.
public struct AttributeReference: Sendable, Hashable {
    public enum Table: Sendable, Hashable {
        case lead, account
    }

    public let table: Table
    public let column: Int
    public let name: String

    /// Resolves `name` in `dataset`, or `nil` when neither table has such a column.
    public init?(_ name: String, in dataset: Dataset) {
        let accountPrefix = "account:"
        if name.hasPrefix(accountPrefix) {
            let bare = String(name.dropFirst(accountPrefix.count))
            guard let index = dataset.accounts?.attributes.firstIndex(where: { $0.name == bare }) else { return nil }
            self.init(table: .account, column: index, name: name)
        } else if let index = dataset.leads.attributes.firstIndex(where: { $0.name == name }) {
            self.init(table: .lead, column: index, name: name)
        } else if let index = dataset.accounts?.attributes.firstIndex(where: { $0.name == name }) {
            self.init(table: .account, column: index, name: name)
        } else {
            return nil
        }
    }

    init(table: Table, column: Int, name: String) {
        self.table = table
        self.column = column
        self.name = name
    }

    /// Every attribute of `dataset` by the name that reaches it: the lead's columns, then the
    /// account's — as `account:Name` where the lead has a column of the same name, so that both are
    /// reachable (and a learned feature space holds each once).
    public static func names(in dataset: Dataset) -> [String] {
        let leadNames = dataset.leads.attributes.map(\.name)
        let taken = Set(leadNames)
        let accountNames = (dataset.accounts?.attributes.map(\.name) ?? []).map { taken.contains($0) ? "account:" + $0 : $0 }
        return leadNames + accountNames
    }

    /// The column this reference points at.
    public func column(in dataset: Dataset) -> AttributeColumn? {
        switch table {
        case .lead: dataset.leads.attributes[column]
        case .account: dataset.accounts?.attributes[column]
        }
    }
}
