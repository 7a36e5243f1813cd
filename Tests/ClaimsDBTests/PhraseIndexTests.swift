@testable import ClaimsExtract
import Testing

@Suite struct PhraseIndexTests {
    @Test func longestPhraseWinsAndCaseRulesHold() {
        var words = WordTable()
        var index = PhraseIndex<String>()
        index.insert("World Bank", "WB", words: &words)
        index.insert("World Bank Group", "WBG", words: &words)
        index.insert("WHO", "WHO", caseSensitive: true, words: &words)
        let sentence = sentenceTokens("the World Bank Group and who", words)
        #expect(index.match(sentence, at: 1)?.value == "WBG")
        #expect(index.match(sentence, at: 1)?.length == 3)
        #expect(index.match(sentence, at: 5) == nil)
        #expect(index.match(sentenceTokens("the WHO said", words), at: 1)?.value == "WHO")
    }

    @Test func positionsPastEitherEndFindNothing() {
        var words = WordTable()
        var index = PhraseIndex<String>()
        index.insert("mln dlrs", "x", words: &words)
        let sentence = sentenceTokens("5 mln dlrs", words)
        #expect(index.match(sentence, at: sentence.count) == nil)
        #expect(index.match(sentence, at: -1) == nil)
        #expect(index.match(sentence, endingBefore: 0) == nil)
        #expect(index.match(sentence, endingBefore: sentence.count)?.value == "x")
        #expect(index.match(sentence, endingBefore: sentence.count + 1) == nil)
    }

    @Test func anExactPhraseOutranksAFoldedOneOfTheSameLength() {
        var words = WordTable()
        var index = PhraseIndex<String>()
        index.insert("who", "folded", words: &words)
        index.insert("WHO", "exact", caseSensitive: true, words: &words)
        #expect(index.match(sentenceTokens("WHO", words), at: 0)?.value == "exact")
        #expect(index.match(sentenceTokens("Who", words), at: 0)?.value == "folded")
    }
}
