@testable import ClaimsExtract
import ClaimsNormalize
import Testing

/// The time a figure is for, as docs/labelling.md labels it: years and months resolved against
/// the article's date, quarters as their months, relative periods unknown in undated articles.
@Suite struct PeriodTests {
    private let extractor: Extractor

    init() throws {
        extractor = try Extractor.builtIn()
    }

    /// The period of each figure of `sentence`, "start..end" with "-" for an open end.
    private func periods(_ sentence: String, published: String? = nil) -> [String] {
        let document = Document(published: published, format: .text, body: sentence,
                                blocks: [Block(kind: .paragraph, start: 0, end: sentence.utf8.count)])
        return extractor.claims(in: document).flatMap(\.figures).map { "\($0.periodStart ?? "-")..\($0.periodEnd ?? "-")" }
    }

    private func period(_ sentence: String, published: String? = nil) -> String? {
        periods(sentence, published: published).first
    }

    // MARK: written out

    @Test func quartersAndHalvesAreTheirMonths() {
        #expect(period("Terms of trade fell 3.5 pct in the fourth quarter of 1986.") == "1986-10..1986-12")
        #expect(period("Its 1986 fourth quarter net income was 485,380 dlrs.") == "1986-10..1986-12")
        #expect(period("NOTE: Net includes a gain of four cts in 4th qtr 1986.") == "1986-10..1986-12")
        #expect(period("Shipments rose 12% in Q1 2004.") == "2004-01..2004-03")
        #expect(period("Profit rose 8 pct in the first half of 1987.") == "1987-01..1987-06")
        #expect(period("The company earned 413,250 dlrs in last year's fourth quarter.", published: "1987-03-06") == "1986-10..1986-12")
    }

    @Test func aYearsFirstMonthsAreMonths() {
        #expect(period("Surplus hit 14.95 billion dlrs in the first nine months of 1987.") == "1987-01..1987-09")
        // the last figure: "eight weeks" and "Nine months" are durations
        #expect(periods("Sales for the first eight weeks of the year were up 17.4 pct.", published: "1987-03-06").last == "1987-01..1987-02")
        #expect(periods("Nine months 1987 includes a gain of two cts per share.").last == "1987-01..1987-09")
        #expect(periods("Acme said earnings during the last three months of 2004 dropped by 62%.").last == "2004-10..2004-12")
    }

    @Test func listsOfYearsAreSpans() {
        #expect(period("There were almost £68m in donations in 2001, 2002 and 2003.") == "2001..2003")
        #expect(period("The EU will make €50bn available between 2024 and 2027.") == "2024..2027")
    }

    /// Spans of months ending at a date end in its month; a week, in its days.
    @Test func spansEndingAtADateEndInItsMonth() {
        #expect(period("For the fourth quarter ended March 30, 1986 it earned 631,720 dlrs.") == "1986-01..1986-03")
        #expect(period("Loans fell 896 mln dlrs in the week ended June 10.", published: "1987-06-19") == "1987-06-04..1987-06-10")
        #expect(period("Reserves rose 1.14 billion francs in the week to March 4.", published: "1987-03-10") == "1987-02-26..1987-03-04")
        #expect(period("Profit was 40m rupees for the three months to December.", published: "1987-03-10") == "1986-10..1986-12")
        #expect(period("The deficit hit $412bn in the 12 months to 30 September 2004.") == "2003-10..2004-09")
        #expect(period("It earned 3.9 mln dlrs for the previous fiscal year ended January 31, 1986.") == "1985-02..1986-01")
        #expect(period("Aid of 5 bln dlrs will be cut by July, 1988.", published: "1987-03-17") == "1988-07..1988-07")
    }

    @Test func theEndOfAYearIsItsDecemberUnlessItIsADeadline() {
        #expect(period("At the end of 1985 the bank held 13.8 billion baht of assets.") == "1985-12..1985-12")
        #expect(period("It aims to have 3 million people on drugs by the end of 2005.") == "2005..2005")
        #expect(period("It aims to sell more than four million cars by 2008.") == "2008..2008")
    }

    @Test func monthRangesAndSpansOfTwoDates() {
        #expect(period("Exports averaged 1.6 mln tonnes a month during May-Oct 1987.") == "1987-05..1987-10")
        #expect(period("Output averaged 5 mln tonnes between May and July.", published: "1987-09-01") == "1987-05..1987-07")
        #expect(period("Output averaged 5 mln tonnes between May and July 1987.", published: "1987-06-01") == "1987-05..1987-07")
    }

