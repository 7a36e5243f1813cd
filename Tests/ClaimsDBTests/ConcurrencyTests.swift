import Foundation
import Testing

/// Two `claimsdb ingest` processes on one database at once, with overlapping inputs, while a
/// third queries it: nobody sees "database is locked", and nothing is lost or stored twice.
@Suite(.serialized) struct ConcurrencyTests {
    let folder: URL

    init() throws {
        folder = try TestPaths.scratch()
    }

    private func write(_ name: String, count: Int, seed: UInt64) throws -> String {
        let url = folder.appendingPathComponent(name)
        try GeneratedCorpus.jsonLines(count: count, seed: seed).write(to: url)
        return url.path
    }

    /// "4 articles read: added 3, identical 0 (text stored once), skipped 1 (already stored),
    /// failed 0; ..." -> (3, 0, 1, 0)
    private func counts(_ summary: String) -> (added: Int, identical: Int, skipped: Int, failed: Int)? {
        let numbers = summary.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard summary.contains(" read: added "), numbers.count >= 5 else { return nil }
        return (numbers[1], numbers[2], numbers[3], numbers[4])
    }

    @Test func twoIngestsAndAReaderNeverSeeALockAndStoreEachArticleOnce() throws {
        let size = Stress.scale(150, stress: 1_500)
        let shared = try write("shared.jsonl", count: size, seed: 1)
        let one = try write("one.jsonl", count: size / 2, seed: 2)
        let two = try write("two.jsonl", count: size / 2, seed: 3)
        let db = folder.appendingPathComponent("claims.db").path
        #expect(try CLI.run(["init", "--db", db]).status == 0)

        // each writer meets the other on the shared file, from opposite ends of its own list
        let first = try RunningCLI(["ingest", "--db", db, shared, one], scratch: folder)
        let second = try RunningCLI(["ingest", "--db", db, two, shared], scratch: folder)
        var queries = 0
        var failures: [String] = []
        while first.process.isRunning || second.process.isRunning {
            for arguments in [["find", "--source", "IMF", "--format", "jsonl", "--limit", "50"],
                              ["sql", "SELECT count(*) AS n FROM articles JOIN claims ON claims.article_id = articles.id"],
                              ["stances", "--format", "csv"]] {
                let run = try CLI.run(arguments + ["--db", db])
                queries += 1
                if run.status != 0 { failures.append(run.stderr) }
            }
        }
        let results = [first.wait().run, second.wait().run]
        for run in results {
            #expect(run.status == 0, "\(run.stderr)")
            #expect(!run.stderr.contains("locked") && !run.stderr.contains("busy"), "\(run.stderr)")
        }
        #expect(failures.isEmpty, "\(failures.count) of \(queries) queries failed: \(failures.first ?? "")")
        #expect(queries >= 3)

        // the same three files ingested one after the other
        let cleanPath = folder.appendingPathComponent("clean.db").path
        #expect(try CLI.run(["ingest", "--db", cleanPath, shared, one, two]).status == 0)
        let expected = try DatabaseDump.read(cleanPath)
        #expect(expected.articles.count == size * 2)
        #expect(try DatabaseDump.read(db) == expected)
        #expect(try DatabaseDump.integrity(db) == "ok")
        let summaries = results.compactMap { counts($0.stderr.split(separator: "\n").last.map(String.init) ?? "") }
        #expect(summaries.count == 2)
        #expect(summaries.map(\.added).reduce(0, +) == size * 2, "\(summaries)")
        #expect(summaries.map(\.skipped).reduce(0, +) == size, "\(summaries)")
        #expect(summaries.map(\.identical).reduce(0, +) == 0, "\(summaries)")
    }

    @Test func twoIngestsCreatingTheSameDatabaseBothSucceed() throws {
        let input = try write("few.jsonl", count: 20, seed: 4)
        for round in 0..<Stress.scale(5, stress: 50) {
            let db = folder.appendingPathComponent("new-\(round).db").path
            let writers = try (0..<2).map { _ in try RunningCLI(["ingest", "--db", db, input], scratch: folder) }
            for run in writers.map({ $0.wait().run }) {
                #expect(run.status == 0, "round \(round): \(run.stderr)")
            }
            let count = try CLI.run(["sql", "SELECT count(*) FROM articles", "--db", db, "--format", "csv"])
            #expect(count.stdout.split(separator: "\n").last == "20", "round \(round): \(count.stdout)")
        }
    }
}
