@testable import LeadBenchModels
import Testing

@Suite("Boosted trees: histograms and leaf boxes")
struct BoostedTreesHistogramTests {
    /// Three features over six rows: a one-hot column (mostly 0), a count (mostly "none") and a value.
    static let x = FeatureMatrix(
        columnNames: ["onehot", "count", "value"],
        values: [
            0, 0, 1,
            1, 0, 2,
            0, 3, 3,
            0, 0, 1,
            0, 1, .nan,
            1, 0, 2,
        ])

    @Test("the sparse rows hold each row's bins outside its feature's most frequent bin")
    func sparseRows() {
        let binner = FeatureBinner(fitting: Self.x)
        let columns = binner.binnedColumns(Self.x, rows: Array(0..<6))
        // onehot: bins {0, 1}; count: bins {0, 1, 3} → 3 bins; value: {1, 2, 3} and a missing bin → 4 bins.
        #expect(columns.offsets == [0, 2, 5])
        #expect(columns.totalBins == 9)
        // Most frequent: onehot 0 (4 rows), count 0 (4 rows), value: 1 and 2 have two rows each → the lower, 0.
        #expect(columns.mostFrequentBins == [0, 0, 0])
        let rows = (0..<6).map { r in Array(columns.slots[columns.rowStarts[r]..<columns.rowStarts[r + 1]]) }
        // Row 1: onehot 1 (slot 1), value 2 (bin 1, slot 6). Row 2: count 3 (bin 2, slot 4), value 3 (bin 2,
        // slot 7). Row 4: count 1 (bin 1, slot 3), value missing (bin 3, slot 8).
        #expect(rows == [[], [1, 6], [4, 7], [], [3, 8], [1, 6]])
    }

    @Test("a histogram equals the sums row by row, one thread or two")
    func histogramSums() {
        // 10,000 rows, so a leaf of all of them is summed in two halves.
        let n = 10_000
        var values: [Double] = []
        for r in 0..<n { values += [r % 7 == 0 ? 1 : 0, Double(r % 11 == 0 ? r % 4 : 0), r % 13 == 0 ? .nan : Double(r % 50)] }
        let x = FeatureMatrix(columnNames: ["a", "b", "c"], values: values)
        let binner = FeatureBinner(fitting: x)
        let columns = binner.binnedColumns(x, rows: Array(0..<n))
        let gradients = (0..<n).map { Double($0 % 17) / 17 - 0.4 }
        let hessians = (0..<n).map { 0.1 + Double($0 % 5) / 20 }
        for rows in [Array(0..<Int32(n)), (0..<Int32(n)).filter { $0 % 3 == 1 }] {
            var total = GradientSums.zero
            for r in rows {
                total.gradient += gradients[Int(r)]
                total.hessian += hessians[Int(r)]
                total.count += 1
            }
            var histogram = Histogram(totalBins: columns.totalBins)
            histogram.accumulate(columns: columns, rows: rows[...], gradients: gradients, hessians: hessians, total: total)
            var expected = [Double](repeating: 0, count: 3 * columns.totalBins)
            for r in rows {
                for f in 0..<3 {
                    let slot = columns.offsets[f] + Int(columns.codes[f * n + Int(r)])
                    expected[3 * slot] += gradients[Int(r)]
                    expected[3 * slot + 1] += hessians[Int(r)]
                    expected[3 * slot + 2] += 1
                }
            }
            for slot in 0..<columns.totalBins {
                #expect(abs(histogram.entries[3 * slot] - expected[3 * slot]) < 1e-9)
                #expect(abs(histogram.entries[3 * slot + 1] - expected[3 * slot + 1]) < 1e-9)
                #expect(histogram.entries[3 * slot + 2] == expected[3 * slot + 2])
            }
        }
    }

    @Test("each leaf's box holds the bins of the moment features that reach it")
    func leafBoxes() {
        // Feature 0 is an attribute, features 1 and 2 move with the moment (columns [1, 2]).
        // Root: f1 ≤ 2 → node 1, else node 2. Node 1: f0 ≤ 0.5 → leaf 3, else node 4. Node 4: f1 ≤ 0.5 →
        // leaf 5, else leaf 6. Node 2: f2 ≤ 10 → leaf 7, else leaf 8.
        func split(_ feature: Int, _ threshold: Double, _ left: Int, _ right: Int) -> RegressionTree.Node {
            RegressionTree.Node(
                split: RegressionTree.Split(feature: feature, threshold: threshold, missingGoesLeft: false, left: left, right: right, gain: 1),
                value: 0, count: 1, hessian: 1)
        }
        func leaf(_ value: Double) -> RegressionTree.Node { RegressionTree.Node(split: nil, value: value, count: 1, hessian: 1) }
        let tree = RegressionTree(nodes: [
            split(1, 2, 1, 2), split(0, 0.5, 3, 4), split(2, 10, 7, 8), leaf(0.1), split(1, 0.5, 5, 6), leaf(0.2), leaf(0.3), leaf(0.4), leaf(0.5),
        ])
        let trees = GradientBoostedTrees(
            featureNames: ["a", "b", "c"], parameters: BoostingParameters(), initialScore: 0, trees: [tree],
            report: BoostingReport(treesBuilt: 1, bestIteration: 1, validationLosses: [], trainingRows: 1, validationRows: 0, stopReason: .allRoundsBuilt))
        let splits = MomentSplits(trees: trees, columns: [1, 2])
        // f1's thresholds [0.5, 2] give bins 0 (≤ 0.5), 1 (≤ 2), 2 (> 2); f2's [10] bins 0 and 1.
        #expect(splits.thresholds == [[0.5, 2], [10]])
        #expect(splits.treesByFeature == [[0], [0]])
        func box(_ k: Int, _ node: Int) -> ClosedRange<Int> { splits.box(feature: k, leaf: node) }
        // Leaf 3: f1 ≤ 2 → bins 0...1, f2 anything. Leaf 5: f1 ≤ 0.5 → bin 0. Leaf 6: f1 in (0.5, 2] → bin 1.
        // Leaves 7 and 8: f1 > 2 → bin 2; f2 ≤ 10 → bin 0, or bin 1.
        #expect([3, 5, 6, 7, 8].map { box(0, $0) } == [0...1, 0...0, 1...1, 2...2, 2...2])
        #expect([3, 5, 6, 7, 8].map { box(1, $0) } == [0...1, 0...1, 0...1, 0...0, 1...1])
    }
}
