/// A number a claim states, normalized so that figures from different articles compare.
public struct Figure: Sendable, Equatable {
    /// How a figure's number relates to the true quantity.
    public enum Qualifier: String, Sendable, Equatable, CaseIterable {
        case exact, approximately
        case moreThan = "more_than"
        case atLeast = "at_least"
        case lessThan = "less_than"
        case atMost = "at_most"
        case range
    }

    /// Whether the figure is a level ("to 18.97 billion") or a change ("rose 1.14 billion").
    public enum Kind: String, Sendable, Equatable {
        case level, change
    }

    /// The words as written ("more than 23 billion dollars").
    public var text: String
    /// In base units: 23 billion dollars is 23000000000 with unit USD; 3.2 percent is 3.2.
    public var value: Double
    /// The interval the qualifier and written precision imply; nil where unbounded.
    public var low: Double?
    public var high: Double?
    /// ISO 4217 code for money, `percent`, `percentage_points`, `basis_points`, `count`,
    /// or a measurement unit such as `tonne`.
    public var unit: String
    public var qualifier: Qualifier
    public var kind: Kind
    /// The noun phrase the figure measures ("military aid").
    public var metric: String?
    /// Its canonical key from `seeds/metrics.json` ("military_aid"), or, where the vocabulary
    /// has none, an open key made from the phrase itself ("housing_starts").
    public var metricKey: String?
    /// True when `metricKey` is open: made from the phrase, not chosen from a vocabulary, so
    /// figures compare only with figures whose phrase normalises the same way.
    public var metricKeyIsOpen: Bool
    /// ISO 3166 code of the country the figure is about.
    public var place: String?
    /// Year or date, ISO 8601 ("2022", "2024-03"); `periodEnd` nil for "since 2022".
    public var periodStart: String?
    public var periodEnd: String?
    /// The company or body the figure's clause names as its subject ("mesa refining" in "Mesa
    /// Refining Inc is being awarded a 62.5 mln dlr contract"), lower case, without its company
    /// suffixes: two contracts of one day to two companies are two quantities. Nil where the
    /// subject is no name, a cited source or a place.
    public var holder: String?
    /// What narrows the metric to one quantity of its kind, as a sorted set of words ("winter"
    /// for "winter onion production", "sale wheat" for "the credit line for wheat sales",
    /// "afternoon" for a market operation "in the afternoon"): figures whose specifiers differ
    /// are two quantities. Nil where nothing narrows it.
    public var specifier: String?
    public var start: Int
    public var end: Int

    public init(text: String, value: Double, low: Double?, high: Double?, unit: String, qualifier: Qualifier,
                kind: Kind = .level, metric: String? = nil, metricKey: String? = nil, metricKeyIsOpen: Bool = false, place: String? = nil,
                periodStart: String? = nil, periodEnd: String? = nil, holder: String? = nil, specifier: String? = nil,
                start: Int, end: Int) {
        self.text = text
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.qualifier = qualifier
        self.kind = kind
        self.metric = metric
        self.metricKey = metricKey
        self.metricKeyIsOpen = metricKeyIsOpen
        self.place = place
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.holder = holder
        self.specifier = specifier
        self.start = start
        self.end = end
    }
}
