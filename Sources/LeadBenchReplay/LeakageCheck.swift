import Foundation
import LeadBenchData
import LeadBenchMetrics

/// Warns about columns that give the outcome away (DESIGN §2, leakage): a column filled in only for
/// converted leads, or one that alone nearly separates the outcome.
///
/// A column's separating power is its out-of-fold single-column AUC: the leads are split into 5 seeded
/// folds; each lead's prediction is the conversion rate, in the other folds, of leads with its value
/// (numbers are grouped into deciles, and missing is a value of its own), smoothed towards the base
/// rate with a prior of 10 leads. Out of fold, a column that merely has many rare values (an id) scores
/// near 0.5; one the sales team fills in after the outcome scores near 1.
public enum LeakageCheck {
    public struct Warning: Sendable, Equatable, CustomStringConvertible {
        public let column: String
        /// The out-of-fold single-column AUC, when the column was scored.
        public let auc: Double?
        /// Whether only converted leads have a value.
        public let filledOnlyForConverted: Bool

        public var description: String {
            if filledOnlyForConverted { return "\"\(column)\" is filled in only for converted leads: it leaks the outcome; exclude it" }
            return "\"\(column)\" alone separates the outcome (out-of-fold AUC \(String(format: "%.3f", auc ?? 0))): it probably leaks it; exclude it or explain why not"
        }
    }

    /// The columns of `dataset`'s leads (attributes, account attributes joined) that look leaky, worst first.
    public static func warnings(_ dataset: Dataset, threshold: Double = 0.90, seed: UInt64) -> [Warning] {
        let leads = dataset.leads
        let known = (0..<leads.count).filter { leads.outcome[$0] != .open }
        let labels = known.map { leads.outcome[$0] == .converted }
        guard labels.contains(true), labels.contains(false) else { return [] }
        var fold = [Int](repeating: 0, count: known.count)
        var rng = SplitMix64(seed: seed)
        for i in fold.indices { fold[i] = Int(rng.next() % 5) }
        // One column's check per thread at a time, each into its own slot, gathered in column order.
        let columns = leads.attributes
        let folds = fold
        var slots = [Warning?](repeating: nil, count: columns.count)
        slots.withUnsafeMutableBufferPointer { buffer in
            let out = SharedSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: columns.count) { c in
                out[c] = check(columns[c], known: known, labels: labels, fold: folds, threshold: threshold)
            }
        }
        let warnings = slots.compactMap { $0 }
        return warnings.sorted { ($0.filledOnlyForConverted ? 2 : $0.auc ?? 0) > ($1.filledOnlyForConverted ? 2 : $1.auc ?? 0) }
    }

    /// The warning about one column, if it looks leaky.
    private static func check(_ column: AttributeColumn, known: [Int], labels: [Bool], fold: [Int], threshold: Double) -> Warning? {
        let groups = groups(of: known, in: column)
        let filledConverted = zip(known, labels).filter { lead, converted in converted && !column.isMissing(lead) }.count
        let filledOther = zip(known, labels).filter { lead, converted in !converted && !column.isMissing(lead) }.count
        if filledConverted > 0 && filledOther == 0 {
            return Warning(column: column.name, auc: nil, filledOnlyForConverted: true)
        }
        let predictions = outOfFold(groups: groups, labels: labels, fold: fold)
        guard let auc = try? rocAUCScore(scores: predictions, labels: labels) else { return nil }
        let separation = max(auc, 1 - auc)
        return separation >= threshold ? Warning(column: column.name, auc: separation, filledOnlyForConverted: false) : nil
    }

    /// The group of each lead's value: its category, its decile for numbers, and −1 for missing.
    private static func groups(of leads: [Int], in column: AttributeColumn) -> [Int] {
        switch column.values {
        case .categorical(let codes, _):
            return leads.map { codes[$0] == AttributeColumn.missingCode ? -1 : Int(codes[$0]) }
        case .numeric(let numbers):
            let sorted = numbers.filter { !$0.isNaN }.sorted()
            return leads.map { lead in
                let value = numbers[lead]
                guard !value.isNaN else { return -1 }
                // The number of present values below this one, by binary search, in tenths.
                var low = 0
                var high = sorted.count
                while low < high { let middle = (low + high) / 2; if sorted[middle] < value { low = middle + 1 } else { high = middle } }
                return min(9, low * 10 / max(1, sorted.count))
            }
        }
    }

    /// Each lead's smoothed conversion rate of its group in the other folds.
    private static func outOfFold(groups: [Int], labels: [Bool], fold: [Int]) -> [Double] {
        var predictions = [Double](repeating: 0, count: groups.count)
        // Groups are −1 (missing) and small non-negative numbers: counted in arrays at group + 1.
        let width = (groups.max() ?? -1) + 2
        var n = [Int](repeating: 0, count: width)
        var converted = [Int](repeating: 0, count: width)
        for k in 0..<5 {
            for g in 0..<width {
                n[g] = 0
                converted[g] = 0
            }
            var total = 0
            var positives = 0
            for i in groups.indices where fold[i] != k {
                n[groups[i] + 1] += 1
                if labels[i] { converted[groups[i] + 1] += 1; positives += 1 }
                total += 1
            }
            let base = total > 0 ? Double(positives) / Double(total) : 0
            for i in groups.indices where fold[i] == k {
                predictions[i] = (Double(converted[groups[i] + 1]) + 10 * base) / (Double(n[groups[i] + 1]) + 10)
            }
        }
        return predictions
    }
}
