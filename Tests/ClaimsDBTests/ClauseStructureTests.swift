import Testing

import ClaimsExtract

/// The clause layer, one English construction per test: which words it takes for the verb,
/// the subject and the object of each clause.
struct ClauseStructureTests {
    let extractor: Extractor

    init() throws {
        extractor = try Extractor.builtIn()
    }

    /// verb -> (subject head, object head), "-" for none.
    private func heads(_ sentence: String) -> [String: String] {
        let scalars = Array(sentence.unicodeScalars)
        func text(_ range: Range<Int>?) -> String {
            guard let range else { return "-" }
            return String(String.UnicodeScalarView(scalars[range]))
        }
        var found: [String: String] = [:]
        for reading in extractor.clauseReadings(of: sentence) {
            found[text(reading.verb)] = text(reading.subject) + " " + text(reading.object)
        }
        return found
    }

    /// word -> word class, the first reading of each word.
    private func classes(_ sentence: String) -> [String: String] {
        let characters = Array(sentence)
        return Dictionary(extractor.wordClasses(of: sentence).map { (String(characters[$0.range]), $0.wordClass) },
                          uniquingKeysWith: { first, _ in first })
    }

    @Test func aPrepositionalPhraseAfterTheSubjectIsSkipped() {
        #expect(heads("Sugar output in Brazil fell 12 pct last year.")["fell"] == "output pct")
    }

    @Test func aPossessorIsNotTheSubject() {
        #expect(heads("Kenya's economy should expand by about 5 percent this year.")["expand"] == "economy -")
    }

    @Test func aCoordinatedSubjectIsHeadedByItsFirstMember() {
        #expect(heads("France, Germany and Italy oppose the plan.")["oppose"] == "France plan")
    }

    @Test func anAppositionBetweenCommasIsSkipped() {
        #expect(heads("Gerhard Stoltenberg, the West German finance minister, said growth would slow.")["said"] == "Stoltenberg -")
    }

    @Test func aSubjectAfterTheVerbIsRead() {
        #expect(heads("Exports rose 5 pct in March, said the ministry.")["said"] == "ministry -")
    }

    @Test func aRelativePronounIsTheSubjectOfItsClause() {
        #expect(heads("The bank, which lent 5 mln dlrs, said it would lend more.")["lent"] == "which dlrs")
    }

    @Test func aComplementClauseIsNotAnObject() {
        let found = heads("The company said its sales totaled 207.5 mln dlrs last month.")
        #expect(found["said"] == "company -")
        #expect(found["totaled"] == "sales dlrs")
    }

    @Test func thePhraseBeforeAnInfinitiveIsItsSubjectAfterExpect() {
        let found = heads("It expects the deal to close in about 60 days.")
        #expect(found["expects"] == "It -")
        #expect(found["close"] == "deal -")
    }

    @Test func aCopulaTakesANounComplement() {
        #expect(heads("Backlog on September 30, 1987 was 9.3 billion dlrs.")["was"] == "Backlog dlrs")
    }

    @Test func aParticipleAfterTheSubjectModifiesIt() {
        #expect(heads("Computers made by U.S. manufacturers are widely used in the world.")["used"] == "Computers -")
    }

    @Test func aPluralBeforeAVerbIsPartOfTheSubject() {
        #expect(heads("Interest rates rose sharply in January.")["rose"] == "rates -")
    }

    @Test func aTimePhraseIsNotAnObject() {
        #expect(heads("Sales rose last week.")["rose"] == "Sales -")
    }

    /// A word no list knows is classed by its ending, and only when the word is longer than
    /// the ending: "glimorous" like "-ous", "zorbulation" like "-tion", but "ous" itself not.
    @Test func anUnknownWordIsClassedByItsEnding() {
        let byWord = classes("The zorbulation was glimorous and the ous grew.")
        #expect(byWord["zorbulation"] == "noun")
        #expect(byWord["glimorous"] == "adjective")
        #expect(byWord["ous"] == "noun")
    }
    @Test func aBareInfinitiveAfterLetIsTheVerbOfItsObject() {
        #expect(heads("The board let the currency drift lower.")["drift"] != nil)
        #expect(heads("Cheaper loans helped the farm sector recover.")["recover"] != nil)
    }

    @Test func aTimePhraseBetweenSubjectAndVerbIsSkipped() {
        #expect(heads("Exports last month rose 4 pct.")["rose"] == "Exports pct")
    }

    @Test func aFreeRelativeTakesAFiniteVerb() {
        #expect(heads("Nobody knows what happened to the shipment.")["happened"] != nil)
    }

    @Test func theVerbAfterAnAsideBetweenCommasIsFinite() {
        #expect(heads("The gain in margins, after two weak quarters, reflects a cheaper dollar.")["reflects"] == "gain dollar")
    }

    @Test func theSubjectOfASubordinateClauseIsFollowedByItsVerb() {
        #expect(heads("Imports will climb as the harvest shrinks.")["shrinks"] == "harvest -")
    }

    /// "May" with a capital inside a sentence is the month, not a modal, so the verb of the
    /// clause is still to come.
    @Test func aCapitalizedModalInsideASentenceIsAMonth() {
        let sentence = "Output in May totals 40,000 tonnes."
        let byWord = classes(sentence)
        #expect(byWord["May"] != "modal")
        #expect(byWord["totals"] == "verb")
    }

    @Test func aFunctionWordInAHyphenatedCompoundIsPartOfAModifier() {
        let sentence = "Regulators backed an over-the-counter market."
        let byWord = classes(sentence)
        #expect(byWord["the"] == "noun")
        #expect(heads(sentence)["backed"] == "Regulators market")
    }

    @Test func mostBeforeAParticipleGradesIt() {
        let sentence = "They sell the most advanced chips."
        let byWord = classes(sentence)
        #expect(byWord["most"] == "adverb")
        #expect(heads(sentence)["sell"] == "They chips")
    }

    @Test func theSubjectOfAnInfinitiveStandsPastATimeOrAfterFor() {
        #expect(heads("The company expects revenues for the year to exceed 30 mln dlrs.")["exceed"] == "revenues dlrs")
        #expect(heads("It hopes to post a profit and for sales to exceed 12 mln dlrs.")["exceed"] == "sales dlrs")
        // after a noun, "for" hangs from it
        #expect(heads("Rules for foreign banks to enter the market were eased.")["enter"] != "banks market")
    }

    @Test func commaAndBeforeAPhraseWithItsOwnVerbJoinsClauses() {
        #expect(heads("Confidence recovered from a low in March, and retail sales were up 2.1% in April.")["were"] == "sales -")
    }

    @Test func upToAndPastBeforeAnAmountQualifyIt() {
        let classes = classes("A deal worth up to $900m took prices past $90.")
        #expect(classes["up"] == "adverb")
        #expect(classes["past"] == "preposition")
    }
}
