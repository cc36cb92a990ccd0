/// Rows of numeric features, row-major in one contiguous array, with the columns' names: what the
/// learners (logistic regression, boosted trees) train on and predict from.
///
///     var matrix = FeatureMatrix(columnNames: ["visits", "is_vp"])
///     matrix.appendRow([3, 1])
///     matrix[0, 1]   // 1.0
public struct FeatureMatrix: Sendable, Equatable {
    /// The features' names, one per column.
    public let columnNames: [String]
    /// Row-major values: row `r`, column `c` is `values[r * columnCount + c]`.
    public private(set) var values: [Double]

    public init(columnNames: [String], values: [Double] = []) {
        precondition(columnNames.isEmpty ? values.isEmpty : values.count % columnNames.count == 0,
                     "The values must fill whole rows.")
        self.columnNames = columnNames
        self.values = values
    }

    public var columnCount: Int { columnNames.count }

    public var rowCount: Int { columnNames.isEmpty ? 0 : values.count / columnNames.count }

    /// Appends one row; its length must be the column count.
    public mutating func appendRow(_ row: [Double]) {
        precondition(row.count == columnCount, "A row has \(columnCount) values, not \(row.count).")
        values.append(contentsOf: row)
    }

    public subscript(row: Int, column: Int) -> Double {
        values[row * columnCount + column]
    }

    /// Row `row` as a slice of ``values``.
    public func row(_ row: Int) -> ArraySlice<Double> {
        values[row * columnCount..<(row + 1) * columnCount]
    }

    /// The rows at `indices`, in that order.
    public func rows(_ indices: some Sequence<Int>) -> FeatureMatrix {
        var selected: [Double] = []
        for index in indices { selected.append(contentsOf: row(index)) }
        return FeatureMatrix(columnNames: columnNames, values: selected)
    }
}
