import Foundation
import Testing

/// What users type reaches SQLite as bound values or not at all: quotes, `%`, `_` and broken
/// full-text syntax are clear one-line errors or plain matches, and `claimsdb sql` cannot
/// write by any road.
@Suite(.serialized) struct InjectionTests {
    let folder: URL
    let db: String

    init() throws {
        folder = try TestPaths.scratch()
        db = folder.appendingPathComponent("claims.db").path
        let run = try CLI.run(["ingest", "--db", db, TestPaths.root.appendingPathComponent("seeds/articles").path])
        #expect(run.status == 0, "\(run.stderr)")
    }

    private func find(_ arguments: [String]) throws -> CLIRun {
        try CLI.run(["find"] + arguments + ["--db", db, "--format", "jsonl"])
    }

    @Test func quotesPercentAndUnderscoreAreValuesNotSQL() throws {
        for value in ["O'Brien", "x' OR '1'='1", "%", "_", "IMF%", "\"; DROP TABLE claims; --"] {
            let run = try find(["--source", value])
            #expect(run.status == 1 && run.stderr == "claimsdb: unknown source '\(value)'; `claimsdb sources` lists them\n")
            for option in ["--metric", "--actor", "--place", "--unit"] {
                let other = try find([option, value])
                #expect(other.status == 0 && other.stdout.isEmpty, "\(option) \(value): \(other.stdout) \(other.stderr)")
            }
            let stances = try CLI.run(["stances", "--target", value, "--db", db, "--format", "jsonl"])
            #expect(stances.status == 0 && stances.stdout.isEmpty, "--target \(value): \(stances.stdout)")
        }
        // the words themselves still match
        #expect(try find(["--source", "IMF"]).stdout.contains("\"IMF\""))
        #expect(try CLI.run(["stances", "--target", "plan", "--db", db, "--format", "jsonl"]).stdout.contains("\"polarity\""))
    }

    @Test func brokenFullTextSyntaxIsOneClearLine() throws {
        for text in ["foo\"bar", "%", "NEAR(", "AND", "(IMF", "O'Brien", "*"] {
            let run = try find(["--text", text])
            #expect(run.status == 1, "\(text)")
            #expect(run.stderr.hasPrefix("claimsdb: --text \(text): not FTS5 query syntax ("), "\(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        }
        // quoted, the same words are searched as written
        #expect(try find(["--text", "\"O'Brien\""]).status == 0)
        #expect(try find(["--text", "\"percent\""]).stdout.contains("percent"))
    }

    @Test func claimsdbSQLCannotWriteByAnyRoad() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let attempts = [
            "INSERT INTO sources(key, name) VALUES ('X', 'x')", "UPDATE claims SET text = 'x'", "DELETE FROM claims",
            "DROP TABLE claims", "CREATE TABLE t(x)", "CREATE TEMP TABLE t(x)", "ALTER TABLE claims ADD COLUMN x",
            "WITH x AS (SELECT 1) DELETE FROM claims", "INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')",
            "ATTACH '\(folder.appendingPathComponent("x.db").path)' AS y", "ATTACH DATABASE ':memory:' AS m",
            "PRAGMA writable_schema = 1", "PRAGMA writable_schema(ON)", "PRAGMA query_only = 0", "pragma  QUERY_ONLY=false",
            "PRAGMA main.user_version = 7", "PRAGMA journal_mode = DELETE", "/* hi */ PRAGMA user_version = 5",
            "SELECT load_extension('libx')", "SELECT 1; DELETE FROM claims", "SELECT 1; PRAGMA query_only = 0",
            "VACUUM", "VACUUM INTO '\(folder.appendingPathComponent("copy.db").path)'", "REINDEX", "ANALYZE",
        ]
        for sql in attempts {
            let run = try CLI.run(["sql", sql, "--db", db])
            #expect(run.status == 1, "\(sql) was allowed: \(run.stdout)")
            #expect(run.stderr.split(separator: "\n").count == 1 && run.stderr.hasPrefix("claimsdb: "), "\(sql): \(run.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        for name in ["x.db", "copy.db"] {
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path))
        }
        let count = try CLI.run(["sql", "SELECT count(*) AS n FROM claims", "--db", db, "--format", "csv"])
        #expect(count.stdout == "n\n35\n")
        // reading pragmas still works
        #expect(try CLI.run(["sql", "PRAGMA table_info(claims)", "--db", db]).status == 0)
    }

    @Test func claimsdbSQLCannotReadOrSetAnFTS3TokenizerPointer() throws {
        // Debian's SQLite is built with ENABLE_FTS3_TOKENIZER: fts3_tokenizer('simple') would
        // hand out the address of a tokenizer module, and the two-argument form would install
        // any address as one
        let read = try CLI.run(["sql", "SELECT hex(fts3_tokenizer('simple')) AS pointer", "--db", db, "--format", "csv"])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout == "pointer\n\n", "a pointer leaked: \(read.stdout)")
        let set = try CLI.run(["sql", "SELECT fts3_tokenizer('mine', x'4141414141414141')", "--db", db])
        #expect(set.status == 1, "\(set.stdout)")
        #expect(set.stderr.split(separator: "\n").count == 1 && set.stderr.contains("fts3tokenize disabled"), "\(set.stderr)")
    }
}
