import ClaimsNormalize
import ClaimsSeeds
import Foundation

/// Reads ``ArticlePlace``: a wire story's dateline (as the country stood when it was filed),
/// else a headline about a country, else the country its title and first paragraph name
/// most; and whether a wire story's lead is about a company.
///
/// A class, immutable once built: the extractor reads it through a closure made for each
/// article, and a struct this size was copied out of that closure at every call.
final class ArticlePlaceReader: Sendable {
    let places: PhraseIndex<String>
    /// Lower-cased dateline city -> its country.
    let datelineCities: [String: String]
    /// "Inc", "Ltd", "AG", as written.
    let companySuffixes: WordSet
    let formerStates: [PlaceVocabulary.FormerState]
    let words: WordTable
    let splitter: SentenceSplitter
    /// Country names alone, for a headline about a country.
    let countryNames: PhraseIndex<String>
    let clauseParser: ClauseParser

    init(places: PhraseIndex<String>, datelineCities: [String: String], companySuffixes: WordSet, formerStates: [PlaceVocabulary.FormerState],
         words: WordTable, splitter: SentenceSplitter, countryNames: PhraseIndex<String>, clauseParser: ClauseParser) {
        self.places = places
        self.datelineCities = datelineCities
        self.companySuffixes = companySuffixes
        self.formerStates = formerStates
        self.words = words
        self.splitter = splitter
        self.countryNames = countryNames
        self.clauseParser = clauseParser
    }

    func place(of document: Document, bytes: [UInt8]) -> ArticlePlace {
        if let dateline = document.meta["dateline"], let city = dateline.split(separator: ",", maxSplits: 1).first,
            let code = datelineCities[Self.trimmed(city).lowercased()]
        {
            // the lead (its first two sentences, as a name's initials may end the first) says
            // whose story it is
            let block = document.blocks.first { $0.kind.carriesClaims }
            let lead = block.map { splitter.sentences(bytes, from: $0.start, to: $0.end, limit: 2) } ?? []
            let isCompanyStory = lead.last.map { last in
                Tokenizer.containsCapitalized(bytes, from: lead[lead.startIndex].lowerBound, to: last.upperBound, words: words) {
                    companySuffixes.contains($0)
                }
            } ?? false
            return ArticlePlace(code: state(code, on: document.published), fromDateline: true, isCompanyStory: isCompanyStory)
        }
        if let code = headlineCountry(document, bytes: bytes) { return ArticlePlace(code: code, fromHeadline: true) }
        return ArticlePlace(code: mostNamed(document, bytes: bytes))
    }

    /// A headline whose first phrase is a country ("China 'blocks news site'") or that says
    /// where it happens ("Podcast listening soars in Canada"): the story is that country's.
    /// Not a country that modifies ("US woman sues", "UK Coal plunges").
    private func headlineCountry(_ document: Document, bytes: [UInt8]) -> String? {
        guard let title = document.blocks.first(where: { $0.kind == .title }) else { return nil }
        let tokens = Tokenizer.tokens(bytes, from: title.start, to: title.end, words: words)
        guard !tokens.isEmpty else { return nil }
        let structure = clauseParser.structure(of: tokens)
        if let first = structure.phrases.first, first.start == 0, let code = country(first, tokens) { return code }
        for pp in structure.prepositions where tokens[pp.preposition].is("in") {
            if let object = pp.object, structure.phrases[object].end == tokens.count, let code = country(structure.phrases[object], tokens) { return code }
        }
        return nil
    }

    /// The country a phrase is and nothing else.
    private func country(_ phrase: NounPhrase, _ tokens: [Token]) -> String? {
        var start = phrase.start
        if tokens[start].is("the") { start += 1 }
        guard start < phrase.end, let (length, code) = countryNames.match(tokens, at: start), start + length == phrase.end else { return nil }
        return code
    }

    /// "WASHINGTON -" with no date: the dash is no part of the city, nor the spaces around it.
    private static func trimmed(_ city: Substring) -> Substring {
        func isEdge(_ c: Character) -> Bool { c == "-" || (c.isWhitespace && !c.isNewline) }
        var city = city
        while let first = city.first, isEdge(first) { city = city.dropFirst() }
        while let last = city.last, isEdge(last) { city = city.dropLast() }
        return city
    }


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
