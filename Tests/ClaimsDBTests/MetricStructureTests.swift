import ClaimsExtract
import ClaimsNormalize
import Testing

/// What a figure measures and where, read from the clause around it: one construction of
/// English per test.
struct MetricStructureTests {
    let extractor: Extractor

    init() throws {
        extractor = try Extractor.builtIn()
    }

    private func figures(_ sentence: String, published: String? = nil) -> [Figure] {
        let document = Document(published: published, format: .text, body: sentence,
                                blocks: [Block(kind: .paragraph, start: 0, end: sentence.utf8.count)])
        return extractor.claims(in: document).flatMap(\.figures)
    }

    @Test func theSubjectOfAGrowthVerbIsWhatGrows() throws {
        let figure = try #require(figures("Kenya's economy should expand by about 5 percent this year.").first)
        #expect(figure.metricKey == "gdp_growth")
        #expect(figure.place == "KE")
    }

    @Test func theSubjectOfACopulaLikeVerbIsWhatTheFigureIs() throws {
        let figure = try #require(figures("Inflation in Chile averaged 4.2 percent last year.").first)
        #expect(figure.metricKey == "inflation")
        #expect(figure.place == "CL")
    }

    @Test func aSubjectTheVocabularyDoesNotKnowGetsAnOpenKey() throws {
        let figure = try #require(figures("Anchovy landings in Peru since 1986 total 12,000 tonnes.").first)
        #expect(figure.metricKey == "anchovy_landings")
        #expect(figure.metricKeyIsOpen)
        #expect(figure.place == "PE")
        let known = try #require(figures("Arms deliveries to Taiwan since 2019 total $19bn.").first)
        #expect(known.metric == "arms deliveries")
        #expect(known.place == "TW")
    }

    @Test func aFigureOfSomethingMeasuresThatThing() throws {
        let figure = try #require(figures("The bank approved 23 billion dollars of financial support for Ukraine.").first)
        #expect(figure.metricKey == "financial_support")
        #expect(figure.place == "UA")
    }

    @Test func aThingOfAFigureIsWhatTheFigureMeasures() throws {
        let figure = try #require(figures("The IMF projects growth of around 3.2 percent in 2024.").first)
        #expect(figure.metricKey == "gdp_growth")
    }

    @Test func aShareOfGDPHasItsOwnUnitAndTheMetricOfItsClause() throws {
        let figure = try #require(figures("Italy's budget deficit was 3 percent of GDP.").first)
        #expect(figure.unit == "percent_of_gdp")
        #expect(figure.metricKey == "budget_deficit")
        #expect(figure.place == "IT")
    }

    @Test func aComparedFigureTakesTheMetricOfTheFigureBeforeIt() throws {
        let found = figures("Housing starts rose to 1.8 mln units in March vs 1.7 mln in February.")
        #expect(found.count == 2)
        #expect(found.map(\.metricKey) == [found.first?.metricKey, found.first?.metricKey])
        #expect(found.first?.metricKey != nil)
    }

    @Test func theCompanyThatEarnsStatesItsEarnings() throws {
        let figure = try #require(figures("The company exported 5 mln tonnes of steel last year.").first)
        #expect(figure.metric == "steel")
        let verbOnly = try #require(figures("Brazil exported 2.5 mln tonnes in March.").first)
        #expect(verbOnly.metricKey == "exports")
        #expect(verbOnly.place == "BR")
    }

    @Test func aChangeNounTakesTheMetricOfWhatChanged() throws {
        let figure = try #require(figures("The ministry reported a 5 pct increase in retail sales.").first)
        #expect(figure.metric?.hasSuffix("sales") == true)
    }

    @Test func worldFiguresHaveNoPlace() throws {
        let figure = try #require(figures("World output of sugar fell 3 pct to 98 mln tonnes.").first)
        #expect(figure.place == nil)
    }

    @Test func aContainerTheVocabularyNamesIsTheMetricItself() throws {
        let figure = try #require(figures("The central bank chose to hold interest rates at a record low of 1.5 percent.").first)
        #expect(figure.metricKey == "interest_rate")
    }

    @Test func aHyphenatedModifierOrAnotherContainerNamesNoQuantity() throws {
        for sentence in ["Oil prices hit an all-time high of $147 a barrel.", "Oil prices held near the record high of $147 a barrel."] {
            let figure = try #require(figures(sentence).first)
            #expect(figure.metricKey == "oil_price", "\(sentence)")
        }
    }
}
