@testable import ClaimsExtract
import Testing

@Suite struct PhraseIndexTests {
    private func tokens(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokens(bytes, from: 0, to: bytes.count)
    }

    @Test func longestPhraseWinsAndCaseRulesHold() {
        var index = PhraseIndex<String>()
        index.insert("World Bank", "WB")
        index.insert("World Bank Group", "WBG")
        index.insert("WHO", "WHO", caseSensitive: true)
        let words = tokens("the World Bank Group and who")
        #expect(index.match(words, at: 1)?.value == "WBG")
        #expect(index.match(words, at: 1)?.length == 3)
        #expect(index.match(words, at: 5) == nil)
        #expect(index.match(tokens("the WHO said"), at: 1)?.value == "WHO")
    }

    @Test func positionsPastEitherEndFindNothing() {
        var index = PhraseIndex<String>()
        index.insert("mln dlrs", "x")
        let words = tokens("5 mln dlrs")
        #expect(index.match(words, at: words.count) == nil)
        #expect(index.match(words, at: -1) == nil)
        #expect(index.match(words, endingBefore: 0) == nil)
        #expect(index.match(words, endingBefore: words.count)?.value == "x")
        #expect(index.match(words, endingBefore: words.count + 1) == nil)
    }
}
