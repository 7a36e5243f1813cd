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
        #expect(heads("Sugar output in Brazil fell 12 pct last year.")["fell"] == "output -")
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
        let found = heads("The company said its sales totaled 318.4 mln dlrs last month.")
        #expect(found["said"] == "company -")
        #expect(found["totaled"] == "sales dlrs")
    }

    @Test func thePhraseBeforeAnInfinitiveIsItsSubjectAfterExpect() {
        let found = heads("It expects the purchase to close in about 45 days.")
        #expect(found["expects"] == "It -")
        #expect(found["close"] == "purchase -")
    }

    @Test func aCopulaTakesANounComplement() {
        #expect(heads("Backlog on September 30, 1987 was 6.8 billion dlrs.")["was"] == "Backlog dlrs")
    }

    @Test func aParticipleAfterTheSubjectModifiesIt() {
        #expect(heads("Tractors made by U.S. manufacturers are widely used in the world.")["used"] == "Tractors -")
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
        #expect(heads("Exports last month rose 4 pct.")["rose"] == "Exports -")
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
    /// "urged the bank to cut rates": the phrase is the verb's object (and whom the infinitive
    /// is about); after "expects" it is only the infinitive's subject.
    @Test func anObjectControlVerbKeepsItsObject() {
        #expect(heads("The minister urged the bank to cut rates.")["urged"] == "minister bank")
        #expect(heads("The company expects the deal to close soon.")["expects"] == "company -")
    }

    @Test func aFreeRelativeIsTheSubjectOfItsVerb() {
        #expect(heads("Nobody knows what happened.")["happened"] == "what -")
    }

    @Test func anInfinitiveAfterTheSubjectModifiesIt() {
        #expect(heads("Plans to sell the mill have been dropped.")["dropped"] == "Plans -")
        #expect(heads("Rules for banks to follow the code could be relaxed.")["relaxed"] == "Rules -")
    }

    @Test func aVerbOfSayingInsideARelativeClauseIsFinite() {
        #expect(heads("The bill, which the minister said could pass, was dropped.")["said"] == "minister -")
    }

    @Test func aSentencesFirstWordBeforeAFiniteVerbIsItsSubject() {
        #expect(heads("Kettering said its sales rose.")["said"] == "Kettering -")
    }

    @Test func aGerundPhraseBeforeACommaOpensTheSentence() {
        #expect(heads("Ending two years of talks, the ministers signed a pact.")["signed"] == "ministers pact")
    }

    @Test func aSubordinatorsSubjectMayHoldAPossessiveAndAPreposition() {
        #expect(heads("Bonds fell as the yen's slide on world markets triggered heavy selling.")["triggered"] == "slide selling")
    }

    @Test func aRelativeAfterAPrepositionIsFollowedByTheSubject() {
        #expect(heads("They built a system in which firms bid for stock.")["bid"] == "firms -")
    }

    @Test func aBaseEndingInSAfterAPluralIsItsVerb() {
        #expect(heads("Traders said market participants focus on the dollar.")["focus"] == "participants -")
    }

    @Test func clausesJoinedByCommaAndCoordinatorAreNotOnePhrase() {
        #expect(heads("The plant may be closed and idle, but its owner is hiring staff.")["hiring"] == "owner staff")
        #expect(heads("Warships shelled the base, and marines stormed a second base.")["shelled"] == "Warships base")
        #expect(heads("Warships shelled the base, and marines stormed a second base.")["stormed"] == "marines base")
    }

    @Test func aListAfterAPrepositionalPhraseAndACommaIsTheSubject() {
        #expect(heads("The slide pushed prices to new lows, dealers and traders said.")["said"] == "dealers -")
        #expect(heads("The two firms sold 9,000 cars between them and both companies broke even.")["broke"] == "companies -")
    }

    @Test func ownAfterASubjectIsAVerb() {
        #expect(heads("They own both mills.")["own"] == "They mills")
        #expect(classes("It sold its own mills.")["own"] == "quantifier")
    }
    @Test func aLetterGluedToANumberIsAName() {
        #expect(classes("The airline ordered two A340 aircraft.")["A"] == "properNoun")
    }

    @Test func aGradedParticipleAfterACopulaIsItsComplement() {
        #expect(heads("Both provinces are more developed than their neighbours.")["are"] == "provinces -")
    }

    @Test func thanksToIsAPreposition() {
        #expect(heads("Sales are increasing thanks to lower prices.")["increasing"] == "Sales -")
    }

    @Test func weekdayAndWholeTimePhrasesAreNotObjects() {
        #expect(heads("They met Saturday night.")["met"] == "They -")
        #expect(heads("They worked the whole year.")["worked"] == "They -")
    }

    @Test func aPluralAfterAIsAModifier() {
        #expect(classes("The bank called for a rights issue to raise cash.")["issue"] == "noun")
    }

    @Test func aPluralInsideAnObjectIsNoVerb() {
        #expect(heads("She broke her own hurdles record.")["broke"] == "She record")
    }

    @Test func aVerbOfSayingAfterANameAndACommaIsTheReportsVerb() {
        #expect(heads("Rates will rise, the central bank, Bank Negara, said in a statement.")["said"] == "bank -")
    }

    @Test func aBaseAfterAPluralOpensASubordinateClause() {
        #expect(heads("Prices fell as traders focus on the dollar.")["focus"] == "traders -")
    }

    @Test func aChainOfInfinitivesAfterTheSubjectModifiesIt() {
        #expect(heads("Plans to allow waste to be stored in the UK have been dropped.")["dropped"] == "Plans -")
    }

    @Test func aRelativePronounIsTheSubjectInsideAVerbOfSayingsClause() {
        #expect(heads("The bill, which the paper said could pass soon, was dropped.")["pass"] == "which -")
    }

    /// Of two objects the second is what is given, unless it opens a clause of its own.
    @Test func aDitransitiveVerbsObjectIsWhatIsGiven() {
        #expect(heads("The deal grants users the right to resell.")["grants"] == "deal right")
        #expect(heads("He told reporters the plant would close.")["told"] == "He reporters")
    }
    /// "helped the school retire": the phrase is "help"'s object; after "let" only the
    /// infinitive's subject.
    @Test func aBareInfinitiveIsAboutThePhraseBeforeIt() {
        #expect(heads("They helped the school retire the shirt.")["helped"] == "They school")
        #expect(heads("They helped the school retire the shirt.")["retire"] == "- shirt")
        #expect(heads("The court lets the firm get away with it.")["lets"] == "court -")
        #expect(heads("The court lets the firm get away with it.")["get"] == "firm -")
    }

    @Test func aPluralInsideAVerbsObjectIsANoun() {
        #expect(heads("Brazil had raised its coffee prices in May.")["raised"] == "Brazil prices")
    }

    @Test func anAdjectiveInQuotesBeforeItsNounLeadsToTheComplement() {
        #expect(heads("He said there was still \"very deep\" unease about the plan.")["was"] == "- unease")
    }

    @Test func anOrdinalAfterADeterminerModifiesTheNoun() {
        #expect(heads("These are the first results.")["are"] == "These results")
    }
    @Test func aListInsideAnOfPhraseBelongsToIt() {
        #expect(heads("Sales fell, the Council of Retail Traders, Shop Owners Association and Market Stalls Union said.")["said"] == "Council -")
    }

    /// "said the order, to be filled by ..., is": an aside that starts right after the phrase.
    @Test func anAsideAfterAReportedSubjectIsSkipped() {
        #expect(heads("The firm said the order, to be filled by a plant in Dayton, Ohio, is for steel tubes.")["said"] == "firm -")
        #expect(heads("There has been no rise in the price of coffee, the trade office, Cacex, said.")["been"] == "- rise")
    }

    @Test func anAdjectiveBeforeAnSFormAndAPhraseIsTheSubject() {
        #expect(heads("Net includes pretax gains of five mln dlrs.")["includes"] == "Net gains")
        #expect(heads("The net gains rose 5 pct.")["rose"] == "gains -")
        #expect(heads("New figures show the economy is shrinking.")["show"] == "figures -")
    }

    @Test func anAbbreviationInCapitalsIsNoPlural() {
        #expect(heads("US demand for heating oil was predicted to rise.")["predicted"] == "demand -")
    }
    @Test func aNumberWordAfterAVerbIsItsMeasure() {
        #expect(heads("Fees total two pct.")["total"] == "Fees pct")
    }

    /// An infinitive's object that a finite verb follows is still its object when that verb
    /// has found its subject further back.
    @Test func anInfinitivesObjectBeforeTheMainVerbIsKept() {
        #expect(heads("Rules for leaders to enter the country could be made tougher.")["enter"] == "- country")
    }

    @Test func aNameAfterACommonNounNamesIt() {
        #expect(heads("The studio's costly film The Aviator came third.")["came"] == "film -")
    }
    @Test func becauseOpensAClauseUnlessOfFollows() {
        #expect(heads("Bands are rated poorly because they do not write songs.")["write"] == "they songs")
        #expect(classes("Trade fell because of the strike.")["because"] == "preposition")
    }

    @Test func aReportedSubjectMayCarryAParticiple() {
        #expect(heads("Butler said costs linked to the sale were booked last year.")["said"] == "Butler -")
    }

    @Test func anAdjectiveEndingInLyIsGradedByMore() {
        #expect(heads("He said this was proving more costly than planned.")["proving"] == "this -")
    }

    @Test func anIrregularParticipleAfterItsNounModifiesIt() {
        #expect(heads("They derailed a train laden with ore.")["derailed"] == "They train")
    }

    @Test func aSecondObjectThatAVerbFollowsPastItsPrepositionsOpensAClause() {
        #expect(heads("The minister told a news conference the answer to the crisis is growth.")["told"] == "minister conference")
    }

    @Test func aGerundsObjectInsideAPrepositionalPhraseIsNotTheSubject() {
        #expect(heads("New ways of linking old computers are being tested.")["tested"] == "ways -")
        #expect(heads("New ways of linking old computers are being tested.")["linking"] == "- computers")
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

    /// A clause has one finite verb: a plural inside the object ("for network maintenance
    /// services for"), a participle after an adverb ("funds previously earmarked for") and a
    /// plural a verb of estimating puts at a figure ("forecast copper exports at") are no second one.
    @Test func aClauseWithItsVerbTakesNoSecondFiniteVerb() {
        #expect(classes("Acme Corp has received a contract for network maintenance services for radar sites.")["services"] == "noun")
        #expect(heads("The agency has moved 9.0 mln dlrs in credit guarantees previously earmarked for sales of rice.")["earmarked"] == "- -")
        #expect(classes("The department forecast Chilean 2025/26 copper exports at 3.10 mln tonnes.")["exports"] == "noun")
    }

    /// "was taken at its request and reduces the line": an -s form after "and" with a
    /// determiner after it is a verb sharing the subject, not a noun coordinated with the one before.
    @Test func anSFormAfterAndBeforeADeterminerIsAVerb() {
        #expect(heads("The move was made at the request of the Peruvian government and reduces the credit line.")["reduces"] == "- line")
    }

    /// "estimated the crop, based on May 1 conditions, at 3 mln tonnes": past a participle's
    /// aside the figure goes with the phrase before it.
    @Test func aPrepositionalPhrasePastAParticiplesAsideGoesWithWhatPrecedesIt() {
        #expect(extractor.describeClauses(of: "The department estimated onion production, based on May 1 conditions, at 3,100,000 cwts.")
            .contains("PP at NP3 -> noun(1)"))
    }

    /// "Net income in the nine months ending 30 June rose": the object of a participle that
    /// modifies a phrase belongs to that phrase, not to the clause.
    @Test func theObjectOfAParticipleBeforeTheVerbIsNotItsSubject() {
        #expect(heads("Net income in the nine months ending 30 June rose 12% to $41m.")["rose"] == "income -")
    }

    /// "rose by 4 pct" is a verb of change; "was reported by the agency" a passive.
    @Test func aVerbBeforeByAndAnAmountIsTheClausesVerb() {
        #expect(heads("The ministry said advances on store cards rose by 4.5 pct in May.")["rose"] == "advances -")
    }

    /// A gerund with a prepositional phrase and then the verb heads the subject.
    @Test func aGerundBeforeItsPrepositionalPhraseAndTheVerbIsTheSubject() {
        #expect(classes("Lending to small firms fell by 2 pct in March.")["Lending"] == "noun")
    }

    /// "the office says", ", says Mr Hale": forms in -s that are never plural nouns.
    @Test func verbOnlyFormsAreVerbsAfterAPossessor() {
        #expect(heads("The regulator's office says the rules are clear.")["says"] == "office -")
    }

    /// "is worried", "were pleased": how the subject is, so "be" heads the clause.
    @Test func aParticipleOfFeelingAfterBeIsAnAdjective() {
        #expect(classes("The minister is worried about the deficit.")["worried"] == "adjective")
        #expect(classes("The report was prepared by the agency.")["prepared"] == "verb")
    }

    /// "rose 5 pct": an amount after a verb of change says by how much; no object.
    @Test func theAmountAfterAVerbOfChangeIsNoObject() {
        #expect(heads("Exports rose 5 pct in April.")["rose"] == "Exports -")
        #expect(heads("The bank cut its prime rate to 7 pct.")["cut"] == "bank rate")
    }

    /// "the clash between X and the Y came": a coordination inside the subject's prepositional
    /// phrase is the subject's; after a clause with its verb, "and the Y fell" opens a clause.
    @Test func aCoordinationAfterANounStaysInTheSubject() {
        #expect(heads("The dispute between Norvale and the state lender came to a head last year.")["came"] == "dispute -")
        #expect(heads("Prices rose in Europe and the dollar fell.")["fell"] == "dollar -")
        #expect(heads("The bank has two million customers and its failure would have hurt the economy.")["has"] == "bank customers")
    }

    /// "with 9,000 people killed", "with thousands of homes being added": the phrase after
    /// "with" is the participle's subject.
    @Test func thePhraseAfterWithIsTheSubjectOfAParticiple() {
        #expect(heads("Floods hit the north, with at least 9,000 people killed.")["killed"] == "people -")
    }

    /// "as many as 7,000 jobs": a qualifier of the amount, and the amount the object.
    @Test func asManyAsQualifiesAnAmount() {
        #expect(heads("The airline could move as many as 7,000 jobs abroad.")["move"] == "airline jobs")
    }

    /// "The Widget, sold for $99 in the US, was described": a participle's aside between
    /// commas, and "whose" opening a relative aside.
    @Test func participleAndWhoseAsidesAreSkipped() {
        #expect(heads("The Widget, sold for $99 in the US, was described as a hit.")["described"] == "Widget -")
        #expect(heads("The firm, whose farming unit runs 13 farms, insisted it had paid.")["insisted"] == "firm -")
    }

    /// "was awarded a contract": a passive of giving keeps what is given.
    @Test func aPassiveOfGivingKeepsItsObject() {
        #expect(heads("Acme said it was awarded a 5 mln dlr contract by the Navy.")["awarded"] == "it contract")
    }

    /// "is part of": a noun after "be" when "of" follows.
    @Test func partOfAfterBeIsANoun() {
        #expect(heads("The pledge is part of a five-point plan.")["is"] == "pledge part")
    }
}
