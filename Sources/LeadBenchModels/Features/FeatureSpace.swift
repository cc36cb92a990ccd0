import LeadBenchData
import LeadBenchExperiment

/// The features of a predictive model, learned from its training leads (DESIGN §3): one-hot attribute
/// values (values seen in fewer than `min_category_count` training leads bucketed as "other"),
/// standardised numbers, missing flags, activity counts per type over each window, recency, and the
/// number of colleagues at the account — all as of the scoring moment.
public struct FeatureSpace: Sendable, Equatable, Codable {
    public let columns: [FeatureColumn]

    public init(columns: [FeatureColumn]) { self.columns = columns }

    public var names: [String] { columns.map(\.name) }

    /// Learns the feature columns from the training leads' views.
    public static func fit(_ spec: FeatureSpec, training views: [LeadView], data: ScoringData) -> FeatureSpace {
        var columns: [FeatureColumn] = []
        let dataset = data.dataset
        let attributes = AttributeReference.names(in: dataset).compactMap { AttributeReference($0, in: dataset) }
        for attribute in attributes {
            columns += attributeColumns(attribute, views: views, data: data, minCount: spec.minCategoryCount)
        }
        if let log = dataset.activities {
            for (code, type) in log.typeNames.enumerated() {
                for days in spec.windowsDays {
                    let counts = views.map { Double(ActivityFeatures.count(type: UInt32(code), days: days, in: $0)) }
                    let (mean, scale) = Standardisation.of(counts)
                    if scale > 0 { columns.append(.activityCount(type: type, days: days, mean: mean, scale: scale)) }
                }
            }
            let recency = views.map(ActivityFeatures.daysSinceLast)
            let (mean, scale) = Standardisation.of(recency)
            if scale > 0 { columns.append(.daysSinceLastActivity(mean: mean, scale: scale)) }
            if views.contains(where: { $0.activityCount == 0 }) && views.contains(where: { $0.activityCount > 0 }) {
                columns.append(.noActivityYet)
            }
        }
        if dataset.accounts != nil {
            let colleagues = AccountHistory(dataset)
            let values = views.map { colleagues.logColleagues(of: $0) }
            let (mean, scale) = Standardisation.of(values)
            if scale > 0 { columns.append(.accountLeadsSoFar(mean: mean, scale: scale)) }
        }
        return FeatureSpace(columns: columns)
    }

    private static func attributeColumns(_ attribute: AttributeReference, views: [LeadView], data: ScoringData, minCount: Int) -> [FeatureColumn] {
        guard let column = attribute.column(in: data.dataset) else { return [] }
        var columns: [FeatureColumn] = []
        let values = views.map { $0.value(of: attribute) }
        let missing = values.filter { $0 == .missing }.count
        switch column.values {
        case .categorical(_, let categories):
            var counts = [Int](repeating: 0, count: categories.count)
            for value in values { if case .category(let code) = value { counts[Int(code)] += 1 } }
            let present = counts.indices.filter { counts[$0] > 0 }
            let kept = present.filter { counts[$0] >= minCount }
                .sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : categories[$0] < categories[$1] }
            // A value every present lead shares carries no information beyond the missing flag.
            if !(kept.count == 1 && present.count == 1) {
                columns += kept.map { .category(attribute: attribute.name, value: categories[$0]) }
            }
            if present.count > kept.count {
                columns.append(.otherCategory(attribute: attribute.name, kept: kept.map { categories[$0] }.sorted()))
            }
        case .numeric:
            let numbers = values.compactMap { if case .number(let x) = $0 { x } else { nil } }
            let (mean, scale) = Standardisation.of(numbers)
            if scale > 0 { columns.append(.number(attribute: attribute.name, mean: mean, scale: scale)) }
        }
        if missing > 0 && missing < views.count { columns.append(.missing(attribute: attribute.name)) }
        return columns
    }
}

/// Mean and population standard deviation (as scikit-learn's StandardScaler): the centre and scale of
/// a standardised feature.
enum Standardisation {
    static func of(_ values: [Double]) -> (mean: Double, scale: Double) {
        guard !values.isEmpty else { return (0, 0) }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return (mean, variance.squareRoot())
    }
}
