/// A word, number or punctuation mark of a sentence, located by UTF-8 byte offsets into
/// the document body.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        case punctuation
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// Whether blank space (or the sentence start) comes before it: "$23bn" is glued,
    /// "23 billion" is not.
    var spaced: Bool
    /// The token's text as written.
    var text: String
    /// Lower case (the same string as `text` when that has no capitals).
    var lower: String
    /// The id of `lower` in the extractor's ``WordTable``, for vocabulary look-ups.
    var word: Word
    /// The id of `text`, for look-ups that respect case; ``Word/unknown`` whenever `word` is.
    var form: Word
    /// Whether its first character is upper case.
    var isCapitalized: Bool

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    /// Whether the token is `word` in lower case; the lengths are compared first, which is
    /// all most comparisons need.
    @inline(__always)
    func `is`(_ word: String) -> Bool { lower.utf8.count == word.utf8.count && lower == word }
    /// Whether the token is any of `words` (each in lower case). It reads the token where it
    /// stands: `words.contains(where: token.is)` copies the token into a closure first.
    @inline(__always)
    func isAny(of words: [String]) -> Bool {
        for word in words where self.is(word) { return true }
        return false
    }
}

extension ArraySlice where Element == Token {
    /// The tokens' text with a space wherever the source text had blank space.
    var writtenText: String {
        var out = ""
        for token in self {
            if !out.isEmpty && token.spaced { out += " " }
            out += token.text
        }
        return out
    }
}
