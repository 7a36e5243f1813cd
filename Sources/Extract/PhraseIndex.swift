/// Multi-word phrases looked up against a sentence's tokens, longest match first.
///
/// Phrases are tokenized the same way as text, so "U.S. Defense Department" or "per cent"
/// match however the sentence spaces them. Each phrase is matched either ignoring case or
/// exactly (acronyms and single words, so that "WHO" is not "who").
struct PhraseIndex<Value: Sendable>: Sendable {
    private var folded: [String: Value] = [:]
    private var exact: [String: Value] = [:]
    /// Lower-cased first and last tokens of every phrase: most tokens start none, so most
    /// look-ups end at one set probe instead of building keys.
    private var firstWords: Set<String> = []
    private var lastWords: Set<String> = []
    private(set) var maxLength = 0

    mutating func insert(_ phrase: String, _ value: Value, caseSensitive: Bool = false) {
        let bytes = Array(phrase.utf8)
        let tokens = Tokenizer.tokens(bytes, from: 0, to: bytes.count)
        guard let first = tokens.first, let last = tokens.last else { return }
        maxLength = max(maxLength, tokens.count)
        firstWords.insert(first.lower)
        lastWords.insert(last.lower)
        if caseSensitive {
            let key = Self.key(tokens.map(\.text))
            if exact[key] == nil { exact[key] = value }
        } else {
            let key = Self.key(tokens.map(\.lower))
            if folded[key] == nil { folded[key] = value }
        }
    }

    /// The longest phrase starting at token `i`: its length in tokens and its value.
    func match(_ tokens: [Token], at i: Int, maxTokens: Int? = nil) -> (length: Int, value: Value)? {
        let limit = min(maxTokens ?? maxLength, maxLength, tokens.count - i)
        guard limit > 0, firstWords.contains(tokens[i].lower) else { return nil }
        for length in stride(from: limit, through: 1, by: -1) {
            if let value = lookup(tokens[i..<(i + length)]) { return (length, value) }
        }
        return nil
    }

    /// The longest phrase ending just before token `end`.
    func match(_ tokens: [Token], endingBefore end: Int) -> (length: Int, value: Value)? {
        let limit = min(maxLength, end)
        guard limit > 0, lastWords.contains(tokens[end - 1].lower) else { return nil }
        for length in stride(from: limit, through: 1, by: -1) {
            if let value = lookup(tokens[(end - length)..<end]) { return (length, value) }
        }
        return nil
    }

    /// The value of a phrase given as words separated by single spaces, ignoring case.
    func value(of phrase: String) -> Value? {
        folded[phrase.lowercased()]
    }

    /// Whether some phrase starts with this token's word: a cheap test before the real look-ups.
    func mayStart(_ token: Token) -> Bool { firstWords.contains(token.lower) }

    private func lookup(_ slice: ArraySlice<Token>) -> Value? {
        if slice.count == 1, let token = slice.first {
            return (exact.isEmpty ? nil : exact[token.text]) ?? folded[token.lower]
        }
        if !exact.isEmpty, let value = exact[Self.key(slice.map(\.text))] { return value }
        if let value = folded[Self.key(slice.map(\.lower))] { return value }
        return nil
    }

    private static func key(_ parts: [String]) -> String { parts.joined(separator: " ") }
}
