import Foundation

/// What an article is about, read from its title: the longest run of title words that the
/// body repeats. Stances without an object of their own are about the topic, and targets
/// that name it ("the plan", "the Ukraine NATO-style protection plan") share its key.
struct Topic: Sendable, Equatable {
    /// As the title writes it: "Ukraine NATO-Style Protection Plan".
    var phrase: String
    /// Canonical key: "ukraine_nato_style_protection_plan".
    var key: String
    /// Its last word, lower case: "plan".
    var head: String

    /// The topic of a document, if its title has a run of two to six words the body repeats.
    static func of(title: String?, body: String, stopWords: Set<String>) -> Topic? {
        guard let title else { return nil }
        let titleWords = TargetKey.words(title)
        guard titleWords.count >= 2 else { return nil }
        let bodyWords = TargetKey.words(body)
        var positions: [String: [Int]] = [:]
        for (index, word) in bodyWords.enumerated() { positions[word, default: []].append(index) }
        for length in stride(from: min(6, titleWords.count), through: 2, by: -1) {
            var best: (count: Int, start: Int)?
            for start in 0...(titleWords.count - length) {
                let run = titleWords[start..<(start + length)]
                guard let first = run.first, let last = run.last, !stopWords.contains(first), !stopWords.contains(last) else { continue }
                let count = (positions[first] ?? []).filter { position in
                    position + length <= bodyWords.count && bodyWords[position..<(position + length)].elementsEqual(run)
                }.count
                if count >= 2, count > (best?.count ?? 0) { best = (count, start) }
            }
            if let best {
                let run = Array(titleWords[best.start..<(best.start + length)])
                return Topic(phrase: TargetKey.originalSpan(of: run, in: title) ?? run.joined(separator: " "),
                             key: run.joined(separator: "_"), head: run[run.count - 1])
            }
        }
        return nil
    }

}
