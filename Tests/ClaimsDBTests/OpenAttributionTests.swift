import ClaimsExtract
import ClaimsNormalize
import Testing

/// Attribution to anyone: organisations and people outside the registry, read from the
/// clause that reports what they say, and what a later sentence's "he", "the company" or
/// quotation refers to. One test per construction or negative.
@Suite struct OpenAttributionTests {
    private let extractor: Extractor

    init() throws {
        extractor = try Extractor.builtIn()
    }

    /// The citations of each sentence of a text read as one article.
    private func sentences(_ text: String) -> [[SourceCitation]] {
        let document = Document(format: .text, body: text, blocks: [Block(kind: .paragraph, start: 0, end: text.utf8.count)])
        let claims = extractor.claims(in: document)
        return claims.map(\.sources)
    }

    private func attributed(_ text: String) -> [String] {
        sentences(text).last?.filter { $0.role == .attributed }.map(\.key) ?? []
    }

    private func citation(_ key: String, in text: String) -> SourceCitation? {
        sentences(text).last?.first { $0.key == key }
    }

    @Test func theSubjectOfAReportingVerbIsTheSourceWhoeverItIs() {
        #expect(attributed("The Farmers Union of Wales warned that milk prices would fall.") == ["FARMERS_UNION_OF_WALES"])
        let union = citation("FARMERS_UNION_OF_WALES", in: "The Farmers Union of Wales warned that milk prices would fall.")
        #expect(union?.kind == .union)
        #expect(union?.isCurated == false)
        #expect(union?.name == "Farmers Union of Wales")
    }

