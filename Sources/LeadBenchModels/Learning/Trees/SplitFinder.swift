/// A candidate split of one leaf: value bins `0...thresholdBin` of `feature` go left, the rest right,
/// and the feature's missing values go to the side `missingGoesLeft` says.
struct SplitCandidate: Sendable, Equatable {
    var feature: Int
    var thresholdBin: Int
    var missingGoesLeft: Bool
    /// G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ).
    var gain: Double
    var left: GradientSums
    var right: GradientSums
}

/// The best split of a leaf from its histogram, as LightGBM searches it.
///
/// For every feature and every boundary between adjacent value bins, left takes the bins below the
/// boundary. When the leaf has rows whose value is missing, both placements of them are tried — left
/// first, then right — and also the split "every value left, missing right". When it has none, missing
/// values (met only at prediction) go to the side with more training rows.
///
/// gain = G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ) (LightGBM's form, without the factor ½). A candidate
/// needs at least `minDataInLeaf` rows and a hessian sum of at least
/// ``BoostingParameters/minSumHessianInLeaf`` on each side, and a gain above zero (beyond rounding:
/// more than 1e-10 of the children's scores). Candidates are visited in (feature, threshold, missing
/// left before right) order and only a strictly larger gain replaces the best, so ties go to the
/// earliest.
struct SplitFinder: Sendable {
    let features: [FeatureBins]
    let offsets: [Int]
    let minDataInLeaf: Int
    let l2: Double

    /// Relative tolerance below which a gain counts as rounding noise.
    static let gainTolerance = 1e-10

    func bestSplit(histogram: Histogram, total: GradientSums) -> SplitCandidate? {
        let minHessian = BoostingParameters.minSumHessianInLeaf
        guard total.count >= 2 * minDataInLeaf, total.hessian >= 2 * minHessian else { return nil }
        let parentScore = total.score(l2: l2)
        // `best` lives inside the closure that reads the histogram, so the compiler checks its accesses
        // statically (captured from outside, each update paid a runtime exclusivity check).
        return histogram.entries.withUnsafeBufferPointer { entries -> SplitCandidate? in
            var best: SplitCandidate?

            func consider(feature: Int, bin: Int, missingLeft: Bool, left: GradientSums) {
                let right = total - left
                guard left.count >= minDataInLeaf, right.count >= minDataInLeaf,
                    left.hessian >= minHessian, right.hessian >= minHessian
                else { return }
                let childScores = left.score(l2: l2) + right.score(l2: l2)
                let gain = childScores - parentScore
                guard gain > Self.gainTolerance * childScores, gain > (best?.gain ?? 0) else { return }
                best = SplitCandidate(
                    feature: feature, thresholdBin: bin, missingGoesLeft: missingLeft, gain: gain, left: left,
                    right: right)
            }

            func sums(_ slot: Int) -> GradientSums {
                GradientSums(gradient: entries[3 * slot], hessian: entries[3 * slot + 1], count: Int(entries[3 * slot + 2]))
            }
            for (feature, bins) in features.enumerated() {
                let offset = offsets[feature]
                let missing = bins.hasMissing ? sums(offset + bins.missingBin) : .zero
                var below = GradientSums.zero
                for bin in 0..<bins.valueBinCount {
                    below = below + sums(offset + bin)
                    if bin == bins.valueBinCount - 1 {
                        // Every value left, missing right: a split only when the leaf has missing values.
                        if missing.count > 0 { consider(feature: feature, bin: bin, missingLeft: false, left: below) }
                    } else if missing.count > 0 {
                        consider(feature: feature, bin: bin, missingLeft: true, left: below + missing)
                        consider(feature: feature, bin: bin, missingLeft: false, left: below)
                    } else {
                        if below.count < minDataInLeaf { continue }
                        if total.count - below.count < minDataInLeaf { break }
                        consider(
                            feature: feature, bin: bin, missingLeft: 2 * below.count >= total.count, left: below)
                    }
                }
            }
            return best
        }
    }
}
