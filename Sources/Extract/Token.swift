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
    /// Lower case, for vocabulary look-ups.
    var lower: String

    var isCapitalized: Bool { text.first.map { $0.isUppercase } ?? false }
    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    func `is`(_ word: String) -> Bool { lower == word }
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
