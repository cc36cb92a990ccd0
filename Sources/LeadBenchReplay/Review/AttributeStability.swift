import LeadBenchData
import LeadBenchMetrics

/// The population stability index of a lead attribute between a review's two periods
/// (``PopulationStability``, the previous period as the reference), on the leads each period measures.
///
/// Every numeric attribute is compared, binned by the previous period's deciles; every categorical one
/// with at most ``maximumCategories`` categories is compared category by category (more — ids, free
/// text, job titles — would spread the leads too thin for the index to mean much, and such attributes
/// are listed as skipped). Missing values are a bin of their own.
public struct AttributeStability: Sendable, Encodable {
    /// The attribute's column name.
    public let attribute: String
    public let isNumeric: Bool
    public let stability: PopulationStability

    /// The most categories an attribute may have to be compared.
    public static let maximumCategories = 50

    /// The comparisons of every eligible lead attribute, in column order, and the names of the
    /// categorical ones skipped for having too many categories.
    static func all(_ leads: LeadTable, previous: [Int], current: [Int]) -> (compared: [AttributeStability], skipped: [String]) {
        var compared: [AttributeStability] = []
        var skipped: [String] = []
        for column in leads.attributes {
            let stability: PopulationStability?
            switch column.values {
            case .numeric(let numbers):
                stability = try? PopulationStability.deciles(expected: previous.map { numbers[$0] }, actual: current.map { numbers[$0] })
            case .categorical(let codes, let categories):
                guard categories.count <= maximumCategories else {
                    skipped.append(column.name)
                    continue
                }
                func values(_ rows: [Int]) -> [String?] {
                    rows.map { codes[$0] == AttributeColumn.missingCode ? nil : categories[Int(codes[$0])] }
                }
                stability = try? PopulationStability.categories(expected: values(previous), actual: values(current))
            }
            if let stability {
                compared.append(AttributeStability(attribute: column.name, isNumeric: column.isNumeric, stability: stability))
            }
        }
        return (compared, skipped)
    }
}
