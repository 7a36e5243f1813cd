import ClaimsExtract
import ClaimsNormalize
import Testing

/// Where a figure is about, read from the clause, the article's dateline and its lead: one
/// construction per test.
struct PlaceTests {
    let extractor: Extractor

    init() throws {
        extractor = try Extractor.builtIn()
    }

    /// The figures of an article of one paragraph per string, filed under `dateline`.
    private func figures(_ paragraphs: [String], dateline: String? = nil, published: String? = "1988-05-10") -> [Figure] {
        var body = ""
        var blocks: [Block] = []
        for paragraph in paragraphs {
            if !body.isEmpty { body += "\n\n" }
            let start = body.utf8.count
            body += paragraph
            blocks.append(Block(kind: .paragraph, start: start, end: body.utf8.count))
        }
        let meta = dateline.map { ["dateline": $0] } ?? [:]
        let document = Document(published: published, format: .text, body: body, blocks: blocks, meta: meta)
        return extractor.claims(in: document).flatMap(\.figures)
    }

    @Test func aWireStoryAboutACountryPlacesEveryFigureAtItsDateline() throws {
        let found = figures(["The cabinet approved a plan to hire 4,000 teachers by next spring, the education minister said.",
                             "The scheme will cost about 900 million francs over two years."],
                            dateline: "PARIS, May 10 -")
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.place == "FR" })
    }

    @Test func aCompanysStoryTakesNoPlaceFromItsDateline() throws {
        let found = figures(["Acme Widget Corp said its quarterly sales climbed to 41.2 mln dlrs from 37.5 mln dlrs.",
                             "The company now runs 214 stores."],
                            dateline: "CHICAGO, May 10 -")
        #expect(found.count >= 3)
        #expect(found.allSatisfy { $0.place == nil })
    }

    /// What a body of no country holds ("OPEC agreed to return to fixed prices of 18 dlrs")
    /// is no nation's, wherever it met; a national figure in the same story keeps the dateline,
    /// and a country beside the body ("Peru and the IMF") keeps its place.
    @Test func aFigureHeldByAnInternationalBodyTakesNoPlaceFromTheDateline() throws {
        let found = figures(["OPEC agreed in December to return to fixed prices of around 18 dlrs a barrel, oil ministers said.",
                             "The country's oil output rose to 1.2 mln bpd in April, the ministry said."],
                            dateline: "KUWAIT, May 10 -")
        #expect(found.map { $0.place ?? "-" } == ["-", "KW"])
    }

    @Test func aStoryWithoutDatelineLeavesAnUnplacedFigureUnplaced() throws {
        let found = figures(["The cabinet approved a plan to hire 4,000 teachers by next spring."])
        #expect(found.count == 1)
        #expect(found.first?.place == nil)
    }

    @Test func aDatelineCityStandsForTheStateOfItsDay() throws {
        let then = figures(["Floods have left some 3,000 people homeless in the south, the state newspaper said."],
                           dateline: "MOSCOW, May 10 -", published: "1988-05-10")
        #expect(then.first?.place == "SU")
        let now = figures(["Floods have left some 3,000 people homeless in the south, the state newspaper said."],
                          dateline: "MOSCOW, May 10 -", published: "2019-05-10")
        #expect(now.first?.place == "RU")
    }
}

extension PlaceTests {
    @Test func aPlaceAmongAnAmountsWordsNamesItsCurrency() throws {
        let found = figures(["Copper will now cost 41 U.S. cts and 55 Canadian cts a pound."])
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.place == nil })
    }

    @Test func aPlaceThatModifiesOrOwnsACompanyIsItsNationality() throws {
        let shares = figures(["Shares in Norway-based Fjordco fell 12 pct while its Dutch partner Tulpen Holdings lost 9 pct."])
        #expect(shares.count == 2)
        #expect(shares.allSatisfy { $0.place == nil })
        let stake = figures(["Acme agreed to buy 25 pct of Spain's Iberica Textiles and 30 pct of the Korean carmaker."])
        #expect(stake.count == 2)
        #expect(stake.allSatisfy { $0.place == nil })
        let economy = figures(["Spain's economy grew 2.5 pct last year."])
        #expect(economy.first?.place == "ES")
    }

    @Test func aPlaceFollowedByAnotherPhraseModifiesNothing() throws {
        let found = figures(["The sale was ordered by Norway to settle a claim of 4 bln dlrs."])
        #expect(found.first?.place == nil)
    }
}

extension PlaceTests {
    @Test func aDemonymThatHeadsThePhraseIsItsPlace() throws {
        let found = figures(["More than 40 pct of rural Americans own a pickup truck, and six million Canadians do."])
        #expect(found.map(\.place) == ["US", "CA"])
    }

    @Test func aPlaceWithinWhichSomethingIsCountedIsItsPlace() throws {
        #expect(figures(["The airline flies 120 routes within Brazil."]).first?.place == "BR")
    }

    @Test func theCountryThatBuysIsThePlaceOfWhatItBuys() throws {
        #expect(figures(["Peru bought 30,000 tonnes of Canadian wheat last week."]).first?.place == "PE")
    }

    @Test func theNextItemOfAListIsWhereTheItemBeforeIs() throws {
        let found = figures(["Forecasts for Spanish growth were cut to 2.1 pct from 2.4 pct this year and 1.8 pct from 2.0 pct next year."])
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.place == "ES" })
    }

    @Test func aDatelineWithoutADateStillNamesItsCity() throws {
        let found = figures(["The cabinet approved a plan to hire 4,000 teachers."], dateline: "NICOSIA -")
        #expect(found.first?.place == "CY")
    }
}

extension PlaceTests {
    @Test func theCountryIsTheCountryNamedLastBefore() throws {
        let found = figures(["Ecuador has invited bids for Australian wheat.",
                             "The government counts some 12,000 bakeries across the country, and the country's tender is for 40,000 tonnes."])
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.place == "EC" })
        let alone = figures(["The government counts some 12,000 bakeries across the country."])
        #expect(alone.first?.place == nil)
    }

    @Test func aPlaceThatOpensTheSentenceSetsItsScene() throws {
        let found = figures(["In Norway, parliament is debating three new fishing bills."])
        #expect(found.first?.place == "NO")
    }
}

extension PlaceTests {
    @Test func aPlaceOfWhatThePrepositionGovernsIsThePlace() throws {
        let found = figures(["The miner holds 17 licences in two provinces of western and central Canada."])
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.place == "CA" })
    }
}

extension PlaceTests {
    /// The figures of a story under a headline.
    private func figures(headline: String, _ paragraph: String) -> [Figure] {
        let body = headline + "\n\n" + paragraph
        let start = headline.utf8.count + 2
        let document = Document(format: .text, body: body,
                                blocks: [Block(kind: .title, start: 0, end: headline.utf8.count),
                                         Block(kind: .paragraph, start: start, end: body.utf8.count)])
        return extractor.claims(in: document).flatMap(\.figures)
    }

    @Test func aHeadlineAboutACountryPlacesTheStorysFigures() throws {
        let paragraph = "Some 2,000 boats will stay in port, the survey found."
        #expect(figures(headline: "Norway 'cuts fishing quotas'", paragraph).first?.place == "NO")
        #expect(figures(headline: "Fishing fleets shrink in Portugal", paragraph).first?.place == "PT")
        #expect(figures(headline: "US firm buys fishing fleet", paragraph).first?.place == nil)
        #expect(figures(headline: "Fishing fleets shrink", paragraph).first?.place == nil)
    }
}
