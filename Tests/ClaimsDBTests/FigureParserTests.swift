import ClaimsExtract
import ClaimsNormalize
import ClaimsSeeds
import Foundation
import Testing

/// One test per kind of figure the extractor reads, and per kind of number it must not.
@Suite struct FigureParserTests {
    private let extractor: Extractor

    init() throws {
        extractor = try Extractor.builtIn()
    }

    private func figures(_ sentence: String, published: String? = nil) -> [Figure] {
        let document = Document(published: published, format: .text, body: sentence,
                                blocks: [Block(kind: .paragraph, start: 0, end: sentence.utf8.count)])
        return extractor.claims(in: document).flatMap(\.figures)
    }

    private func values(_ sentence: String) -> [Double] { figures(sentence).map(\.value) }
    private func units(_ sentence: String) -> [String] { figures(sentence).map(\.unit) }

    // MARK: numbers

    @Test func groupSeparatorsCommasAndSpaces() {
        #expect(values("Output was 1,234,567 tonnes.") == [1_234_567])
        #expect(values("Output was 816 000 tonnes.") == [816_000])
        #expect(values("Output was 816\u{202F}000 tonnes.") == [816_000])
        #expect(values("Output was 816\u{2009}000 tonnes.") == [816_000])
    }

    @Test func decimalsAndNegatives() {
        #expect(values("Growth was 3.25 pct, then -0.5 pct, then minus 2 pct.") == [3.25, -0.5, -2])
    }

    @Test func newswireFractions() {
        #expect(values("The bond rose to 7-1/2 pct and the stock to 101-1/2 dlrs.") == [7.5, 101.5])
    }

    @Test func writtenNumbers() {
        #expect(values("About twenty-three nations and a dozen aircraft joined.") == [23, 12])
        #expect(values("It cost one million dollars and half a million pounds.") == [1e6, 5e5])
        #expect(values("It has been invoked once, used twice and tried three times.") == [1, 2, 3])
        #expect(figures("On one hand, it is one of the largest.").isEmpty)
    }

    // MARK: scales

    @Test func scaleWords() {
        #expect(values("Sales were 5 thousand dlrs, 5 million dlrs, 5 billion dlrs and 5 trillion yen.") == [5e3, 5e6, 5e9, 5e12])
    }

