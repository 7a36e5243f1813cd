import ArgumentParser
import ClaimsExtract
import ClaimsSeeds
import ClaimsStore
import Foundation

/// `--db PATH`, else `CLAIMSDB_PATH`, else `./claims.db`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The database file (default: $CLAIMSDB_PATH, else ./claims.db).")
    var path: String?

    var resolvedPath: String {
        path ?? ProcessInfo.processInfo.environment["CLAIMSDB_PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? "claims.db"
    }

    /// For commands that write: creates and migrates the database as needed.
    func openForWriting() throws -> ClaimsDatabase {
        try ClaimsDatabase.open(path: resolvedPath, sources: try SeedVocabularies.builtIn().sources)
    }

    /// For commands that only read.
    func openForReading() throws -> ClaimsDatabase {
        try ClaimsDatabase.openReadOnly(path: resolvedPath)
    }
}

/// `--format` for query commands.
struct OutputOptions: ParsableArguments {
    @Option(help: """
        table, json, jsonl, csv, tsv or markdown. A line break in a cell never starts a row (CSV quotes the cell; TSV, tables \
        and Markdown print a space), and tables and Markdown show control characters as \\x1b instead of sending them to the terminal.
        """)
    var format: RowFormat = .table

    @Flag(help: ArgumentHelp(RawCells.help))
    var raw = false

    func print(_ result: QueryResult) {
        let stream = self.stream()
        stream.begin(result.columns)
        for row in result.rows { stream.write(row) }
        stream.finish()
    }

    /// For rows handed over as they are read: ``RowStream/begin(_:)`` with the columns, a
    /// ``RowStream/write(_:)`` a row, then ``RowStream/finish()``.
    func stream() -> RowStream {
        RowStream(format: format, raw: raw)
    }
}
