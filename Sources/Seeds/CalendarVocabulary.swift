/// Words that name or place a span of the calendar (`seeds/calendar.json`): weekdays,
/// quarters and halves, "last", "previous", "a year earlier", and the words that make a
/// date something other than the time a figure is for ("due 1994", "said on Monday").
public struct CalendarVocabulary: Codable, Sendable {
    /// Weekday -> its number, Sunday 0.
    public var weekdays: [String: Int]
    /// Words that open a span of two dates: "between 1981 and 2001", "from May to July".
    public var rangeStarts: [String]
    /// Words between the two dates of a span.
    public var rangeConnectors: [String]
    /// "first" quarter, "fourth" quarter; -1 is the last part of a year ("final quarter").
    public var ordinals: [String: Int]
    /// Glued after a number to make it an ordinal: "4th qtr".
    public var ordinalSuffixes: [String]
    /// Glued before a quarter's number: "Q1".
    public var quarterLetters: [String]
    /// Glued before a half's number: "H2".
    public var halfLetters: [String]
    /// A part of a year after an ordinal -> its months: "fourth quarter", "first half".
    public var partNouns: [String: Int]
    /// Unit noun -> months in one: "year" 12, "quarter" 3.
    public var units: [String: Int]
    /// Unit noun -> days in one: "week" 7. A span of them resolves to the month it ends in.
    public var dayUnits: [String: Int]
    /// Words before a year that leave it a year: "fiscal 1987", "calendar 1986".
    public var fiscalWords: [String]
    /// Counted from the publication date: "last year", "this month", "next quarter" (never
    /// after "the": "the next year" is anaphoric).
    public var deicticWords: [String: Int]
    /// The same after "the": "the current year", "the coming year".
    public var definiteDeicticWords: [String: Int]
    /// Counted from a period named before in the sentence: "the previous year", "the
    /// following year", "the same quarter".
    public var anaphoricWords: [String: Int]
    /// After a length: "a year earlier", "two years ago", "six months later".
    public var shiftWords: [String: Int]
    /// Days from the publication date: "yesterday". Not "today", which in wire copy dates the
    /// report ("adopted today", "will meet bankers here today") far more often than a figure.
    public var dayWords: [String: Int]
    /// Parts of the day of publication after "this" or "the": "this morning", "in the afternoon
    /// session". Read as that day.
    public var dayParts: [String]
    /// Nouns a part of the day may lead: "the afternoon session".
    public var sessionWords: [String]
    /// Two-word phrases beside "this year" that make it the year so far: "so far this year",
    /// "this year to date" (January to the month of publication). Optional.
    public var toDatePhrases: [String]?
    /// The day of publication before a possessive: "today's shortfall". Alone, "today" dates
    /// the report more often than a figure, so it is read only there.
    public var publicationDayWords: [String]
    /// "the end of 1985" is its last month.
    public var endWords: [String]
    /// End words that need no "of" before a month or a year: "at end May", "end-1986".
    public var shortEndWords: [String]
    /// Words that leave the span they modify as it is: "early 1987", "the start of the year".
    public var approximateWords: [String]
    /// Words that end a span at a date: "the quarter ended March 30", "the week to March 4".
    public var spanEndWords: [String]
    /// After a year, words that make it a fiscal one of another start: "the first 40 days of
    /// the year starting July 1".
    public var spanStartWords: [String]
    /// "the first nine months of 1986".
    public var firstWords: [String]
    /// A length of one: "a year earlier".
    public var indefiniteArticles: [String]
    /// "this time last year".
    public var timeWords: [String]
    /// Words before a date that make it the end of a security's life, not a period: "due 1994".
    public var maturityWords: [String]
    /// Verbs that make the period after their preposition a comparison base: "compared to
    /// five years ago", "compared with last year".
    public var comparisonVerbs: [String]
    /// Nouns of a trade's delivery, whose date is not the time of its figures: "for end-April
    /// shipment", "for delivery during Apr-Aug 1988".
    public var deliveryWords: [String]
    /// Words before a period counted from another that make it a comparison base, beside
    /// the period bases of figures.json: "up 4 per cent on the previous year".
    public var anchorBases: [String]
    /// Words that open a clause of comparison, whose period is the base: "higher than it was
    /// at the start of 2002".
    public var clauseBases: [String]
    /// Words before a clause base that make it a bound of a number instead: "more than
    /// doubled in 1986".
    public var clauseBaseExceptions: [String]
    /// Verbs whose time is the saying, not the figure: "said on Monday", "told a news
    /// conference yesterday", "announced last month".
    public var saidWords: [String]
    /// Months that are also verbs or nouns ("May", "March"): a period only with a preposition
    /// or a year.
    public var verbMonths: [String]

    enum CodingKeys: String, CodingKey {
        case weekdays, ordinals, units
        case rangeStarts = "range_starts"
        case rangeConnectors = "range_connectors"
        case ordinalSuffixes = "ordinal_suffixes"
        case quarterLetters = "quarter_letters"
        case halfLetters = "half_letters"
        case partNouns = "part_nouns"
        case fiscalWords = "fiscal_words"
        case deicticWords = "deictic_words"
        case definiteDeicticWords = "definite_deictic_words"
        case anaphoricWords = "anaphoric_words"
        case shiftWords = "shift_words"
        case dayWords = "day_words"
        case dayParts = "day_parts"
        case sessionWords = "session_words"
        case toDatePhrases = "to_date_phrases"
        case publicationDayWords = "publication_day_words"
        case endWords = "end_words"
        case shortEndWords = "short_end_words"
        case comparisonVerbs = "comparison_verbs"
        case approximateWords = "approximate_words"
        case spanEndWords = "span_end_words"
        case spanStartWords = "span_start_words"
        case firstWords = "first_words"
        case timeWords = "time_words"
        case maturityWords = "maturity_words"
        case anchorBases = "anchor_bases"
        case deliveryWords = "delivery_words"
        case clauseBases = "clause_bases"
        case clauseBaseExceptions = "clause_base_exceptions"
        case saidWords = "said_words"
        case indefiniteArticles = "indefinite_articles"
        case dayUnits = "day_units"
        case verbMonths = "verb_months"
    }
}
