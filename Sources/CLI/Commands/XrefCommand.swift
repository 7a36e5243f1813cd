import ArgumentParser
import ClaimsStore

/// `claimsdb xref`: where figures attributed to the same source agree and disagree, or, with
/// `--across-sources`, where two sources do.
struct XrefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xref",
        abstract: "Compare figures attributed to the same source (or to two, --across-sources): conflicts first, then corroborations.",
        discussion: """
            Figures are comparable when they have the same attributed source, metric key, unit, place and
            period, and come from different articles in different words (a re-sent wire is no second
            witness). Sources ingest found in the text (`claimsdb sources --discovered`) are compared once
            adopted (`claimsdb sources adopt KEY`). Periods compare when they are the same (a year's figure never with its first quarter's;
            a total "since 2022" only with totals since 2022); figures that state none when their articles
            were published on the same day (a figure without a period is about the time of its report:
            Monday's repurchase agreement is not Tuesday's; --window widens it to DAYS apart), unless on
            different days in the same words but for their numbers (a daily release read again). They
            conflict when the intervals their qualifiers imply do not meet (a revision when either sentence also
            states the other value: "10.60 mln tonnes, vs 11.40 mln tonnes last month"): "more than 23 billion" is above 23 billion,
            "about 5 percent" 4.5 to 5.5 (half a unit of its last significant digit, or the tolerance if wider).
            With --across-sources, figures of two different sources are compared the same way, each row
            saying whether they agree or differ.
            Rows are written as they are read (for --format table, once all are read: its widths need them).
            Examples:
              claimsdb xref --conflicts
              claimsdb xref --source IMF --metric gdp_growth --format json
              claimsdb xref --across-sources --metric gdp_growth --place UA
              claimsdb xref --window 60 --tolerance 0.1
              claimsdb xref --unsourced --min 1e9
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only figures attributed to this source (key or alias); across sources, on either side.")
    var source: String?

    @Option(help: "Only this metric key (gdp_growth, military_aid, ...).")
    var metric: String?

    @Option(help: "Only figures about this country (ISO code).")
    var place: String?

    @Flag(help: "Only pairs that disagree: conflicts and revisions (across sources: the pairs that differ).")
    var conflicts = false

    @Option(help: "Share of the value an \"approximately\" figure may be off by, either way, at least.")
    var tolerance = 0.05

    @Option(help: "Days apart two articles may be published for figures that state no period to be compared (0: the same day).")
    var window = 0

    @Flag(help: "Compare figures of different sources (the IMF's forecast beside the World Bank's): agree or differ.")
    var acrossSources = false

    @Flag(help: "Instead: figures in claims that no source is attributed.")
    var unsourced = false

    @Option(help: "With --unsourced: only figures at least this large.")
    var min: Double?

    @Option(help: "At most this many rows.")
    var limit: Int?

    func validate() throws {
        if tolerance < 0 || tolerance >= 1 { throw ValidationError("--tolerance is a share between 0 and 1, such as 0.05") }
        if window < 0 { throw ValidationError("--window is a number of days, 0 or more, such as 7") }
    }

    func run() throws {
        let db = try database.openForReading()
        let stream = output.stream()
        if unsourced {
            try db.unsourcedFigures(metric: metric, minimum: min, limit: limit, columns: stream.begin, eachRow: stream.write)
        } else {
            let filter = CrossReferenceFilter(source: source, metric: metric, place: place, conflictsOnly: conflicts,
                                              tolerance: tolerance, windowDays: window, acrossSources: acrossSources, limit: limit)
            stream.begin(acrossSources ? ClaimsDatabase.crossReferenceColumnsAcrossSources : ClaimsDatabase.crossReferenceColumns)
            try db.crossReference(filter, eachRow: stream.write)
        }
        stream.finish()
    }
}
