import LeadBenchData
import LeadBenchModels
import Testing

@Suite("Boosted trees: feature binning")
struct BoostedTreesBinningTests {
    @Test("fewer distinct values than bins: one bin each, bounds midway between them")
    func fewDistinctValues() {
        let x = FeatureMatrix(columnNames: ["a"], values: [3, 1, 2, 2, 1, 10])
        let bins = FeatureBinner(fitting: x, maxBins: 255).features[0]
        #expect(bins.upperBounds == [1.5, 2.5, 6.5])
        #expect(!bins.hasMissing)
        #expect(bins.binCount == 4)
        #expect([1, 1.5, 1.6, 2.5, 3, 6.5, 7, 10, 99].map(bins.bin(of:)) == [0, 0, 1, 1, 2, 2, 3, 3, 3])
        #expect(bins.bin(of: -1e9) == 0)
    }

    @Test("a constant feature has one bin and never splits")
    func constantFeature() throws {
        let x = FeatureMatrix(columnNames: ["a"], values: Array(repeating: 4, count: 50))
        let bins = FeatureBinner(fitting: x).features[0]
        #expect(bins.upperBounds.isEmpty && bins.valueBinCount == 1 && !bins.hasMissing)

        let labels = (0..<50).map { $0 % 5 == 0 }
        let model = try GradientBoostedTrees.fit(x, labels: labels, parameters: BoostingParameters(minDataInLeaf: 1))
        #expect(model.trees.isEmpty)
        #expect(model.report.stopReason == .noSplitPossible)
        #expect(abs(model.probability([4]) - 0.2) < 1e-12)
    }

    @Test("an all-missing feature has an empty value bin and a missing bin, and never splits")
    func allMissing() throws {
        let x = FeatureMatrix(columnNames: ["a", "b"], values: (0..<40).flatMap { [Double.nan, Double($0 % 2)] })
        let binner = FeatureBinner(fitting: x)
        #expect(binner.features[0].upperBounds.isEmpty)
        #expect(binner.features[0].hasMissing)
        #expect(binner.features[0].binCount == 2)
        #expect(binner.features[0].bin(of: .nan) == binner.features[0].missingBin)

        let labels = (0..<40).map { $0 % 2 == 1 }
        let model = try GradientBoostedTrees.fit(
            x, labels: labels, parameters: BoostingParameters(trees: 3, minDataInLeaf: 1))
        #expect(model.trees.count == 3)
        for tree in model.trees {
            #expect(tree.nodes.compactMap(\.split).allSatisfy { $0.feature == 1 })
        }
    }

    @Test("more distinct values than bins: at most `bins` bins of near-equal counts")
    func quantileBins() {
        let values = (0..<1_000).map { Double(($0 * 7_919) % 1_000) / 10 }  // 0.0 … 99.9, shuffled
        let x = FeatureMatrix(columnNames: ["a"], values: values)
        let bins = FeatureBinner(fitting: x, maxBins: 10).features[0]
        #expect(bins.valueBinCount == 10)
        var counts = [Int](repeating: 0, count: bins.valueBinCount)
        for value in values { counts[bins.bin(of: value)] += 1 }
        #expect(counts.allSatisfy { (95...105).contains($0) })
        // Every bound lies midway between two adjacent distinct values.
        for bound in bins.upperBounds {
            #expect(abs((bound * 20).rounded() - bound * 20) < 1e-9 && abs(bound * 10 - (bound * 10).rounded()) > 0.4)
        }
    }

    @Test("a heavy value gets a bin of its own")
    func heavyValue() {
        // 600 zeros and 400 distinct positive values, 8 bins: zero must not share a bin.
        let values = Array(repeating: 0.0, count: 600) + (1...400).map(Double.init)
        let bins = FeatureBinner(fitting: FeatureMatrix(columnNames: ["a"], values: values), maxBins: 8).features[0]
        #expect(bins.upperBounds.first == 0.5)
        #expect(bins.valueBinCount <= 8)
        #expect(bins.bin(of: 0) == 0 && bins.bin(of: 1) == 1)
    }

    @Test("missing values get their own bin; bins are fitted on the given rows only")
    func missingBinAndRows() {
        let x = FeatureMatrix(columnNames: ["a"], values: [1, .nan, 2, 3, 100])
        let all = FeatureBinner(fitting: x).features[0]
        #expect(all.hasMissing && all.upperBounds == [1.5, 2.5, 51.5])
        #expect(all.bin(of: .nan) == 4 && all.binCount == 5)
        let some = FeatureBinner(fitting: x, rows: [0, 2, 3]).features[0]
        #expect(!some.hasMissing && some.upperBounds == [1.5, 2.5])
    }

    @Test("more than 256 bins: codes are 16-bit, and splits still land on bin bounds")
    func manyBins() throws {
        var rng = SplitMix64(seed: 17)
        let values = (0..<4_000).map { _ in (rng.nextUnit() * 10_000).rounded() / 10 }
        let labels = values.map { $0 > 400 && $0 < 700 || $0 > 900 }
        let x = FeatureMatrix(columnNames: ["a"], values: values)
        let bins = FeatureBinner(fitting: x, maxBins: 1_000).features[0]
        #expect(bins.valueBinCount > 900 && bins.valueBinCount <= 1_000)
        let model = try GradientBoostedTrees.fit(
            x, labels: labels, parameters: BoostingParameters(trees: 20, leaves: 8, minDataInLeaf: 5, bins: 1_000))
        let bounds = Set(bins.upperBounds)
        for split in model.trees.flatMap({ $0.nodes.compactMap(\.split) }) {
            #expect(bounds.contains(split.threshold))
        }
        #expect(model.probability([500]) > 0.9 && model.probability([800]) < 0.1)
    }
}
