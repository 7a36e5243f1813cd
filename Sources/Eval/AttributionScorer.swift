import ClaimsExtract

/// Scores attribution (which sources a claim is attributed to) and stances (actor and
/// polarity) against labels.
struct AttributionScorer {
    /// Lower-cased alias or key -> registry key, so that "World Bank" and "WORLD_BANK" name one actor.
    let sourceKeys: [String: String]
    var attribution = Score()
    var mentions = Score()
    var stances = Score()
    var errors: [String] = []

    mutating func add(_ label: LabelledSentence, sentence: String, claims: [Claim]) {
        var sentenceErrors: [String] = []
        let gold = label.sources ?? []
        // these sets label the registry's sources only
        let extracted = claims.flatMap(\.sources).filter(\.isCurated)
        for role in ["attributed", "mentioned"] {
            let expected = Set(gold.filter { $0.role == role }.compactMap(\.key))
            let found = Set(extracted.filter { $0.role.rawValue == role }.map(\.key))
            var score = Score()
            score.truePositives = expected.intersection(found).count
            score.falsePositives = found.subtracting(expected).count
            score.falseNegatives = expected.subtracting(found).count
            if role == "attributed" { attribution += score } else { mentions += score }
            for key in found.subtracting(expected) { sentenceErrors.append("  extra \(role) \(key)") }
            for key in expected.subtracting(found) { sentenceErrors.append("  missed \(role) \(key)") }
        }
        var goldStances = label.stances ?? []
        var unmatched: [Stance] = []
        // names first, then country codes, so that two US institutions do not swap
        for stance in claims.flatMap(\.stances) {
            if let index = goldStances.firstIndex(where: { sameName($0, stance) }) {
                goldStances.remove(at: index)
                stances.truePositives += 1
            } else {
                unmatched.append(stance)
            }
        }
        for stance in unmatched {
            if let index = goldStances.firstIndex(where: { sameCountry($0, stance) }) {
                goldStances.remove(at: index)
                stances.truePositives += 1
            } else {
                stances.falsePositives += 1
                sentenceErrors.append("  extra stance \(stance.actor) \(stance.polarity.rawValue)")
            }
        }
        for missing in goldStances {
            stances.falseNegatives += 1
            sentenceErrors.append("  missed stance \(missing.actor) \(missing.polarity)")
        }
        if !sentenceErrors.isEmpty {
            errors.append("\(label.locator): \(sentence)\n" + sentenceErrors.joined(separator: "\n"))
        }
    }

    /// Same polarity and the same actor by name: registry names compared by key, and one
    /// name inside the other ("exporters" in "exporters to the EC", "Lugar" in "Richard Lugar").
    private func sameName(_ gold: GoldStance, _ stance: Stance) -> Bool {
        guard gold.polarity == stance.polarity.rawValue else { return false }
        let left = " " + normalized(gold.actor) + " "
        let right = " " + normalized(stance.actor) + " "
        return left.contains(right) || right.contains(left)
    }

    /// Same polarity and the same country ("Moscow" labelled Russia, found as Russia).
    private func sameCountry(_ gold: GoldStance, _ stance: Stance) -> Bool {
        guard gold.polarity == stance.polarity.rawValue, let a = gold.actor_country, let b = stance.actorCountry else { return false }
        return a == b
    }

    private func normalized(_ actor: String) -> String {
        var name = actor.lowercased()
        for article in ["the ", "some ", "many "] where name.hasPrefix(article) { name.removeFirst(article.count) }
        return sourceKeys[name].map { $0.lowercased() } ?? name
    }
}
