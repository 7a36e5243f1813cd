import ClaimsExtract
import ClaimsNormalize
import Testing

/// One test per way a sentence attributes a claim to a source, or only mentions it.
@Suite struct AttributionTests {
    private let extractor: Extractor

    init() throws {
        extractor = try Extractor.builtIn()
    }

    private func sources(_ sentence: String) -> [SourceCitation] {
        let document = Document(format: .text, body: sentence, blocks: [Block(kind: .paragraph, start: 0, end: sentence.utf8.count)])
        return extractor.claims(in: document).flatMap(\.sources)
    }

    private func attributed(_ sentence: String) -> [String] {
        sources(sentence).filter { $0.role == .attributed }.map(\.key)
    }

    private func mentioned(_ sentence: String) -> [String] {
        sources(sentence).filter { $0.role == .mentioned }.map(\.key)
    }

    @Test func accordingTo() {
        #expect(attributed("According to the World Bank, growth will slow.") == ["WORLD_BANK"])
    }

    @Test func reportingVerbs() {
        for verb in ["said", "says", "projects", "estimates", "confirms", "predicts", "reported", "warned", "expects"] {
            #expect(attributed("The IMF \(verb) growth will slow.") == ["IMF"], "\(verb)")
        }
        #expect(attributed("The IMF has also said growth will slow.") == ["IMF"])
    }

    @Test func possessiveEvidence() {
        for noun in ["data", "report", "survey", "estimates"] {
            #expect(attributed("The World Bank's \(noun) show growth slowing.") == ["WORLD_BANK"], "\(noun)")
        }
        #expect(attributed("Estimates from the OECD put growth at 2 pct.") == ["OECD"])
    }

    @Test func coordinatedSourcesShareTheCue() {
        #expect(attributed("Recovery is possible, as supported by the World Bank and IMF.") == ["WORLD_BANK", "IMF"])
        #expect(attributed("The International Monetary Fund, IMF, said it approved the loan.") == ["IMF"])
    }

    @Test func sponsoredSurveysAndOfficials() {
        #expect(attributed("An IMF-sponsored survey said inflation would ease.") == ["IMF"])
        #expect(attributed("World Bank officials said lending would rise.") == ["WORLD_BANK"])
    }

    @Test func trailingSaidCoversTheSentence() {
        #expect(attributed("Lending rose to 4.8 billion dlrs last year, the World Bank said.") == ["WORLD_BANK"])
        #expect(attributed("Lending rose to 4.8 billion dlrs last year, said the World Bank.") == ["WORLD_BANK"])
    }

    @Test func unnamedSpeakersAttributeToNobody() {
        let sentence = "The World Bank's annual lending rose to 4.8 billion dlrs, he said."
        #expect(attributed(sentence).isEmpty)
        #expect(mentioned(sentence) == ["WORLD_BANK"])
        #expect(attributed("Lending will rise, sources said.").isEmpty)
    }

    @Test func aNameInsideAnotherNameIsNoMention() {
        #expect(sources("The talks were held by the United Nations Conference on Trade and Development.").isEmpty)
        #expect(sources("The NATO-style plan was welcomed.").isEmpty)
        #expect(sources("Who said the fed cattle were sold?").isEmpty)
    }

    @Test func speakersWithTitlesSpeakForTheirInstitution() {
        let conable = sources("World Bank President Barber Conable said lending would rise.").first
        #expect(conable?.role == .attributed)
        #expect(conable?.speaker == "Barber Conable")
        let baker = sources("Treasury Secretary James Baker said the dollar was stable.").first
        #expect(baker?.key == "US_TREASURY")
        #expect(baker?.role == .attributed)
        #expect(baker?.speaker == "James Baker")
    }

    @Test func theOutletThatReportsItIsKept() {
        let citation = sources("The Bundesbank would cut rates, Bundesbank officials told the Financial Times.").first
        #expect(citation?.role == .attributed)
        #expect(citation?.outlet == "Financial Times")
        let chained = sources("The IMF will lend more, the Financial Times Deutschland reported, citing IMF officials.").first
        #expect(chained?.outlet == "Financial Times Deutschland")
    }

    @Test func aSubjectWhoseClauseEndsInSayingIsTheSpeaker() {
        #expect(attributed("OPEC rejected calls to raise output, saying the market was supplied.") == ["OPEC"])
    }
}
