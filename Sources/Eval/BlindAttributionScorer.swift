import ClaimsExtract

/// Scores attribution to anyone on a blind set: the sources a sentence's claims are attributed
/// to against the reader's, registry institutions by key and everyone else (organisations and
/// people outside the registry) by name, one name inside the other ("Brown" is "Gordon
/// Brown", "Ministry of Finance" is "Japan's Ministry of Finance"). Scored for all sources and
/// for registry sources alone.
struct BlindAttributionScorer {
    /// Lower-cased alias or name -> registry key, so that a reader's name of a registry source
    /// matches its key.
    let sourceKeys: [String: String]
    private(set) var sentences = 0
    private(set) var all = Score()
    private(set) var registry = Score()
    private(set) var mentions = Score()
    private(set) var errors: [String] = []

    init(sourceKeys: [String: String]) {
        self.sourceKeys = sourceKeys
    }

    mutating func add(_ label: LabelledSentence, sentence: String, citations: [SourceCitation]) {
        sentences += 1
        var lines: [String] = []
        let gold = label.sources ?? []
        for role in ["attributed", "mentioned"] {
            var expected = gold.filter { $0.role == role }.map { Named(key: $0.key ?? key(of: $0.name), name: $0.name ?? $0.key ?? "") }
            let found = citations.filter { $0.role.rawValue == role }.map { Named(key: $0.isCurated ? $0.key : key(of: $0.name), name: $0.name) }
            var score = Score()
            var registryScore = Score()
            for source in found {
                if let index = expected.firstIndex(where: { $0.isSame(as: source) }) {
                    let match = expected.remove(at: index)
                    score.truePositives += 1
                    if match.key != nil { registryScore.truePositives += 1 }
                } else {
                    score.falsePositives += 1
                    if source.key != nil { registryScore.falsePositives += 1 }
                    lines.append("  extra \(role) \(source.key ?? source.name)")
                }
            }
            for source in expected {
                score.falseNegatives += 1
                if source.key != nil { registryScore.falseNegatives += 1 }
                lines.append("  missed \(role) \(source.key ?? source.name)")
            }
            if role == "attributed" {
                all += score
                registry += registryScore
            } else {
                mentions += score
            }
        }
        if !lines.isEmpty { errors.append("\(label.locator): \(sentence)\n" + lines.joined(separator: "\n")) }
    }

    private func key(of name: String?) -> String? {
        guard let name else { return nil }
        return sourceKeys[Self.normalized(name)]
    }

    /// A source by registry key, or by name outside the registry.
    private struct Named {
        var key: String?
        var name: String

        func isSame(as other: Named) -> Bool {
            if let key, let otherKey = other.key { return key == otherKey }
            if key != nil || other.key != nil { return false }
            let left = " " + BlindAttributionScorer.normalized(name) + " "
            let right = " " + BlindAttributionScorer.normalized(other.name) + " "
            return left.contains(right) || right.contains(left)
        }
    }

    /// Lower case, without "the", possessives and punctuation: "the Bank of Canada's" is
    /// "bank of canada".
    static func normalized(_ name: String) -> String {
        var words: [String] = []
        for word in name.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").split(separator: " ") {
            var word = String(word)
            if word.hasSuffix("'s") { word.removeLast(2) }
            word = String(word.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
            if !word.isEmpty { words.append(word) }
        }
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
