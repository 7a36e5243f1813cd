import Foundation
import ClaimsExtract

/// Scores extracted figures against labels: a figure is right when its value and unit
/// match a labelled one; qualifiers and periods are then checked among the matches.
struct FigureScorer {
    var score = Score()
    var qualifiers = Share()
    var periods = Share()
    var errors: [String] = []

    mutating func add(_ label: LabelledSentence, sentence: String, extracted: [Figure]) {
        var gold = label.figures ?? []
        var sentenceErrors: [String] = []
        for figure in extracted {
            guard let index = gold.firstIndex(where: { matches($0, figure) }) else {
                score.falsePositives += 1
                sentenceErrors.append("  extra   \(describe(figure))")
                continue
            }
            let expected = gold.remove(at: index)
            score.truePositives += 1
            qualifiers.count(expected.qualifier == figure.qualifier.rawValue)
            if expected.qualifier != figure.qualifier.rawValue {
                sentenceErrors.append("  qualifier \(figure.text): \(figure.qualifier.rawValue), label \(expected.qualifier)")
            }
            let periodRight = expected.period_start == figure.periodStart && expected.period_end == figure.periodEnd
            periods.count(periodRight)
            if !periodRight {
                sentenceErrors.append("  period  \(figure.text): \(figure.periodStart ?? "-")..\(figure.periodEnd ?? "-"), label \(expected.period_start ?? "-")..\(expected.period_end ?? "-")")
            }
        }
        for missing in gold {
            score.falseNegatives += 1
            sentenceErrors.append("  missed  \(missing.value) \(missing.unit) \(missing.qualifier)")
        }
        if !sentenceErrors.isEmpty {
            errors.append("\(label.locator): \(sentence)\n" + sentenceErrors.joined(separator: "\n"))
        }
    }

    private func matches(_ gold: GoldFigure, _ figure: Figure) -> Bool {
        gold.unit.caseInsensitiveCompare(figure.unit) == .orderedSame
            && abs(gold.value - figure.value) <= 1e-6 * max(1, abs(gold.value))
    }

    private func describe(_ figure: Figure) -> String {
        "\(figure.text) = \(figure.value) \(figure.unit) \(figure.qualifier.rawValue)"
    }
}
