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

    /// "1.52 mln bpd, up 1.6 pct from 1.50 mln": the percentage is the change of the amount
    /// before it, and the bare base takes that amount's unit.
    @Test func aPercentageAfterAnAmountIsItsChangeAndTheBaseItsUnit() throws {
        let found = figures("Gasoline demand was 7.1 mln bpd, up 3 pct, while residual fuel demand was 1.2 mln bpd, down 8 pct from 1.3 mln.")
        #expect(found.map(\.metricKey) == ["gasoline_demand", "gasoline_demand", "residual_fuel_demand", "residual_fuel_demand", "residual_fuel_demand"])
        #expect(found.last?.unit == "barrels_per_day")
    }

    /// "a pre-tax profit": a hyphenated modifier is one word of the metric, as the vocabulary
    /// writes it.
    @Test func aHyphenatedModifierKeepsItsMeaning() throws {
        #expect(figures("The brewer made a pre-tax profit of 61 mln stg.").first?.metricKey == "pretax_profit")
    }

    /// "earned 3.10 dlrs a share": an amount per share of earnings is earnings per share.
    @Test func anAmountPerShareOfEarningsIsEarningsPerShare() throws {
        #expect(figures("The bank earned 3.10 dlrs a share last year.").first?.metricKey == "earnings_per_share")
        #expect(figures("It expects share earnings to reach 22.5p.").first?.metricKey == "earnings_per_share")
    }

    /// "cut 900 jobs", "1,200 posts will be axed": jobs a verb of cutting acts on are job cuts;
    /// people a company employs are its employees.
    @Test func jobsAVerbOfCuttingActsOnAreJobCuts() throws {
        #expect(figures("The carmaker plans to cut 900 jobs in Belgium.").first?.metricKey == "job_cuts")
        #expect(figures("About 1,200 posts will be axed by the insurer.").first?.metricKey == "job_cuts")
        #expect(figures("The mill employs 640 workers.").first?.metricKey == "employees")
        #expect(figures("The retailer cut prices by 4 pct.").first?.metricKey != "job_cuts")
    }

    /// "the Swiss franc rose 2 pct": a currency a clause is about measures its exchange rate.
    @Test func aCurrencyAClauseIsAboutMeasuresItsExchangeRate() throws {
        #expect(figures("The Swiss franc rose 2 pct against the dollar.").first?.metricKey == "exchange_rate")
        #expect(figures("Sterling closed at 1.61 dlrs.").first?.metricKey == "exchange_rate")
        #expect(figures("The fund lent 300 mln dlrs to Chile.").first?.metricKey != "exchange_rate")
    }

    /// "18 pct of its outstanding shares": a percentage of a company's shares is a stake; the
    /// shares' own rise is their price.
    @Test func aPercentageOfSharesIsAStake() throws {
        #expect(figures("The investor owns 18 pct of the outstanding shares of Acme.").first?.metricKey == "stake")
        #expect(figures("Shares of Acme rose 6 pct.").first?.metricKey == "share_price")
    }

    /// "an annual rate of 1.6 mln units": a noun that counts without saying what leaves the
    /// metric to the clause; "sales of new homes" are home sales.
    @Test func aGenericCountLeavesTheMetricToTheClause() throws {
        #expect(figures("Housing starts rose 3 pct in May to an annual rate of 1,700,000 units.").last?.metricKey == "housing_starts")
        #expect(figures("Sales of new homes fell 9 pct in May.").first?.metricKey == "home_sales")
        #expect(figures("Exports of wheat rose to 2.1 mln tonnes.").first?.metricKey == "wheat_exports")
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

    @Test func aPerShareAmountBesideAnAmountIsThatAmountPerShare() throws {
        let found = figures("Profit rose to 50 mln dlrs or 1.10 dlrs per share, compared with the prior year's 42 mln dlrs.")
        #expect(found.map(\.metricKey) == ["net_income", "earnings_per_share", "net_income"])
        let results = figures("Third quarter profit was 40 mln dlrs or 90 cts a share, compared with 1990 third quarter results of 30 mln or 70 cts a share.")
        #expect(results.map(\.metricKey) == ["net_income", "earnings_per_share", "net_income", "earnings_per_share"])
    }

    @Test func aListedFigureAfterATimeTakesTheMetricOfTheFigureBeforeIt() throws {
        let found = figures("Forecasts for Italian growth were cut to 1.2% from 1.5% this year and 0.9% from 1.3% in 2026.")
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.metricKey == "gdp_growth" })
    }

    @Test func aComparedFigureTakesTheMetricOfTheLastFigureInItsUnit() throws {
        let growth = figures("The agency forecast growth of 2.5% in 2025 for the 20 member states, slowing to 2.1% next year.")
        #expect(growth.last?.metricKey == "gdp_growth")
        let converted = figures("The carmaker turned a 500bn yen ($4bn) loss in 2020 into a 300bn yen ($2.5bn) profit the next year.")
        #expect(converted.last?.metricKey == "net_income")
    }

    @Test func aPercentageOfAWholeIsAShareOfIt() throws {
        let market = try #require(figures("Analysts said the group controls about 40 pct of Germany's mobile phone market.").first)
        #expect(market.metricKey == "market_share")
        let firm = try #require(figures("Renault owns 30% of the Japanese carmaker.").first)
        #expect(firm.metricKey == "stake")
        let named = try #require(figures("The firm agreed to buy 25% of Spain's Iberian Mills in a deal worth 2bn euros.").first)
        #expect(named.metricKey == "stake")
        let people = try #require(figures("About 20 pct of farmers sold their land.").first)
        #expect(people.metricKey != "stake")
    }

    @Test func aFigureHangingFromANameTakesTheMetricOfItsClause() throws {
        let found = figures("The fund raised its stake in Nordic Shipping Corp to 12.5 pct, from 9.8 pct.")
        #expect(found.map(\.metricKey) == ["stake", "stake"])
        let price = try #require(figures("The company sold a minority stake to Dutch bank Rabobank for 300m euros.").first)
        #expect(price.metricKey == "deal_value")
    }

    @Test func aConversionAfterAColonIsTheSameAmount() throws {
        let found = figures("The group is to pay 4.66bn rupees ($106m:£54.6m) for the brewery.")
        #expect(found.count == 3)
        #expect(Set(found.map(\.metricKey)).count == 1)
        #expect(found.first?.metricKey != nil)
    }

    /// One construction per case: the keys of a sentence's figures, in order.
    @Test(arguments: [
        // a percentage before a debt is its rate; "N of X" where X carries a figure of its own
        ("Ajax Corp said its 8-1/2 pct convertible subordinated debentures due 1999 will be redeemed.", ["bond_coupon"]),
        ("The company is offering 75 mln dlrs of 9-3/8 pct notes due 2001.", ["bond_issue", "bond_coupon"]),
        // people a verb acts on are counted by its quantity
        ("Floods have killed almost 200 people in the province.", ["casualties"]),
        ("The mine employs 2,300 workers.", ["employees"]),
        // goods bought are the purchases of them; money per unit of them is their price
        ("Peru recently bought 30,000 tonnes of soft wheat at 112 dlrs per tonne.", ["wheat_imports", "wheat_price"]),
        // money "in" a named firm is what the verb produces
        ("The group will invest 3bn rupees in Bharat Mills.", ["investment"]),
        // a listed figure with a noun of its own names its own quantity
        ("The pair face jail terms of up to ten years and a $500,000 fine.", ["prison_sentence", "fine"]),
        // things a verb's quantity names with them: "sell cars" is car sales
        ("The carmaker expects to sell about 40,000 cars this year.", ["car_sales"]),
        // a counted figure of, or completing, a quantity the vocabulary knows
        ("Exchange volume swelled to 410 mln shares on Monday.", ["trading_volume"]),
        ("Heavy volume of more than 300 mln shares was recorded on Monday.", ["trading_volume"]),
        ("Attendance was 50,000 people.", ["people"]),
        // "past" and "up to" before an amount
        ("Cold weather took crude oil prices past $90 a barrel.", ["oil_price"]),
        ("The airline agreed to buy 12 jets in a deal worth up to $900m.", ["jets", "deal_value"]),
        // a participle between a figure's unit and a noun modifies the noun
        ("The unit is offering a 40 mln dlrs guaranteed mortgage obligation.", ["bond_issue"]),
        // the subject of an infinitive, and a clause joined by ", and"
        ("The company expects revenues for the year to exceed 30 mln dlrs.", ["revenue"]),
        ("Confidence recovered from a low in March, and retail sales were up 2.1% in April.", ["retail_sales"]),
    ])
    func theKeysOfAConstruction(sentence: String, keys: [String]) {
        #expect(figures(sentence).map { $0.metricKey ?? "-" } == keys, "\(sentence)")
    }

    @Test func goodsWithoutAKnownTradeStayTheGoods() throws {
        let steel = try #require(figures("The company exported 5 mln tonnes of steel last year.").first)
        #expect(steel.metric == "steel")
    }

    /// "six-month bills", "a 20-year loan": a length joined to its noun says what kind of thing
    /// it is and measures nothing to compare; "a term of 20 years" is the term.
    @Test func aLengthJoinedToItsNounIsNoQuantity() throws {
        let bills = figures("The Treasury said it will sell three and six-month bills next week.")
        #expect(bills.first { $0.text == "six-month" }.map { $0.metricKey == nil } == true)
        let loan = figures("The bank approved a 20-year loan.")
        #expect(loan.first { $0.text == "20-year" }.map { $0.metricKey == nil } == true)
        let community = figures("Emissions fell across the 12-nation community.")
        #expect(community.first { $0.text == "12-nation" }.map { $0.metricKey == nil } == true)
        let term = try #require(figures("The loan has a term of 20 years.").first)
        #expect(term.metricKey == "term")
    }

    /// Nouns before the metric that its key leaves out, what it is for, and the part of the day
    /// of a market operation narrow it: "winter" and "spring" onion production are two
    /// quantities of one key.
    @Test func whatNarrowsAMetricIsItsSpecifier() throws {
        let winter = try #require(figures("The department estimated 2025 winter onion production, based on March 1 conditions, at 3,100,000 cwts, vs 2,900,000 cwts last year.").first)
        #expect(winter.unit == "cwt")
        #expect(winter.metricKey == "onion_production")
        #expect(winter.specifier == "winter")
        #expect(figures("The department estimated 2025 winter onion production at 3,100,000 cwts, vs 2,900,000 cwts last year.").last?.specifier == "winter")
        let line = try #require(figures("The guarantee line for sales of frozen beef has been increased from 20.0 mln dlrs to 46.0 mln dlrs, the department said.").last)
        #expect(line.metricKey == "guarantee_line")
        #expect(line.specifier == "beef sale")
        let credit = try #require(figures("The agency has moved 9.0 mln dlrs in credit guarantees previously earmarked for sales of rice.").first)
        #expect(credit.specifier == "rice sale")
        let afternoon = try #require(figures("The Bank said it had provided 161 mln stg assistance in afternoon operations.").first)
        #expect(afternoon.specifier == "afternoon")
        let total = try #require(figures("Chile's total exports rose to 5 mln tonnes.").first)
        #expect(total.specifier == nil)
        // the subject of a verb that names the quantity: "rice farmers intend to plant"
        #expect(figures("The report said rice farmers intended to plant 2.9 mln acres.").first?.specifier == "rice")
    }

    /// "Peruvian coarse grain exports at 5.60 mln tonnes ... and 2024/25 exports at 8.43 mln":
    /// a bare head said again stands for the whole phrase before it, with its place.
    @Test func aBareHeadSaidAgainStandsForThePhraseItEnds() throws {
        let found = figures("The department forecast Peruvian 2025/26 coarse grain exports at 5.60 mln tonnes, vs 6.73 mln tonnes last month, and projected 2024/25 exports at 8.43 mln tonnes.")
        let last = try #require(found.last)
        #expect(last.metricKey == found.first?.metricKey)
        #expect(last.specifier == "coarse")
        #expect(last.place == "PE")
    }

    /// "GDP is expected at 3.2%": an acronym the vocabulary names is the quantity, not a holder,
    /// and a percentage of a level the vocabulary grows is its growth; the next item of the
    /// list past "in 2024, and" is the same.
    @Test func aPercentageOfGDPIsItsGrowth() {
        #expect(figures("GDP is expected at 3.2% in 2024, and 2.8% in 2025.").map { $0.metricKey ?? "-" } == ["gdp_growth", "gdp_growth"])
        #expect(figures("Global gross domestic product is tipped to be 4.1% this year.").first?.metricKey == "gdp_growth")
        // "one pct GNP" is a share of it, and no growth
        let share = figures("The measures could add more than one pct GNP to demand.").first
        #expect(share?.unit == "percent_of_gdp")
        #expect(share?.metricKey == nil)
    }

    @Test func constructionsOfMarketsAndResults() {
        // a conversion between dashes is the figure before it said another way
        #expect(figures("On the news, Acme shares rose 15 cents - 1.1% - on Nasdaq.").map { $0.metricKey ?? "-" } == ["share_price", "share_price"])
        // "of" past a time goes with the noun before the time
        #expect(figures("The company had sales last year of 356,000 dlrs.").first?.metricKey == "revenue")
        // a name that ends in what the vocabulary names is that quantity
        #expect(figures("The Lima Stock Exchange has recorded its largest single day gain, surging 3.5% to a new high.").first?.metricKey == "stock_index")
    }

    @Test func ownershipAndUtilization() {
        // a percentage of what is owned is a stake
        #expect(figures("The joint venture will be 61.4 pct owned by Acme.").first?.metricKey == "stake")
        #expect(figures("The venture is owned 50 pct by Acme.").first?.metricKey == "stake")
        // "downwards" is no part of the metric
        #expect(figures("The agency revised OECD economic growth downwards to 2.1 pct this year.").first?.metricKey == "gdp_growth")
        #expect(figures("Utilization for the week was 71.7 pct.").first?.metricKey == "capacity_utilization")
    }

    @Test func lessBetweenNounsIsMinusAndForNamesAPurpose() {
        // "borrowings less extended credits": the metric is what comes before "less"
        #expect(figures("Bank discount window borrowings less extended credits averaged 241 mln dlrs in the week, the Federal Reserve said.").first?.metricKey
            == "discount_window_borrowing")
        // what money is "for" is not what it is: "5.0 mln dlrs for sales of rice" is no revenue
        #expect(figures("The agency set aside 5.0 mln dlrs for sales of rice.").first?.metricKey != "revenue")
    }

    /// Wire copy capitalizes the word after "U.S." ("the U.S. Current account deficit"); with a
    /// lower-case word after it, it is no name.
    @Test func aCapitalAfterADottedAbbreviationIsNoName() {
        let figure = figures("It said the U.S. Current account deficit looked likely to fall to 125 billion dlrs in 2027.").first
        #expect(figure?.metricKey == "current_account")
        #expect(figure?.place == "US")
    }

    /// Jobs a verb of creating acts on are jobs created; people a participle counts after
    /// "with" are what the verb counts.
    @Test func jobsAddedAndPeopleKilledAreWhatTheVerbMakesOfThem() throws {
        #expect(try #require(figures("The economy added 212,000 jobs in March.").first).metricKey == "employment")
        #expect(try #require(figures("The company will cut 1,200 jobs.").first).metricKey == "job_cuts")
        #expect(try #require(figures("Storms swept the coast, with at least 400 people killed.").first).metricKey == "casualties")
    }

    /// A place in a coordination with a region or another country is no one country's.
    @Test func aPlaceCoordinatedWithARegionIsNoPlace() throws {
        let figure = try #require(figures("Profit from Canada and the Far East rose 12 pct.").first)
        #expect(figure.place == nil)
        let one = try #require(figures("Profit from Canada rose 12 pct.").first)
        #expect(one.place == "CA")
    }

    /// Plantings are of one crop: the one the sentence names, else the headline's; figures
    /// of two crops never pair, as two specifiers do not.
    @Test func plantingsAreOfTheCropTheSentenceOrTheHeadlineNames() throws {
        let inSentence = try #require(figures("Barley rallied after a report that farmers intend to plant 9.2 mln acres.").first)
        #expect(inSentence.specifier == "barley")
        let body = "Ministry analysts said farmers intend to plant 65 mln acres this year."
        let document = Document(title: "SORGHUM ACREAGE SEEN LOWER", format: .text, body: body,
                                blocks: [Block(kind: .paragraph, start: 0, end: body.utf8.count)])
        let fromHeadline = try #require(extractor.claims(in: document).flatMap(\.figures).first)
        #expect(fromHeadline.specifier == "sorghum")
        #expect(try #require(figures("Farmers intend to plant 65 mln acres this year.").first).specifier == nil)
    }

    /// A week's figure is not the month's: "in the last week of March" narrows it.
    @Test func aFigureOfOneWeekIsNarrowedToIt() throws {
        let weekly = try #require(figures("Notes in circulation rose to 98.2 billion crowns in the last week of March, the central bank said.").first)
        #expect(weekly.specifier == "week")
    }

    /// "oil use in the 24 countries of the OECD", and the figure it is compared with: no
    /// one country's.
    @Test func aRegionInThePhrasesOfTheSubjectAndItsBaseHaveNoPlace() throws {
        func figures(datelined body: String) -> [Figure] {
            let document = Document(format: .text, body: body, blocks: [Block(kind: .paragraph, start: 0, end: body.utf8.count)],
                                    meta: ["dateline": "PARIS"])
            return extractor.claims(in: document).flatMap(\.figures)
        }
        let found = figures(datelined: "Oil use in the member countries of the OECD rose to 35.9 mln bpd from 35.1 mln bpd, the agency said.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.place == nil })
        #expect(figures(datelined: "French oil use rose to 1.9 mln bpd from 1.8 mln bpd.").allSatisfy { $0.place == "FR" })
    }

    /// "money supply M-1 fell": a code of capitals and a number names the aggregate.
    @Test func aMoneyAggregateCodeIsItsMetric() throws {
        let found = figures("Narrowly-defined money supply M-1 fell 1.2 billion crowns to 30.5 billion crowns, the central bank said.")
        #expect(found.map(\.metricKey) == ["money_supply_m1", "money_supply_m1"])
    }

    /// "from around eight dollars a barrel to around 18 dlrs": the start of a change measures
    /// what its end measures.
    @Test func theStartOfAChangeFromOneFigureToTheNextMeasuresWhatItsEndDoes() throws {
        let found = figures("The cuts pushed up oil prices from around nine dollars a barrel in 1986 to around 17 dlrs.")
        #expect(found.map(\.metricKey) == ["oil_price", "oil_price"])
    }

    /// "approved loans to Chile totalling 90 mln dlrs": a gerund right after a phrase is about it.
    @Test func aGerundAfterAPhraseMeasuresThatPhrase() throws {
        #expect(try #require(figures("The bank said it approved loans to Chile totalling 90 mln dlrs.").first).metricKey == "lending")
    }

    /// "Plant and equipment investments": two modifiers coordinated before one head.
    @Test func modifiersCoordinatedBeforeOneHeadShareIt() throws {
        #expect(try #require(figures("Plant and equipment investments fell 3.9 pct to 8,004 billion yen.").first).metricKey == "investment")
    }

    /// "before taking account of 170 mln stg morning assistance": a day part inside another
    /// figure's phrase is that figure's, not the sentence's.
    @Test func aDayPartInAnotherFiguresPhraseIsThatFigures() throws {
        let found = figures("The bank revised its estimate of the shortfall to 800 mln stg, before taking account of 170 mln stg morning assistance.")
        #expect(found.map(\.specifier) == [nil, "morning"])
    }
}
