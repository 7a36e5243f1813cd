/// Reads the country a figure is about: "military aid to Ukraine" -> UA, "Ukraine's
/// growth" -> UA. Names come from Foundation's Locale and `seeds/places.json`.
struct PlaceResolver: Sendable {
    let places: PhraseIndex<String>

    func place(for span: FigureSpan, in tokens: [Token], nextFigureStart: Int) -> String? {
        // after: "to Ukraine", "in Ukraine", "for the Ukrainian economy"
        var j = span.end
        let limit = min(nextFigureStart, span.end + 8, tokens.count)
        while j < limit {
            if tokens[j].is(",") || tokens[j].is(";") { break }
            if let (_, code) = places.match(tokens, at: j), j > span.end,
                ["to", "in", "for", "of", "the", "into"].contains(tokens[j - 1].lower)
            {
                return code
            }
            j += 1
        }
        // before: "Ukraine's economy grew 3 pct", "Russian exports of 5 mln tonnes"
        var k = span.start - 1
        while k >= 0, k >= span.start - 12 {
            if tokens[k].is(",") || tokens[k].is(";") { break }
            if let (length, code) = places.match(tokens, at: k), k + length <= span.start {
                let following = k + length
                let possessive = following < tokens.count && (tokens[following].is("’") || tokens[following].is("'"))
                let adjectival = following < tokens.count
                    && ((tokens[following].isWord && !tokens[following].isCapitalized) || tokens[following].isNumber)  // "Argentine 1986/87 exports"
                if possessive || adjectival { return code }
            }
            k -= 1
        }
        return nil
    }
}