    @Test func aSpeakerAfterTheQuoteOrTheVerbIsTheSource() {
        #expect(attributed("Sales rose sharply, said Peter Walsh of the Regional Research Institute.")
            == ["PETER_WALSH", "REGIONAL_RESEARCH_INSTITUTE"])
        #expect(citation("REGIONAL_RESEARCH_INSTITUTE", in: "Sales rose sharply, said Peter Walsh of the Regional Research Institute.")?.kind
            == .researchInstitute)
    }

    @Test func aPersonSpeaksForTheOrganisationTheirTitleNames() {
        let text = "\"We want the ships back,\" Anna Meyer, a Northwind Freight spokeswoman, told reporters."
        #expect(attributed(text) == ["ANNA_MEYER", "NORTHWIND_FREIGHT"])
        #expect(citation("ANNA_MEYER", in: text)?.title == "spokeswoman")
        #expect(citation("NORTHWIND_FREIGHT", in: text)?.speaker == "Anna Meyer")
        #expect(attributed("A spokesman for the Harbour Authority said talks would resume.") == ["HARBOUR_AUTHORITY"])
    }

    @Test func aMinisterSpeaksForTheMinistryOfTheirCountry() {
        #expect(attributed("West German Finance Minister Gerhard Stoltenberg said rates would stay low.")
            == ["GERHARD_STOLTENBERG", "DE_FINANCE_MINISTRY"])
    }

    @Test func accordingToAndEvidenceThatSpeak() {
        #expect(attributed("According to the Mail on Sunday, the bridge will cost 7 billion pounds.") == ["MAIL_ON_SUNDAY"])
        #expect(attributed("Figures from the Statistics Bureau showed exports rising.") == ["STATISTICS_BUREAU"])
    }

    @Test func evidenceSpeaksForWhoeverMadeIt() {
        #expect(attributed("A Harbour Authority report says fees will rise.") == ["HARBOUR_AUTHORITY"])
        #expect(attributed("According to the Harbour Authority, fees will rise. The report said ships were leaving.") == ["HARBOUR_AUTHORITY"])
    }

    @Test func theOrganisationAtTheEndOfATitleIsWhomThePersonSpeaksFor() {
        #expect(attributed("Costs will fall, said Ina Berg, head of market research at Northwind Freight.") == ["INA_BERG", "NORTHWIND_FREIGHT"])
        #expect(attributed("\"Costs will fall,\" said Ina Berg, Northwind's vice president.") == ["INA_BERG", "NORTHWIND"])
    }

    @Test func anAcronymGivenBesideTheNameIsItsKey() {
        let text = "The Confederation of Coastal Shippers (CCS) said orders fell. The CCS estimated that exports would fall."
        #expect(attributed(text) == ["CCS"])
        #expect(sentences(text).first?.first?.name == "Confederation of Coastal Shippers")
    }

    @Test func aCompanysLegalFormIsNotPartOfItsKey() {
        #expect(attributed("Northwind Freight Ltd said its volumes fell 9 pct.") == ["NORTHWIND_FREIGHT"])
    }

    @Test func heAndTheCompanyReferToTheLastOneThatFits() {
        #expect(attributed("Northwind Freight Ltd said volumes fell. The company said margins would improve.") == ["NORTHWIND_FREIGHT"])
        #expect(attributed("Finance Minister Piotr Kowal spoke in Warsaw on Monday. He said the budget would balance.") == ["PIOTR_KOWAL"])
        #expect(attributed("Anna Meyer of Northwind Freight said costs rose. Ms Meyer said they would fall.") == ["ANNA_MEYER", "NORTHWIND_FREIGHT"])
        #expect(attributed("Northwind Freight Ltd said volumes fell. It said margins would improve.") == ["NORTHWIND_FREIGHT"])
    }

    @Test func aQuotationThatRunsOnSpeaksForTheSameSpeaker() {
        let text = "\"We will cut costs,\" said Anna Meyer of Northwind Freight. \"Nothing else will do.\""
        #expect(attributed(text) == ["ANNA_MEYER", "NORTHWIND_FREIGHT"])
    }

    @Test func unresolvedStaysUnattributed() {
        #expect(attributed("He said the budget would balance.") == [])
        #expect(attributed("The company said margins would improve.") == [])
        #expect(attributed("Analysts said margins would improve.") == [])
    }

    @Test func anOrganisationInsideTheSpeakersPhraseIsNotTheSource() {
        #expect(attributed("Critics of the Kiel Institute say the plan is flawed.") == [])
        #expect(attributed("Growth was ahead of IMF forecasts, officials said.") == [])
        #expect(attributed("The loan pays for 21 World Bank projects.") == [])
    }

    @Test func whatIsNotSaidYetIsNotAttributed() {
        #expect(attributed("Northwind Freight could not confirm the figure.") == [])
        #expect(attributed("Northwind Freight declined to say how many containers it moved.") == [])
        #expect(attributed("Piotr Kowal did not admit or deny the charges.") == [])
    }

    @Test func itRefersToTheSubjectBeforeItInTheSentence() {
        let text = "Northwind Freight Ltd said volumes fell. The Harbour Authority cut its fees because it says ships are leaving."
        #expect(attributed(text) == ["HARBOUR_AUTHORITY"])
    }

    @Test func aPlaceOrADayIsNoSpeaker() {
        #expect(attributed("A group based in Fort Worth, Texas, said it holds a 24.9 pct stake.") == [])
        #expect(attributed("On Wednesday, a spokesman said talks would resume.") == [])
    }

    @Test func whoLeadsAGovernmentAndTheGovernmentAreTheCountrysOne() {
        #expect(attributed("Poland's prime minister said taxes would fall.") == ["PL_GOVERNMENT"])
        #expect(attributed("Poland's president said taxes would fall.") == ["PL_GOVERNMENT"])
        #expect(attributed("Poland's vice president said taxes would fall.") == [])
        #expect(attributed("The Polish government said taxes would fall.") == ["PL_GOVERNMENT"])
        #expect(citation("PL_GOVERNMENT", in: "The Polish government said taxes would fall.")?.name == "Poland government")
    }

    @Test func registryNamesMatchInAnyCase() {
        #expect(attributed("The Congressional budget Office estimated the deficit at 200 billion dlrs.") == ["CBO"])
    }
}
