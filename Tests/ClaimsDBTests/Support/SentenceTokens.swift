@testable import ClaimsExtract

/// The tokens of a one-sentence text, with ids from `words`, as the extractor would read them.
func sentenceTokens(_ text: String, _ words: WordTable) -> [Token] {
    let bytes = Array(text.utf8)
    return Tokenizer.tokens(bytes, from: 0, to: bytes.count, words: words)
}