    @Test func newswireScaleForms() {
        #expect(values("It raised 3 mln dlrs, 4 bln dlrs, 2 mn euros, 6 bn euros, 1.5 tr yen and 20k dlrs.")
                == [3e6, 4e9, 2e6, 6e9, 1.5e12, 20e3])
        #expect(values("It raised Rs 5 crore and Rs 3 lakh.") == [5e7, 3e5])
    }

    @Test func gluedScalesAndCurrencies() {
        let found = figures("It won $23bn, £600m, US$4.7 billion and USD34.6 million.")
        #expect(found.map(\.value) == [23e9, 600e6, 4.7e9, 34.6e6])
        #expect(found.map(\.unit) == ["USD", "GBP", "USD", "USD"])
    }

    @Test func aGluedLetterIsNotAScaleWithoutMoney() {
        #expect(figures("She won the 5,000m at the games.").isEmpty)
    }

    // MARK: money

    @Test func aCurrencySignIsWrittenWhole() {
        #expect(units("A $2bn gap remains, and A$3bn more.") == ["USD", "AUD"])
    }

    @Test func currencySymbols() {
        #expect(units("Fees were $5, US$6, C$7, A$8, €9, £10, ¥11 and Rs 12 each.")
                == ["USD", "USD", "CAD", "AUD", "EUR", "GBP", "JPY", "INR"])
    }

    @Test func currencyWords() {
        let sentence = "Prices were 5 dollars, 6 dlrs, 7 Australian dlrs, 8 euros, 9 pounds, 10 sterling, 11 yen, "
            + "12 francs, 13 Swiss francs, 14 roubles, 15 rubles, 16 hryvnias, 17 rupees, 18 yuan, 19 renminbi and 20 ECU."
        #expect(units(sentence) == ["USD", "USD", "AUD", "EUR", "GBP", "GBP", "JPY", "FRF", "CHF", "RUB", "RUB", "UAH",
                                    "INR", "CNY", "CNY", "XEU"])
    }

    @Test func centsAreHundredths() {
        let found = figures("Earnings were 95 cts, up from 80 cts.")
        #expect(found.map(\.value) == [0.95, 0.8])
        #expect(found.map(\.unit) == ["USD", "USD"])
    }

    @Test func aBareScaledNumberTakesTheCurrencyOfItsList() {
        let found = figures("The package totals 3.53 billion dlrs, including the 2.15 billion from banks.")
        #expect(found.map(\.unit) == ["USD", "USD"])
        #expect(found.map(\.value) == [3.53e9, 2.15e9])
    }

    @Test func everyCurrencyCodeOfTheSeedsIsISO4217() throws {
        let iso = Set(Locale.Currency.isoCurrencies.map(\.identifier))
        let figures = try SeedVocabularies.builtIn().figures
        let currencies = figures.currencies
        let codes = Array(currencies.symbols.values) + Array(currencies.codeAliases.values) + Array(currencies.names.values)
            + Array(currencies.qualifiers.values) + currencies.codesNotRead + currencies.notMoney
            + figures.subunits.values.map(\.currency)
        #expect(codes.filter { !iso.contains($0) }.isEmpty)
    }

    @Test func currencyNamesBeyondTheCommonWords() {
        let sentence = "Reserves were 5 mln rand, 6 bln rupiah, 7 mln SDRs, 8 mln Ecus, 9 bln baht, 10 mln ringgit, "
            + "11 mln schillings, 12 bln drachmas, 13 bln pesetas, 14 mln crowns, 15 mln guilders and 16 bln lire."
        #expect(units(sentence) == ["ZAR", "IDR", "XDR", "XEU", "THB", "MYR", "ATS", "GRD", "ESP", "SEK", "NLG", "ITL"])
    }

    @Test func qualifiedCurrencyNames() {
        let sentence = "Prices were 1 Australian dlr, 2 Canadian dlrs, 3 Swiss francs, 4 Belgian francs, 5 Hong Kong dlrs, "
            + "6 New Zealand dlrs, 7 Singapore dlrs, 8 Taiwan dlrs, 9 South African rand, 10 Saudi riyals, 11 Danish crowns, "
            + "12 Irish punts, 13 U.S. dlrs and 14 dollars."
        #expect(units(sentence) == ["AUD", "CAD", "CHF", "BEF", "HKD", "NZD", "SGD", "TWD", "ZAR", "SAR", "DKK", "IEP", "USD", "USD"])
    }

    @Test func currencyNamesFoundationGivesAreRead() {
        // "Kenyan Shilling", "Nigerian Naira", "Malaysian Ringgit" are Locale's names; the
        // plural and the country's name are the newswire's
        #expect(units("Sales were 5 mln Kenyan shillings, 6 mln Kenya shillings, 7 mln Nigerian naira and 8 mln Malaysian dlrs.")
                == ["KES", "KES", "NGN", "MYR"])
    }

    @Test func currencyCodesBeforeOrAfterTheNumber() {
        #expect(units("It raised IDR 5 bln, 6 bln THB and SDR 7 mln.") == ["IDR", "THB", "XDR"])
        #expect(units("It runs Berkeley BSD 4.3 and ALL 12; 126 ARM and 52.9 mln MCF.") == ["count"])
    }

    @Test func perUnitPricesKeepTheirDenominator() {
        let sentence = "Land sold for 403 dlrs per acre, crude for 18 dlrs a barrel, wheat for 2.50 dlrs per bushel, "
            + "sugar for 108 dlrs per tonne, gold for 400 dlrs an ounce and coffee for 1.20 dlrs a lb."
        #expect(units(sentence) == ["USD/acre", "USD/barrel", "USD/bushel", "USD/tonne", "USD/ounce", "USD/pound"])
        let shares = figures("Net was 1.78 dlrs per share, the dividend 95 cts a share and the offer 20 dlrs per common share.")
        #expect(shares.map(\.unit) == ["USD/share", "USD/share", "USD/share"])
        #expect(shares.map(\.value) == [1.78, 0.95, 20])
        #expect(units("Yields averaged 37 bushels an acre and 2.5 tonnes per hectare.") == ["bushel/acre", "tonne/hectare"])
    }

    @Test func aPricePerShareThenPlusAddsToIt() {
        let offer = figures("It offered 25 dlrs a share plus a warrant, or 140 dlrs per share or more.")
        #expect(offer.map(\.unit) == ["USD/share", "USD/share"])
        #expect(offer.map(\.qualifier) == [.exact, .atLeast])
    }

    @Test func ratesOverTimeAndSharesOfCountsKeepTheirUnit() {
        #expect(units("It saves 5 mln dlrs a year, up from 4 mln dlrs a year earlier.") == ["USD", "USD"])
        #expect(units("Rates rose 5 pct a year and shares carry 10 votes a share.") == ["percent", "count"])
    }

    @Test func aBareNumberAfterAPerShareFigureTakesOnlyItsCurrency() {
        let found = figures("Profit was 1.20 dlrs a share, or 5.2 mln, vs 4.1 mln dlrs.")
        #expect(found.map(\.unit) == ["USD/share", "USD", "USD"])
    }

    // MARK: percent

    @Test func percentForms() {
        #expect(units("It rose 5%, 6 percent, 7 per cent and 8 pct.") == ["percent", "percent", "percent", "percent"])
        #expect(units("Rates rose 2 percentage points and 25 basis points.") == ["percentage_points", "basis_points"])
    }

    // MARK: counts and units

    @Test func countsAndMeasuredUnits() {
        #expect(units("About 300 people, 4,000 troops, 12 nations and 40 aircraft were involved.") == ["count", "count", "count", "count"])
        #expect(units("They shipped 50,000 tonnes and pumped 1.2 mln barrels per day.") == ["tonne", "barrels_per_day"])
        #expect(units("The vein was 3.87 feet wide over a 40 foot section, 60 kilos of ore and 25.7 mln lbs.") == ["foot", "foot", "kg", "pound"])
        #expect(units("Two Kuwaiti tankers and 392 working rigs.") == ["count", "count"])
    }

    // MARK: ranges

    @Test func rangesShareScaleAndUnit() {
        for sentence in ["Costs were between 200 and 300 mln dlrs.", "Costs were 200 to 300 mln dlrs."] {
            let figure = figures(sentence).first
            #expect(figure?.qualifier == .range)
            #expect(figure?.low == 200e6)
            #expect(figure?.high == 300e6)
            #expect(figure?.unit == "USD")
        }
        let glued = figures("It sought $1.3 to $1.5bn.").first
        #expect(glued?.low == 1.3e9)
        #expect(glued?.high == 1.5e9)
        let dashed = figures("Prices were 15-20 usd.").first
        #expect(dashed?.low == 15)
        #expect(dashed?.high == 20)
        #expect(dashed?.unit == "USD")
    }

    @Test func aYearBeforeToIsAPeriodNotTheLowEndOfARange() {
        let gnp = figures("GNP rose by 11.62 pct in 1985 to 1.93 trillion dlrs.")
        #expect(gnp.map(\.value) == [11.62, 1.93e12])
        #expect(gnp.map(\.qualifier) == [.exact, .exact])
        let gas = figures("The surplus would contract from three trillion cubic feet in 1986 to two trillion cubic feet in 1987.")
        #expect(gas.map(\.value) == [3e12, 2e12])
        #expect(gas.map(\.qualifier) == [.exact, .exact])
        #expect(values("Output rose 5 pct in 1986 to 235,000 tonnes.") == [5, 235_000])
    }

    @Test func rangesWhoseEndsEachCarryTheUnit() {
        let hotel = figures("Rooms will cost between 55 dlrs and 90 dlrs a night, suites 100,000 dlrs to 200,000 dlrs.")
        #expect(hotel.map(\.qualifier) == [.range, .range])
        #expect(hotel.map(\.low) == [55, 100_000])
        #expect(hotel.map(\.high) == [90, 200_000])
        let ranging = figures("Yields ranged from 4.2 pct to 6.35 pct.").first
        #expect(ranging?.qualifier == .range)
        #expect(ranging?.high == 6.35)
        // a change then a level, not a range
        #expect(figures("Deposits rose 778 mln dlrs to 75.95 billion dlrs.").map(\.qualifier) == [.exact, .exact])
        #expect(figures("It rose 5 pct, or 37.8 billion dlrs to 3,063.4 billion dlrs.").map(\.qualifier) == [.exact, .exact, .exact])
    }

    /// After "by", "X to Y" is a change and then a level, but with one scale written on both
    /// and Y above X and at most twice it, a range of the change; a number written in full
    /// takes no scale from the level after it.
    @Test func aChangeByXToYIsARangeOnlyWhenYIsNearX() {
        let deficit = figures("The trade deficit is expected to fall by 12 billion to 18 billion dlrs.")
        #expect(deficit.map(\.qualifier) == [.range])
        #expect(deficit.first?.kind == .change)
        #expect(deficit.first?.high == 18e9)
        #expect(figures("Reserves rose by 5 billion to 120 billion dlrs.").map(\.qualifier) == [.exact, .exact])
        #expect(values("Payrolls fell by 16,000 to 1.41 million.") == [16_000, 1_410_000])
    }

    @Test func aBareNumberTakesTheUnitOfTheFigureItIsComparedWith() {
        #expect(units("Revenues rose to 3.14 billion from 2.96 billion dlrs.") == ["USD", "USD"])
        #expect(units("Crude rose to 18 from 17 dlrs a barrel.") == ["USD/barrel", "USD/barrel"])
        #expect(units("Inflation fell to 3 pct in 1986 from 5 pct in 1985.") == ["percent", "percent"])
    }

    @Test func clockTimesAreNeverDurations() {
        #expect(figures("The port is closed between 1900 and 2300 hours and reopens at 0700 hours.").isEmpty)
        #expect(units("The crew logged 1000 hours.") == ["hour"])
    }

    @Test func malformedDigitGroupsAreNotReadAsNumbers() {
        #expect(figures("Deposits were 3,801,7 billion won and 1,7754,000 mln dlrs.").isEmpty)
        #expect(values("Net was 45,00,000 dlrs and 1.234.567 dlrs.") == [4_500_000, 1_234_567])
    }

    @Test func fromToIsTwoFigures() {
        let found = figures("Its share fell from 40 to 21 per cent.")
        #expect(found.map(\.value) == [40, 21])
        #expect(found.map(\.qualifier) == [.exact, .exact])
    }

    // MARK: qualifiers

    @Test func qualifierPhrases() {
        let cases: [(String, Figure.Qualifier)] = [
            ("more than", .moreThan), ("over", .moreThan), ("above", .moreThan), ("exceeding", .moreThan),
            ("at least", .atLeast), ("no less than", .atLeast),
            ("around", .approximately), ("about", .approximately), ("some", .approximately), ("roughly", .approximately),
            ("approximately", .approximately), ("nearly", .approximately), ("almost", .approximately), ("close to", .approximately),
            ("under", .lessThan), ("below", .lessThan), ("less than", .lessThan), ("fewer than", .lessThan),
            ("up to", .atMost), ("at most", .atMost), ("no more than", .atMost),
        ]
        for (phrase, qualifier) in cases {
            #expect(figures("They spent \(phrase) 40 mln dlrs.").first?.qualifier == qualifier, "\(phrase)")
        }
        #expect(figures("They spent 40 mln dlrs.").first?.qualifier == .exact)
        #expect(figures("Shares must average two dlrs or more.").first?.qualifier == .atLeast)
    }

    @Test func intervalsFollowTheBrief() {
        let exact = figures("Aid was 23 billion dollars.").first
        #expect(exact?.low == 22.5e9)
        #expect(exact?.high == 23.5e9)
        let more = figures("Aid was more than 23 billion dollars.").first
        #expect(more?.low == 23e9)
        #expect(more?.high == nil)
        let atMost = figures("Aid was up to 23 billion dollars.").first
        #expect(atMost?.low == nil)
        #expect(atMost?.high == 23e9)
        let about = figures("Growth was about 3.2 percent.").first
        #expect(about?.low == 3.04)
        #expect(about?.high == 3.36)
    }

    // MARK: never figures

    @Test func yearsDatesAndTimesAreNeverFigures() {
        #expect(figures("In 1987, after the September 11 attacks, on April 15, 1992 at 2.15pm and 8:46, after 9/11.").isEmpty)
        #expect(figures("The Sept. 11 attacks changed the 15 April plans.").isEmpty)
    }

    @Test func ordinalsDecadesAndFiscalLabelsAreNeverFigures() {
        #expect(figures("In the 21st century, unlike the 1990s, the 2012-13 and 1987/88 budgets were late.").isEmpty)
    }

    @Test func identifiersAreNeverFigures() {
        #expect(figures("Article 5, Section 230, Rule 10b-5, the F-14A, the B52, the G7 and No. 10 were cited.").isEmpty)
        #expect(figures("The Group of Five nations met the top three firms.").isEmpty)
    }

    @Test func hyphenatedAmountsAreFigures() {
        let loan = figures("It arranged a 100-mln-dlr 20-year loan.")
        #expect(loan.map(\.value) == [100e6, 20])
        #expect(loan.map(\.unit) == ["USD", "year"])
        let found = figures("Brazil's 108-billion-dlr foreign debt, a 50-pct owned unit, a 70,000-tonne surplus, "
            + "a 50-mln guilder note and a 6,000-hectare estate.")
        #expect(found.map(\.value) == [108e9, 50, 70_000, 50e6, 6_000])
        #expect(found.map(\.unit) == ["USD", "percent", "tonne", "NLG", "hectare"])
        #expect(units("The 18-dlr-a-share offer and a 28-dlr-per-share price.") == ["USD/share", "USD/share"])
        #expect(units("It stocked sugar in 100-pound bags.") == ["pound"])
        #expect(figures("The 13-member organisation holds a 512-seat house.").map(\.value) == [13, 512])
    }

    @Test func hyphenatedAgesAndLabelsAreNotAmounts() {
        #expect(figures("The 14-year-old law, form 10-K and a 32-bit chip.").isEmpty)
    }

    @Test func timeReferencesAreNotDurations() {
        #expect(figures("He met them 11 days ago and again 12 months later.").isEmpty)
        #expect(units("She received an eight-year ban and was jailed for 14 years.") == ["year", "year"])
    }

    @Test func multipliersAreNotCounts() {
        #expect(figures("It is up to 10 times the speed of the old one.").isEmpty)
    }

    // MARK: periods

    @Test func periodsFromPrepositionsAndLabels() {
        let cases: [(String, String?, String?)] = [
            ("Aid reached 60 billion dollars since 2022.", "2022", nil),
            ("Growth will be 3.2 percent in 2024.", "2024", "2024"),
            ("Exports were 5 bln dlrs for fiscal 1987.", "1987", "1987"),
            ("Debt was 12 bln dlrs between 1981 and 2001.", "1981", "2001"),
            ("Output was 11 mln tonnes in 1987/88.", "1987", "1988"),
            ("Recalls hit 4.4 million adapters between September 1998 and February 2002.", "1998-09", "2002-02"),
        ]
        for (sentence, start, end) in cases {
            let figure = figures(sentence).first
            #expect(figure?.periodStart == start, "\(sentence)")
            #expect(figure?.periodEnd == end, "\(sentence)")
        }
        let relative = figures("Sales rose 5 pct last year.", published: "1987-03-02").first
        #expect(relative?.periodStart == "1986")
        #expect(relative?.periodEnd == "1986")
    }

    // MARK: metric and place

    @Test func metricPhraseAndKey() {
        let cases: [(String, String, String)] = [
            ("The IMF projects growth of around 3.2 percent.", "growth", "gdp_growth"),
            ("It sent 60 billion dollars in military aid.", "military aid", "military_aid"),
            ("Brazil's foreign debt rose to 110 bln dlrs.", "foreign debt", "foreign_debt"),
            ("Inflation rose to 5 pct.", "inflation", "inflation"),
        ]
        for (sentence, metric, key) in cases {
            let figure = figures(sentence).first
            #expect(figure?.metric == metric, "\(sentence)")
            #expect(figure?.metricKey == key, "\(sentence)")
        }
    }

    @Test func placeFromCountryNamesDemonymsAndPossessives() {
        #expect(figures("It sent 60 billion dollars in military aid to Ukraine.").first?.place == "UA")
        #expect(figures("Brazil's foreign debt rose to 110 bln dlrs.").first?.place == "BR")
    }

    // MARK: kind

    @Test func changeVersusLevel() {
        #expect(figures("Reserves rose 1.14 billion francs.").first?.kind == .change)
        #expect(figures("Spending was cut by 2 percent.").first?.kind == .change)
        #expect(figures("Reserves rose to 18.97 billion francs.").first?.kind == .level)
    }
}
