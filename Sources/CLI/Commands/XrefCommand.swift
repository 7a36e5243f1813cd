import ArgumentParser
import ClaimsStore

/// `claimsdb xref`: where figures attributed to the same source agree and disagree.
struct XrefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xref",
        abstract: "Compare figures attributed to the same source: conflicts first, then corroborations.",
        discussion: """
            Figures are comparable when they have the same attributed source, metric key, unit and place,
            overlapping periods, and come from different articles. They conflict when the intervals their
            qualifiers imply ("more than 23 billion" is above 23 billion; "about 3.3" is 3.3 +/- the tolerance)
            do not meet.
            Rows are written as they are read (for --format table, once all are read: its widths need them).
            Examples:
              claimsdb xref --conflicts
              claimsdb xref --source IMF --metric gdp_growth --format json
              claimsdb xref --unsourced --min 1e9
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only figures attributed to this source (key or alias).")
    var source: String?

    @Option(help: "Only this metric key (gdp_growth, military_aid, ...).")
    var metric: String?

    @Option(help: "Only figures about this country (ISO code).")
    var place: String?

    @Flag(help: "Only conflicts.")
    var conflicts = false

    @Option(help: "Share of the value an \"approximately\" figure may be off by, either way.")
    var tolerance = 0.05

    @Flag(help: "Instead: figures in claims that no source is attributed.")
    var unsourced = false

    @Option(help: "With --unsourced: only figures at least this large.")
    var min: Double?

    @Option(help: "At most this many rows.")
    var limit: Int?

    func validate() throws {
        if tolerance < 0 || tolerance >= 1 { throw ValidationError("--tolerance is a share between 0 and 1, such as 0.05") }
    }

    func run() throws {
        let db = try database.openForReading()
        let stream = output.stream()
        if unsourced {
            try db.unsourcedFigures(metric: metric, minimum: min, limit: limit, columns: stream.begin, eachRow: stream.write)
        } else {
            let filter = CrossReferenceFilter(source: source, metric: metric, place: place, conflictsOnly: conflicts,
                                              tolerance: tolerance, limit: limit)
            stream.begin(ClaimsDatabase.crossReferenceColumns)
            try db.crossReference(filter, eachRow: stream.write)
        }
        stream.finish()
    }
}
