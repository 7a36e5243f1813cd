/// Whether a noun phrase names a company or another body rather than what a figure is of: a
/// place inside it ("Ireland-based Elan", "US partner Biogen Idec", "the Japanese carmaker",
/// "India's United Breweries") is the body's nationality, and the body's figures have none.
struct CompanyPhrase: Sendable {
    /// Singular nouns for a company: "carmaker", "bank", "firm".
    let companyNouns: WordSet

    /// The phrase's head is a name (capitalized, not an acronym such as "GNP", not the first
    /// word of the sentence) or a singular company noun.
    func names(_ phrase: NounPhrase, _ tokens: [Token]) -> Bool {
        let head = tokens[phrase.head]
        if companyNouns.contains(head.word) { return true }
        guard head.isCapitalized, phrase.head > 0, head.isWord else { return false }
        return head.text.utf8.contains { $0 >= 97 && $0 <= 122 }
    }
}
