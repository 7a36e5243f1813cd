/// The forms a word can be as a verb: "cut" is a base, a past and a participle.
struct VerbForms: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let base = VerbForms(rawValue: 1)
    static let present = VerbForms(rawValue: 2)
    static let past = VerbForms(rawValue: 4)
    static let participle = VerbForms(rawValue: 8)
    static let gerund = VerbForms(rawValue: 16)

    /// The regular forms of a verb base: "plan" -> plans, planned, planning. Where English
    /// may or may not double a final consonant ("total", "cancel", "benefit"), both spellings
    /// are made; a spelling no text uses costs nothing.
    static func regularForms(of base: String) -> [(String, VerbForms)] {
        var forms: [(String, VerbForms)] = [(base, .base)]
        let letters = Array(base)
        guard let last = letters.last else { return forms }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let beforeLast = letters.count >= 2 ? letters[letters.count - 2] : " "
        // third person
        if base.hasSuffix("s") || base.hasSuffix("x") || base.hasSuffix("z") || base.hasSuffix("ch") || base.hasSuffix("sh") || base.hasSuffix("o") {
            forms.append((base + "es", .present))
        } else if last == "y", !vowels.contains(beforeLast) {
            forms.append((String(letters.dropLast()) + "ies", .present))
        } else {
            forms.append((base + "s", .present))
        }
        // past and participle, gerund
        var stems: [String] = []
        if last == "e" {
            forms.append((base + "d", [.past, .participle]))
            let ing = base.hasSuffix("ee") || base.hasSuffix("ye") || base.hasSuffix("oe") ? base + "ing" : String(letters.dropLast()) + "ing"
            forms.append((ing, .gerund))
            return forms
        }
        if last == "y", !vowels.contains(beforeLast) {
            forms.append((String(letters.dropLast()) + "ied", [.past, .participle]))
            forms.append((base + "ing", .gerund))
            return forms
        }
        stems.append(base)
        let consonantVowelConsonant = letters.count >= 3 && !vowels.contains(last) && !"wxy".contains(last)
            && vowels.contains(beforeLast) && !vowels.contains(letters[letters.count - 3])
        if consonantVowelConsonant { stems.append(base + String(last)) }
        for stem in stems {
            forms.append((stem + "ed", [.past, .participle]))
            forms.append((stem + "ing", .gerund))
        }
        return forms
    }
}