    @Test func sinceOpensTheEnd() {
        #expect(period("Terms of trade had fallen 19.9 pct since the fourth quarter of 1983.") == "1983-10..-")
        #expect(period("Storms have killed almost 60 people since the start of the year.", published: "1987-03-12") == "1987..-")
    }

    @Test func possessiveYearsNameTheFigureAfterThem() {
        #expect(periods("Income rose to 128 mln dlrs in 1986 compared with 1985's profit of 93 mln.")
                == ["1986..1986", "1985..1985"])
    }

    // MARK: counted from the publication date

    @Test func aMonthWithoutAYearIsTheLatestNotAfterPublication() {
        #expect(period("Durable goods orders rose 6.3 pct in February.", published: "1987-03-12") == "1987-02..1987-02")
        #expect(period("Retail sales rose 2.1 pct in December.", published: "1987-03-12") == "1986-12..1986-12")
        #expect(period("February sales were up 12 pct.", published: "1987-03-04") == "1987-02..1987-02")
        #expect(period("The surplus was 6.1 billion francs in January last year.", published: "1987-03-17") == "1986-01..1986-01")
    }

    @Test func aQuarterWithoutAYearIsTheLatestStartedByPublication() {
        #expect(period("For the fourth quarter, Acme reported a 312 mln dlr loss.", published: "1987-03-05") == "1986-10..1986-12")
        #expect(period("It expects a first quarter loss of 55 mln dlrs.", published: "1987-04-03") == "1987-01..1987-03")
        #expect(period("The dividend totals 56 cts for the March quarter.", published: "1987-04-03") == "1987-01..1987-03")
    }

    @Test func yearsCountFromPublication() {
        #expect(period("Hilton will break ground on six hotels this year.", published: "1987-03-17") == "1987..1987")
        #expect(period("Sales rose 5 pct last year.", published: "1987-03-02") == "1986..1986")
        #expect(period("Growth should slow to 3.3% next year.", published: "2004-12-01") == "2005..2005")
        #expect(period("Norvale expects revenues for the current fiscal year of 318 mln dlrs.", published: "1987-06-01") == "1987..1987")
        #expect(period("At this time last year, it operated 4,100 stores.", published: "1987-03-03") == "1986-03..1986-03")
    }

    @Test func daysWeeksAndLastMonthResolveToTheirMonth() {
        #expect(period("Sales totaled 318.4 mln dlrs last month.", published: "1987-03-06") == "1987-02..1987-02")
        #expect(period("The index fell 508 points on Monday.", published: "1987-10-20") == "1987-10..1987-10")
        #expect(period("The index fell 30 points yesterday.", published: "1987-03-01") == "1987-02..1987-02")
        #expect(period("A trader asked Japan to buy 200,000 tonnes last week.", published: "1987-04-03") == "1987-03..1987-03")
    }

    /// A part of the day of publication and "today's" are that day, so that one day's
    /// money-market operation is not set against another's; "today" alone is not read (it
    /// dates the report more often than a figure).
    @Test func partsOfTheDayOfPublicationAreThatDay() {
        #expect(period("The bank provided 437 mln stg assistance in the afternoon session.", published: "1987-03-12") == "1987-03-12..1987-03-12")
        #expect(period("It bought 120 mln stg of bills this morning.", published: "1987-03-02") == "1987-03-02..1987-03-02")
        #expect(period("It revised its estimate of today's shortfall to 800 mln stg.", published: "1987-03-12") == "1987-03-12..1987-03-12")
        #expect(period("The cabinet adopted today a plan to issue 14,600 billion yen of bills.", published: "1987-03-27") == "-..-")
        #expect(period("The bank provided 437 mln stg assistance in the afternoon session.") == "-..-")
    }

    /// A week (up to five) ended on a day is its days, so one week's money supply is not set
    /// against the next week's, nor one four-week average against the next.
    @Test func aWeekEndedOnADayIsItsDays() {
        #expect(periods("M-1 rose to 740.2 billion dlrs in the week ended March 2.", published: "1987-03-12").last == "1987-02-24..1987-03-02")
        #expect(periods("Loans were 3 billion dlrs in the week to 4 March.", published: "1987-03-12").last == "1987-02-26..1987-03-04")
        #expect(periods("Chain sales in the four-week period ended February 25 climbed 6.4 pct.", published: "1987-03-12").last == "1987-01-29..1987-02-25")
        #expect(periods("Demand averaged 16.2 mln bpd in the four weeks ended March 13.", published: "1987-03-18").last == "1987-02-14..1987-03-13")
    }

    /// January to December of one year is that year, so that it pairs with "in 1986".
    @Test func aWholeYearOfMonthsIsTheYear() {
        #expect(period("Imports totalled 144 mln ounces between January and December 1986.", published: "1987-02-10") == "1986..1986")
        #expect(period("Imports totalled 12 mln ounces between January and June 1986.", published: "1987-02-10") == "1986-01..1986-06")
    }

    /// "a year ago" is the sentence's period a year earlier; with none, the month a year before
    /// publication, a point, not the whole of last year.
    @Test func aYearAgoIsAPointUnlessTheSentenceNamesAPeriod() {
        #expect(periods("A year ago output was 9.1 mln bpd.", published: "1987-03-04").last == "1986-03..1986-03")
        #expect(periods("It expects earnings of 40 cts a share in 1987 against 31 cts a year ago.", published: "1987-03-04").last == "1986..1986")
    }

    /// "so far this year", "this year to date": January to the month of publication, so that one
    /// week's total for the year so far is not another week's.
    @Test func theYearSoFarEndsInTheMonthOfPublication() {
        #expect(period("So far this year, exports rose 4 pct.", published: "1987-04-08") == "1987-01-01..1987-04-08")
        #expect(period("Imports rose 2 pct this year to date.", published: "1987-03-25") == "1987-01-01..1987-03-25")
        #expect(period("Imports rose 2 pct this year to date.", published: "1987-03") == "1987-01..1987-03")
        #expect(period("Exports will rise 4 pct this year.", published: "1987-04-08") == "1987..1987")
    }

    @Test func relativePeriodsOfUndatedArticlesAreUnknownAndTakeNoOther() {
        #expect(period("Growth will be 4% this year.") == "-..-")
        #expect(periods("Growth in 2004 was about 4.7%, with the bank predicting 4% growth this year.") == ["2004..2004", "-..-"])
        #expect(period("Retail sales were up 3.4% in December.") == "-..-")
        #expect(period("In July 1999 they asked 801 adults for the Mail on Sunday.") == "1999-07..1999-07")
    }

    // MARK: counted from another period

    @Test func aYearEarlierCountsFromTheSentencesFirstPeriod() {
        #expect(periods("Terms of trade fell 3.5 pct in the fourth quarter of 1986 after 2.7 pct a year earlier.")
                == ["1986-10..1986-12", "1985-10..1985-12"])
        #expect(periods("Nissan turned a 684bn yen loss in 2000 into a 331bn yen profit the following year.")
                == ["2000..2000", "2001..2001"])
        #expect(periods("Taiwan's surplus was 2.35 billion dlrs in the first two months of 1987, against 1.87 billion dlrs in the same period last year.",
                        published: "1987-03-24").suffix(1) == ["1986-01..1986-02"])
        #expect(period("In 1983, it recorded a profit of 5,250,000 dlrs for its first quarter.", published: "1987-03-26") == "1983-01..1983-03")
        // without a period before, the same period of a year is that year
        #expect(period("Profit compares with $1.13bn in the same period in 2003.") == "2003..2003")
    }

    /// "from 50 mln in 1986": the time of a base compared with is the base's, not that of the
    /// figures after it; "from 2.2 mln last year" set against a figure of no stated time is the
    /// same unstated time a year before (a week's demand a year ago), not the whole of 1986.
    @Test func aBasesPeriodStaysWithTheBase() {
        #expect(periods("Diesel demand averaged 2.3 mln bpd, up 4.5 pct from 2.2 mln last year, while jet fuel demand was 1.4 mln bpd, off 2 pct.",
                        published: "1987-04-08") == ["-..-", "-..-", "-..-", "-..-", "-..-"])
        #expect(periods("Profit rose to 5 mln dlrs in 1986 from 4 mln dlrs last year.", published: "1987-04-08") == ["1986..1986", "1986..1986"])
        // a base's bare year before the year of a part of it is that part a year earlier
        #expect(periods("Sales rose to 5 mln dlrs in the first quarter of 1987 from 4 mln dlrs in 1986.") == ["1987-01..1987-03", "1986-01..1986-03"])
        #expect(periods("So far this year, demand rose to 3.3 mln bpd from 3.2 mln in 1986.", published: "1987-03-25")
                == ["1987-01-01..1987-03-25", "1986-01-01..1986-03-25"])
        #expect(periods("So far this year, coal output rose 2 pct to 51 mln tonnes from 50 mln in 1986, and steel output was 9 mln tonnes.",
                        published: "1987-04-08") == ["1987-01-01..1987-04-08", "1987-01-01..1987-04-08", "1986-01-01..1986-04-08", "1987-01-01..1987-04-08"])
    }

    @Test func theQuarterIsTheOneTheArticleNamedFirst() {
        #expect(periods("Net income rose 5 pct in the third quarter of 1987 from the second quarter. The tax bill was 52.4 mln dlrs in the quarter, down from 85.3 mln a year earlier.",
                        published: "1987-10-19") == ["1987-07..1987-09", "1987-07..1987-09", "1986-07..1986-09"])
        #expect(period("The tax bill was 52.4 mln dlrs in the quarter.", published: "1987-10-19") == "-..-")
    }

    // MARK: dates that are not the time of a figure

    @Test func maturitiesAreNotPeriods() {
        #expect(period("Its nine pct debentures due 1994 are being delisted.") == "-..-")
        #expect(period("It issued 300 mln crowns of bonds due April 23, 1992.") == "-..-")
        #expect(period("The issue maturing in August 1992 follows a placement of 250 mln francs.", published: "1987-03-03") == "-..-")
    }

    @Test func theTimeOfASayingIsNotTheFiguresTime() {
        #expect(period("The company said on Monday it would cut 500 jobs.", published: "1987-10-20") == "-..-")
        #expect(period("A spokesman told a news conference yesterday that the plant would cost 160 mln dlrs.", published: "1987-03-13") == "-..-")
        #expect(period("Whittaker reported first quarter earnings of 1,522,000 dlrs.", published: "1987-03-02") == "1987-01..1987-03")
    }

    @Test func comparisonBasesAreNotPeriods() {
        #expect(period("K Mart said sales rose 13.1 pct from a year ago.", published: "1987-03-05") == "-..-")
        #expect(period("Copper is about 30% higher than it was at the start of 2002.") == "-..-")
        #expect(period("Profit more than doubled to 40 mln dlrs in 1986.") == "1986..1986")
        #expect(period("At the end of 1986 foreign assets exceeded U.S. assets by 240 billion dlrs, compared to five years ago.",
                       published: "1987-03-09") == "1986-12..1986-12")
        #expect(period("Rates rose to 10.7 pct, the highest since October.", published: "1987-06-29") == "-..-")
    }

    @Test func termsOfDaysAreNotPeriodsButWindowsOfAYearAre() {
        #expect(period("Each warrant buys 500 dlrs of yen between June 30, 1988 and June 30, 1990.") == "-..-")
        #expect(period("ITT is waiving the 50 dlr fee through March 31.", published: "1987-03-16") == "-..-")
        #expect(period("The group bought 43,600 shares between May 21 and June 9.", published: "1987-06-19") == "1987-05..1987-06")
        #expect(period("It bought 870,100 shares between Feb 10 and 27.", published: "1987-03-11") == "1987-02..1987-02")
    }

    @Test func deliveryDatesAreNotPeriods() {
        #expect(period("Colombia bought wheat at 108 dlrs per tonne for end-April shipment.", published: "1987-04-02") == "-..-")
        #expect(period("The bonus averaged 29.40 dlrs per tonne for delivery during Jun-Nov 1987.") == "-..-")
    }

    @Test func endsOfMonthsAndYearsWrittenShort() {
        #expect(period("Gold holdings totalled 41,870 billion lire at end May.", published: "1987-06-18") == "1987-05..1987-05")
        #expect(period("Debt stood at 19.7 billion dlrs at end-1986.") == "1986-12..1986-12")
        #expect(period("It plans three new branches by year-end.", published: "1987-04-13") == "1987..1987")
        #expect(period("Banks held 52.1 billion marks in the first 24 days of March.", published: "1987-03-26") == "1987-03..1987-03")
        #expect(period("3rd qtr Feb 28 Shr profit 23 cts.", published: "1987-04-13") == "1986-12..1987-02")
    }

    // MARK: the article's date

    @Test func articleDatesReadAsFarAsTheyGo() {
        #expect(ArticleDate(iso: "1987-03-03T14:32:10Z") == ArticleDate(year: 1987, month: 3, day: 3))
        #expect(ArticleDate(iso: "1987-03") == ArticleDate(year: 1987, month: 3))
        #expect(ArticleDate(iso: "1987") == ArticleDate(year: 1987))
        #expect(ArticleDate(iso: "1987-02-30") == ArticleDate(year: 1987, month: 2))
        #expect(ArticleDate(iso: "March 1987") == nil)
    }

    @Test func datesOfOnlyAYearLeaveMonthsUnknown() {
        #expect(period("Sales rose 5 pct last year.", published: "1987") == "1986..1986")
        #expect(period("Sales rose 5 pct in January.", published: "1987") == "-..-")
        #expect(period("Sales rose 5 pct on Monday.", published: "1987-10") == "-..-")
    }
}
