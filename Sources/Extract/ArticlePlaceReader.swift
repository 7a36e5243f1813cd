import ClaimsNormalize
import ClaimsSeeds
import Foundation

/// Reads ``ArticlePlace``: a wire story's dateline (as the country stood when it was filed),
/// else the country its title and first paragraph name most; and whether its lead is about
/// a company.
struct ArticlePlaceReader: Sendable {
    let places: PhraseIndex<String>
    /// Lower-cased dateline city -> its country.
    let datelineCities: [String: String]
    /// "Inc", "Ltd", "AG", as written.
    let companySuffixes: WordSet
    let formerStates: [PlaceVocabulary.FormerState]
    let words: WordTable
    let splitter: SentenceSplitter

    func place(of document: Document, bytes: [UInt8]) -> ArticlePlace {
        if let dateline = document.meta["dateline"], let city = dateline.split(separator: ",").first,
            let code = datelineCities[city.trimmingCharacters(in: Self.datelineEdges).lowercased()]
        {
            // the lead (its first two sentences, as a name's initials may end the first) says
            // whose story it is
            let block = document.blocks.first { $0.kind.carriesClaims }
            let lead = block.map { splitter.sentences(bytes, from: $0.start, to: $0.end).prefix(2) } ?? []
            let leadTokens = lead.last.map { Tokenizer.tokens(bytes, from: lead[lead.startIndex].lowerBound, to: $0.upperBound, words: words) } ?? []
            return ArticlePlace(code: state(code, on: document.published), fromDateline: true,
                                isCompanyStory: leadTokens.contains { $0.isCapitalized && companySuffixes.contains($0.form) })
        }
        return ArticlePlace(code: mostNamed(document, bytes: bytes))
    }

    /// "WASHINGTON -" with no date: the dash is no part of the city.
    private static let datelineEdges = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "-"))

    /// "RU" filed in 1987 is "SU".
    private func state(_ code: String, on published: String?) -> String {
        guard let published else { return code }
        let day = String(published.prefix(10))
        return formerStates.first { $0.code == code && day <= $0.until }?.was ?? code
    }

    /// The country the title and first paragraph name at least twice and twice as often as any other.
    private func mostNamed(_ document: Document, bytes: [UInt8]) -> String? {
        var counts: [String: Int] = [:]
        let lead = document.blocks.filter { $0.kind == .title || $0.kind.carriesClaims }.prefix(2)
        for block in lead {
            let tokens = Tokenizer.tokens(bytes, from: block.start, to: block.end, words: words)
            var i = 0
            while i < tokens.count {
                if let (length, code) = places.match(tokens, at: i) {
                    counts[code, default: 0] += 1
                    i += length
                } else {
                    i += 1
                }
            }
        }
        let ranked = counts.sorted { $0.value > $1.value }
        guard let top = ranked.first, top.value >= 2 else { return nil }
        if ranked.count > 1, ranked[1].value * 2 > top.value { return nil }
        return top.key
    }
}
