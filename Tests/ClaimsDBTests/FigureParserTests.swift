import ClaimsExtract
import ClaimsNormalize
import Testing

/// Figures the first extractor must read, and numbers it must never take for figures.
@Suite struct FigureParserTests {
    private func figures(_ sentence: String) throws -> [Figure] {
        let document = try Normalizer.builtIn().normalize(Array(sentence.utf8), format: .text)
        return try Extractor.builtIn().claims(in: document).flatMap(\.figures)
    }

    @Test func moreThanIsOpenAbove() throws {
        let figure = try #require(try figures("Aid reached more than 23 billion dollars last year.").first)
        #expect(figure.value == 23e9)
        #expect(figure.unit == "USD")
        #expect(figure.qualifier == .moreThan)
        #expect(figure.low == 23e9)
        #expect(figure.high == nil)
    }

    @Test func exactFigureSpansItsWrittenPrecision() throws {
        let figure = try #require(try figures("The fund holds 23 billion dollars.").first)
        #expect(figure.qualifier == .exact)
        #expect(figure.low == 22.5e9)
        #expect(figure.high == 23.5e9)
    }

    @Test func newswireScalesAndCurrencies() throws {
        let found = try figures("Exports rose to 33.5 billion dlrs from 3.2 mln Australian dlrs and $23bn.")
        #expect(found.map(\.value) == [33.5e9, 3.2e6, 23e9])
        #expect(found.map(\.unit) == ["USD", "AUD", "USD"])
    }

    @Test func percentWords() throws {
        let found = try figures("Inflation was 5 pct, then 4.5 per cent, then 4%.")
        #expect(found.map(\.unit) == ["percent", "percent", "percent"])
        #expect(found.map(\.value) == [5, 4.5, 4])
    }

    @Test func rangeSharesScaleAndUnit() throws {
        let figure = try #require(try figures("Costs were between 200 and 300 mln dlrs.").first)
        #expect(figure.qualifier == .range)
        #expect(figure.low == 200e6)
        #expect(figure.high == 300e6)
        #expect(figure.unit == "USD")
    }

    @Test func yearsDatesOrdinalsAndIdentifiersAreNeverFigures() throws {
        let sentence = "In 1987, after the September 11 attacks and on April 15, 1992 at 8:46, Article 5, Section 230 "
            + "and the F-14A in the 21st century of the 1990s, fiscal 2012-13 and 1987/88 saw 9/11 again."
        #expect(try figures(sentence).isEmpty)
    }

    @Test func sinceAYearIsAnOpenPeriod() throws {
        let figure = try #require(try figures("Donors gave over 60 billion dollars in military aid since 2022.").first)
        #expect(figure.periodStart == "2022")
        #expect(figure.periodEnd == nil)
        #expect(figure.metric == "military aid")
        #expect(figure.metricKey == "military_aid")
    }

    @Test func onceCountsOnlyAfterWhatHappened() throws {
        #expect(try figures("It has been invoked once in history.").map(\.value) == [1])
        #expect(try figures("Once the plan is signed, troops move. They met once again.").isEmpty)
    }

    @Test func countNounsMakeCounts() throws {
        let figure = try #require(try figures("About 3,000 troops arrived.").first)
        #expect(figure.value == 3000)
        #expect(figure.unit == "count")
        #expect(figure.qualifier == .approximately)
    }
}
