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
    /// The body is the prose of `ranges` of `bytes` (a document's claim-bearing blocks).
    static func of(title: String?, prose ranges: [Range<Int>], in bytes: [UInt8], stopWords: Set<String>) -> Topic? {
        guard let title else { return nil }
        let titleWords = TargetKey.words(title)
        guard titleWords.count >= 2 else { return nil }
        let scanner = TitleWordScanner(titleWords)
        let titleCodes = titleWords.map { scanner.code(of: $0) }
        let bodyCodes = scanner.codes(of: ranges, in: bytes)
        var positions = [[Int]](repeating: [], count: scanner.words.count)
        for (index, code) in bodyCodes.enumerated() where code >= 0 { positions[Int(code)].append(index) }
        for length in stride(from: min(6, titleWords.count), through: 2, by: -1) {
            var best: (count: Int, start: Int)?
            for start in 0...(titleWords.count - length) {
                let run = titleCodes[start..<(start + length)]
                guard let first = run.first, !stopWords.contains(titleWords[start]), !stopWords.contains(titleWords[start + length - 1])
                else { continue }
                let count = positions[Int(first)].filter { position in
                    position + length <= bodyCodes.count && bodyCodes[position..<(position + length)].elementsEqual(run)
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
