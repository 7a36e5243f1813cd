import ClaimsExtract
import Foundation

/// Scores what each figure measures, where and when, on a blind set: figures are matched to
/// labelled ones by their offsets in the article; among the matches, how many that measure
/// something carry a metric key, whether the key is the one a reader chose where the
/// vocabulary has one, and whether place and period are right.
struct BlindFigureScorer {
    private(set) var labelled = 0
    private(set) var matched = 0
    /// Matched figures a reader says measure something: how many got a key (curated or open).
    private(set) var keyed = Share()
    /// Where the reader's metric has a vocabulary key: how many got that key.
    private(set) var rightKey = Share()
    private(set) var places = Share()
    private(set) var periods = Share()
    private(set) var errors: [String] = []

    mutating func add(_ label: LabelledSentence, sentence: String, extracted: [Figure]) {
        var lines: [String] = []
        for gold in label.figures ?? [] {
            guard let start = gold.start, let end = gold.end else { continue }
            labelled += 1
            guard let figure = extracted.first(where: { $0.start < end && start < $0.end }) else {
                lines.append("  not found: \(gold.value) \(gold.unit)")
                continue
            }
            matched += 1
            if gold.metric != nil {
                keyed.count(figure.metricKey != nil)
                if figure.metricKey == nil { lines.append("  no key     \(figure.text): label '\(gold.metric ?? "")'") }
            }
            if let key = gold.metric_key {
                rightKey.count(figure.metricKey == key)
                if figure.metricKey != key {
                    lines.append("  wrong key  \(figure.text): \(figure.metricKey ?? "-") ('\(figure.metric ?? "")'), label \(key) ('\(gold.metric ?? "")')")
                }
            }
            places.count(figure.place == gold.place)
            if figure.place != gold.place { lines.append("  place      \(figure.text): \(figure.place ?? "-"), label \(gold.place ?? "-")") }
            let periodRight = figure.periodStart == gold.period_start && figure.periodEnd == gold.period_end
            periods.count(periodRight)
            if !periodRight {
                lines.append("  period     \(figure.text): \(figure.periodStart ?? "-")..\(figure.periodEnd ?? "-"), label \(gold.period_start ?? "-")..\(gold.period_end ?? "-")")
            }
        }
        if !lines.isEmpty { errors.append("\(label.locator): \(sentence)\n" + lines.joined(separator: "\n")) }
    }
}
