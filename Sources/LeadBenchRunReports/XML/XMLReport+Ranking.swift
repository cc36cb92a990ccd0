import LeadBenchReplay
import LeadBenchReports

// A model's ranking figures: lift by decile, the curves, the score histogram, capture, the rank-order
// check and the calibration table.
extension XMLReport {
    static func ranking(_ ranking: RankingFigures, in model: XMLReportElement) throws(MarkupError) {
        let exact = XMLReportElement.exact
        let element = try model.child("ranking")
        let deciles = try element.child("deciles")
        for decile in ranking.deciles {
            try deciles.child(
                "decile",
                attributes: [
                    ("number", String(decile.decile)), ("leads", exact(decile.leads)), ("conversions", exact(decile.conversions)),
                    ("conversionRate", exact(decile.conversionRate)), ("lift", exact(decile.lift)),
                    ("cumulativeGain", exact(decile.cumulativeGain)), ("cumulativeLift", exact(decile.cumulativeLift)),
                    ("highestScore", exact(decile.highestScore)), ("lowestScore", exact(decile.lowestScore)),
                ])
        }
        try curve("roc", ranking.roc, in: element)
        try curve("precisionRecall", ranking.precisionRecall, in: element)
        try histogram(ranking.scores, in: element)
        try element.number("captureTop10", ranking.captureTop10)
        try element.number("captureTop20", ranking.captureTop20)
        let inversions = try element.child("inversions")
        for inversion in ranking.inversions {
            try inversions.child(
                "inversion",
                attributes: [("decile", String(inversion.decile)), ("rate", exact(inversion.rate)), ("nextRate", exact(inversion.nextRate))])
        }
        if let bins = ranking.calibration {
            let calibration = try element.child("calibration")
            for bin in bins {
                try calibration.child(
                    "bin",
                    attributes: [
                        ("lower", exact(bin.lower)), ("upper", exact(bin.upper)), ("leads", String(bin.leads)),
                        ("conversions", String(bin.conversions)), ("meanPredicted", exact(bin.meanPredicted)),
                        ("observedRate", exact(bin.observedRate)),
                    ])
            }
        }
        try element.number("expectedCalibrationError", ranking.expectedCalibrationError)
    }

    /// `<name><point x=".." y=".."/>…</name>`.
    static func curve(_ name: String, _ points: [CurvePoint], in ranking: XMLReportElement) throws(MarkupError) {
        let element = try ranking.child(name)
        for point in points {
            try element.child("point", attributes: [("x", XMLReportElement.exact(point.x)), ("y", XMLReportElement.exact(point.y))])
        }
    }

    /// The histogram's `bins + 1` edges as one row per bin, `[lower, upper)`.
    static func histogram(_ histogram: ScoreHistogram, in ranking: XMLReportElement) throws(MarkupError) {
        let element = try ranking.child("scoreHistogram")
        let bins = min(histogram.converted.count, histogram.notConverted.count, max(0, histogram.edges.count - 1))
        for bin in 0..<bins {
            try element.child(
                "bin",
                attributes: [
                    ("lower", XMLReportElement.exact(histogram.edges[bin])), ("upper", XMLReportElement.exact(histogram.edges[bin + 1])),
                    ("converted", String(histogram.converted[bin])), ("notConverted", String(histogram.notConverted[bin])),
                ])
        }
    }
}
