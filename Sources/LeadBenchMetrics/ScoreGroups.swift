/// Leads grouped by distinct score, highest score first: the one sort every ranking metric shares.
///
/// Group `g` holds every lead whose score equals `scores[g]`; a threshold at `scores[g]` qualifies
/// groups `0...g`. This is scikit-learn's `confusion_matrix_at_thresholds` (the distinct thresholds and
/// the cumulative counts at each) in integers.
struct ScoreGroups: Sendable {
    /// Distinct scores, strictly decreasing.
    let scores: [Double]
    /// Leads in each group.
    let sizes: [Int]
    /// Converted leads in each group.
    let positives: [Int]
    /// Class totals over all groups.
    let classes: ClassCounts

    /// Groups validated inputs. - Complexity: O(*n* log *n*).
    init(scores input: [Double], labels: [Bool], classes: ClassCounts) {
        let order = input.indices.sorted { input[$0] > input[$1] }
        var scores: [Double] = []
        var sizes: [Int] = []
        var positives: [Int] = []
        for index in order {
            if let last = scores.last, last == input[index] {
                sizes[sizes.count - 1] += 1
            } else {
                scores.append(input[index])
                sizes.append(1)
                positives.append(0)
            }
            if labels[index] { positives[positives.count - 1] += 1 }
        }
        self.scores = scores
        self.sizes = sizes
        self.positives = positives
        self.classes = classes
    }

    /// Validates (with `requirements`) and groups.
    static func make(
        scores: [Double], labels: [Bool], requiring requirements: MetricInputRequirements = .bothClasses
    ) throws(MetricError) -> ScoreGroups {
        let classes = try validateMetricInput(scores: scores, labels: labels, requiring: requirements)
        return ScoreGroups(scores: scores, labels: labels, classes: classes)
    }

    var count: Int { scores.count }

    /// Positives with score ≥ `scores[g]`, for each `g` (scikit-learn's `tps`).
    var cumulativeTruePositives: [Int] { runningSum(positives) }

    /// Negatives with score ≥ `scores[g]`, for each `g` (scikit-learn's `fps`).
    var cumulativeFalsePositives: [Int] { runningSum(zip(sizes, positives).map { $0 - $1 }) }

    /// Leads with score ≥ `scores[g]`, for each `g`.
    var cumulativeSizes: [Int] { runningSum(sizes) }
}

/// The running (inclusive prefix) sums of `values`.
func runningSum(_ values: [Int]) -> [Int] {
    var total = 0
    return values.map { value in
        total += value
        return total
    }
}
