/// One row of `figure_intervals` as pairing needs it: a figure with one attributed source and a
/// metric key, its texts reduced to ids. REAL columns hold NaN for NULL, which is faithful
/// because SQLite never stores NaN and turns every NaN its arithmetic makes into NULL.
struct ComparableFigure {
    /// What the interval rules need of `qualifier`.
    enum Qualifier: UInt8 {
        case approximately
        case moreThan
        case lessThan
        case other
        /// NULL: neither bound counts as closed (`NOT NULL` is not true).
        case missing
    }

    var figureID: Int64
    var articleID: Int64
    var claimID: Int64
    /// Of the claim's text; equal hashes are confirmed against the texts themselves.
    var sentenceHash: UInt64
    /// Of the claim's text without its digits, points and commas: two sentences alike but for
    /// their numbers, on different days, are two readings of a recurring release.
    var templateHash: UInt64
    /// Index in ``ComparableFigures/groups``: metric key, unit, place and kind, and the source
    /// unless sources are compared with each other.
    var group: Int32
    /// Index in ``ComparableFigures/sources``.
    var source: Int32
    /// Ids in ``ComparableFigures/periods``; -1 is NULL.
    var periodStart: Int32
    var periodEnd: Int32
    /// `published_day` (the julianday() of a calendar date, always a whole day and a half),
    /// rounded down; -1 is NULL.
    var day: Int32
    /// Id of `figures.holder` (the named company or body of the figure's clause); -1 is NULL.
    /// Two figures with two different holders are never compared.
    var holder: Int32
    /// Id of `figures.specifier` (what narrows the metric: "winter", "sale wheat"); -1 is NULL.
    /// Two figures with two different specifiers are never compared.
    var specifier: Int32
    /// The time grain its specifier names (``TimeGrain``), 0 for none: a week's figure pairs
    /// only with another week's.
    var grain: Int8 = 0
    var value: Double
    /// As stored, which `figure_intervals` keeps for every qualifier but `approximately`.
    var low: Double
    var high: Double
    /// `figure_intervals.precision`: half a unit of an approximate value's last significant digit.
    var precision: Double
    var qualifier: Qualifier
}
