import ClaimsExtract
import ClaimsNormalize
@testable import ClaimsStore
import ClaimsSeeds
import Foundation
import GRDB
import Testing

/// Files that are not what claimsdb needs: each command says so in one line, exits 1 and
/// leaves the file exactly as it was.
@Suite(.serialized) struct BadDatabaseTests {
    let folder: URL

    init() throws {
        folder = try TestPaths.scratch()
    }

    /// Every command that opens the database, for a file that must stay as it is.
    private let commands: [[String]] = [
        ["ingest", TestPaths.seedArticle.path], ["init"], ["find", "--source", "IMF"], ["sql", "SELECT 1"], ["stances"],
    ]

    private func expectRefused(_ path: String, saying message: String, commands: [[String]]? = nil) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for arguments in commands ?? self.commands {
            let run = try CLI.run(arguments + ["--db", path])
            #expect(run.status == 1, "\(arguments): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n") == ["claimsdb: \(path): \(message)"], "\(arguments)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    private func seededDatabase() throws -> String {
        let path = folder.appendingPathComponent("claims.db").path
        #expect(try CLI.run(["ingest", "--db", path, TestPaths.seedArticle.path]).status == 0)
        return path
    }

    @Test func aFileThatIsNotSQLiteIsLeftAsItWas() throws {
        let path = folder.appendingPathComponent("notes.db").path
        try Data(String(repeating: "not sqlite at all ", count: 300).utf8).write(to: URL(fileURLWithPath: path))
        try expectRefused(path, saying: "not a SQLite database")
    }

    @Test func anotherApplicationsDatabaseIsLeftAsItWas() throws {
        let path = folder.appendingPathComponent("other.db").path
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('mine')")
        }
        try expectRefused(path, saying: "a SQLite database, but not a claimsdb database")
    }

    @Test func aNewerSchemaIsLeftAsItWas() throws {
        let path = try seededDatabase()
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('9999_from_the_future')")
        }
        try expectRefused(path, saying: "schema is newer than this claimsdb (unknown migrations: 9999_from_the_future); upgrade claimsdb")
    }

    @Test func aReadOnlyFileCanBeReadButNotWritten() throws {
        let path = try seededDatabase()
        let readOnly = try ReadOnlyPath(URL(fileURLWithPath: path), isFolder: false)
        defer { readOnly.undo() }
        try #require(readOnly.holds, "cannot make a read-only file here")
        try expectRefused(path, saying: "database is read-only", commands: [["ingest", TestPaths.seedArticle.path], ["init"]])
        let count = try CLI.run(["sql", "SELECT count(*) FROM articles", "--db", path, "--format", "csv"])
        #expect(count.status == 0 && count.stdout.hasSuffix("1\n"), "\(count.stderr)")
    }

    @Test func aDatabaseInAReadOnlyFolderSaysWhy() throws {
        let path = try seededDatabase()
        let readOnly = try ReadOnlyPath(folder, isFolder: true)
        defer { readOnly.undo() }
        try #require(readOnly.holds, "cannot make a read-only folder here")
        try expectRefused(path, saying: "cannot open the database: its folder is read-only, and SQLite needs to create claims.db-wal and claims.db-shm beside it")
        let fresh = folder.appendingPathComponent("new.db").path
        let run = try CLI.run(["init", "--db", fresh])
        #expect(run.status == 1 && run.stderr == "claimsdb: \(fresh): cannot create the database: its folder is read-only\n")
    }

    @Test func aFullDiskStopsTheIngestWithOneLineAndKeepsWholeArticles() throws {
        let first = folder.appendingPathComponent("first.jsonl")
        let second = folder.appendingPathComponent("second.jsonl")
        try GeneratedCorpus.jsonLines(count: 100, seed: 5).write(to: first)
        try GeneratedCorpus.jsonLines(count: 300, seed: 6).write(to: second)
        let cleanPath = folder.appendingPathComponent("clean.db").path
        #expect(try CLI.run(["ingest", "--db", cleanPath, first.path, second.path]).status == 0)
        let expected = try DatabaseDump.read(cleanPath)

        let path = folder.appendingPathComponent("full.db").path
        #expect(try CLI.run(["ingest", "--db", path, first.path]).status == 0)
        let database = try ClaimsDatabase.open(path: path, sources: try SeedVocabularies.builtIn().sources)
        // room for a few dozen more articles, as if the disk filled up
        try database.queue.write { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages + 40)")
        }
        let ingestor = Ingestor(database: database, normalizer: try Normalizer.builtIn(), extractor: try Extractor.builtIn())
        var failures: [String] = []
        #expect(throws: StoreError.full(path: path)) {
            _ = try ingestor.ingest([IngestInput(origin: second.path, format: .jsonl)]) { event in
                if case .failed(let failure) = event { failures.append(failure.description) }
            }
        }
        #expect(failures.isEmpty, "articles were failed one by one: \(failures.prefix(2))")
        #expect(!StoreError.full(path: path).description.contains("\n"))

        #expect(try DatabaseDump.integrity(path) == "ok")
        let stored = try DatabaseDump.read(path)
        #expect(stored.articles.count >= 100 && stored.articles.count < expected.articles.count)
        for (sha, lines) in stored.articles { #expect(lines == expected.articles[sha], "article \(sha) is not whole") }
    }
}
