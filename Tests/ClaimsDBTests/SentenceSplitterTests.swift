@testable import ClaimsExtract
import ClaimsNormalize
import Testing

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) throws -> [String] {
        let document = try Normalizer.builtIn().normalize(Array(text.utf8), format: .text)
        let lexicon = try Lexicon.builtIn()
        let splitter = SentenceSplitter(abbreviations: lexicon.abbreviations)
        let bytes = Array(document.body.utf8)
        return document.blocks.filter(\.kind.carriesClaims).flatMap { block in
            splitter.sentences(bytes, from: block.start, to: block.end).map { String(decoding: bytes[$0], as: UTF8.self) }
        }
    }

    /// With a limit, the first sentences are the same as without one, and no more are read.
    @Test func aLimitGivesTheFirstSentencesOnly() throws {
        let splitter = SentenceSplitter(abbreviations: try Lexicon.builtIn().abbreviations)
        let bytes = Array("The U.S. Treasury met. Dr. Smith left. Prices fell. Rates rose.".utf8)
        let all = splitter.sentences(bytes, from: 0, to: bytes.count)
        #expect(all.count == 4)
        #expect(splitter.sentences(bytes, from: 0, to: bytes.count, limit: 2) == Array(all.prefix(2)))
        #expect(splitter.sentences(bytes, from: 0, to: bytes.count, limit: 9) == all)
    }

    @Test func abbreviationsDoNotEndSentences() throws {
        let text = "The U.S. Treasury and Dr. Smith met on Jan. 5 at No. 10 Downing Street. Then they left."
        #expect(try sentences(text) == [
            "The U.S. Treasury and Dr. Smith met on Jan. 5 at No. 10 Downing Street.", "Then they left.",
        ])
    }

    @Test func initialsDoNotEndSentences() throws {
        #expect(try sentences("President John F. Kennedy spoke. He left.") == ["President John F. Kennedy spoke.", "He left."])
    }

    @Test func closingQuotesStayWithTheirSentence() throws {
        #expect(try sentences("He said “it will rise.” Prices fell.") == ["He said “it will rise.”", "Prices fell."])
    }

    @Test func decimalsAreNotBoundaries() throws {
        #expect(try sentences("Growth was 3.2 percent in 2024. It slowed.") == ["Growth was 3.2 percent in 2024.", "It slowed."])
    }

    @Test func hardWrappedLinesFormOneParagraph() throws {
        #expect(try sentences("The IMF said growth\nwould reach 3 pct. Others\ndisagreed.") == [
            "The IMF said growth\nwould reach 3 pct.", "Others\ndisagreed.",
        ])
    }

    @Test func aRunWithoutFullStopsIsCutAtBlanksIntoBoundedPieces() throws {
        let words = (0..<100_000).map { "w\($0)" }
        let pieces = try sentences("Title\n\n" + words.joined(separator: " "))
        #expect(pieces.count > 100)
        #expect(pieces.allSatisfy { $0.utf8.count <= SentenceSplitter.maxSentenceBytes })
        #expect(pieces.flatMap { $0.split(separator: " ").map(String.init) } == words)
    }

    @Test func aRunWithoutBlanksIsCutBetweenCharacters() throws {
        let run = String(repeating: "é", count: 10_000)
        let pieces = try sentences("Title\n\n" + run)
        #expect(pieces.count == 5)
        #expect(pieces.joined() == run)
    }
}

@Suite struct SentenceTrimmingTests {
    @Test func trailingNoBreakAndNarrowSpacesAreTrimmedWhole() throws {
        let lexicon = try Lexicon.builtIn()
        let splitter = SentenceSplitter(abbreviations: lexicon.abbreviations)
        let bytes = Array("Prices rose.\u{202F}\u{00A0}".utf8)
        let ranges = splitter.sentences(bytes, from: 0, to: bytes.count)
        #expect(ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == ["Prices rose."])
    }
}
