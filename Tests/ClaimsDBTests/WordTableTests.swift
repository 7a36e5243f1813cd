@testable import ClaimsExtract
import Testing

@Suite struct WordTableTests {
    @Test func aTokenCarriesTheIdsOfItsLowerCaseAndItsWrittenForm() {
        var words = WordTable()
        let nato = words.intern("NATO")
        let token = sentenceTokens("Nato NATO nato", words)
        #expect(token.map(\.word) == [words.word("nato"), words.word("nato"), words.word("nato")])
        #expect(token.map(\.form) == [.unknown, nato, words.word("nato")])
        #expect(token.allSatisfy { $0.word.isKnown })
    }

    @Test func wordsNoVocabularyHoldsAreUnknown() {
        var words = WordTable()
        words.intern("bank")
        let token = sentenceTokens("Banks bank", words)
        #expect(token[0].word == .unknown && token[0].form == .unknown)
        #expect(token[1].word == words.word("bank"))
    }

    @Test func nonASCIIWordsMatchAsSwiftStringsDo() {
        var words = WordTable()
        let cafe = words.intern("caf\u{E9}")
        // the same word with a combining accent, and in upper case
        #expect(sentenceTokens("cafe\u{301} CAF\u{C9}", words).map(\.word) == [cafe, cafe])
    }

    @Test func aWordSpelledWithACompatibilitySignMatchesItsASCIISpelling() {
        var words = WordTable()
        let kelvin = words.intern("\u{212A}")
        #expect(sentenceTokens("K", words).first?.form == kelvin)
    }

    @Test func theTableGrowsPastItsFirstSize() {
        var words = WordTable()
        // "aaa", "aab", ... : 5,000 words of three letters
        let letters: [Character] = Array("abcdefghijklmnopqrstuvwxyz")
        var texts: [String] = []
        for n in 0..<5_000 { texts.append(String([letters[n / 676], letters[n / 26 % 26], letters[n % 26]])) }
        let all = texts.map { words.intern($0) }
        #expect(Set(all).count == 5_000)
        let sentence = texts[4_999] + " " + texts[17].uppercased()
        #expect(sentenceTokens(sentence, words).map(\.word) == [all[4_999], all[17]])
    }

    @Test func setsAndMapsAnswerForUnknownAndLateWords() {
        var words = WordTable()
        let set = WordSet(["a", "b"], in: &words)
        let map = WordMap(["c": 3], in: &words)
        let late = words.intern("zzz")
        #expect(set.contains(words.word("a")) && !set.contains(late) && !set.contains(.unknown))
        #expect(map[words.word("c")] == 3 && map[late] == nil && map[.unknown] == nil)
    }
}
