import Foundation
import GRDB
import Testing

/// Every input format and every bad input, through the real binary.
@Suite(.serialized) struct IngestFormatTests {
    let folder: URL
    let db: String

    init() throws {
        folder = try TestPaths.scratch()
        db = folder.appendingPathComponent("claims.db").path
    }

    private func write(_ name: String, _ text: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    private func sql(_ query: String) throws -> [[String: Any]] {
        let run = try CLI.run(["sql", query, "--db", db, "--format", "json"])
        return try CLI.json(run.stdout) as? [[String: Any]] ?? []
    }

    private func extract(_ path: String) throws -> [[String: Any]] {
        let run = try CLI.run(["extract", path])
        #expect(run.status == 0, "\(run.stderr)")
        return try run.stdout.split(separator: "\n").map { try CLI.json(String($0)) as? [String: Any] ?? [:] }
    }

    /// The seed article as a web page: its text in <p>, <h2> and <li>, wrapped in a nav
    /// bar, a markets ticker, share links, "Read Next", "Related Stories", an aside and a
    /// footer, each carrying numbers and sources of its own.
    private func seedPage() throws -> String {
        let text = try String(contentsOf: TestPaths.seedArticle, encoding: .utf8)
        var body = ""
        var inList = false
        for raw in text.split(separator: "\n").dropFirst(3) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || ["Read Next", "Follow us on:", "Related Stories"].contains(line) { continue }
            let escaped = line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            if line.hasPrefix("•") {
                if !inList { body += "<ul>"; inList = true }
                body += "<li>" + escaped.dropFirst().trimmingCharacters(in: .whitespaces) + "</li>\n"
                continue
            }
            if inList { body += "</ul>"; inList = false }
            body += line.hasSuffix(".") || line.count > 120 ? "<p>\(escaped)</p>\n" : "<h2>\(escaped)</h2>\n"
        }
        let title = "Ukraine NATO-Style Protection Plan Gains Putin’s Backing, Redefining Security Lines"
        return """
            <!doctype html><html><head><title>\(title) | World News</title>
            <meta property="og:title" content="\(title)">
            <meta property="article:published_time" content="2025-08-20T10:00:00Z">
            <link rel="canonical" href="https://news.example/ukraine-plan">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "\(title)", "datePublished": "2025-08-20",
              "author": {"name": "A. Writer"}, "publisher": {"name": "World News"}}</script>
            <script>var tracking = "the IMF says 99 percent";</script></head>
            <body><header><nav><a href="/">Home</a> <a href="/world">World</a> Markets: Dow up 1.2% to 38,000 points</nav></header>
            <div class="ticker">Brent $82 a barrel; the IMF says 5 percent growth; gold up 2%</div>
            <main><article><h1>\(title)</h1>
            <div class="share-bar"><a href="#">Share on Facebook (12,000 shares)</a> <a href="#">Tweet</a></div>
            \(body)
            <section class="read-next"><h3>Read Next</h3><ul><li><a href="/a">World Bank pledges 40 billion dollars to Kyiv</a></li></ul></section>
            <section><h3>Related Stories</h3><p><a href="/b">NATO says 32 members back the plan; the IMF estimates 7 percent growth</a></p></section>
            </article></main>
            <aside>Most read: 3 billion dollars in aid, the Pentagon said</aside>
            <footer>Follow us on: Twitter. © 2025 World News, 200 employees</footer></body></html>
            """
    }

    @Test func htmlPageGivesTheSameClaimsAsTheTextAndNoFurniture() throws {
        let page = try write("seed.html", try seedPage())
        let fromHTML = try extract(page.path)
        let fromText = try extract(TestPaths.seedArticle.path)
        func essence(_ claims: [[String: Any]]) -> [String] {
            claims.map { claim in
                let figures = (claim["figures"] as? [[String: Any]] ?? []).map { "\($0["text"] ?? "") \($0["value"] ?? "") \($0["unit"] ?? "")" }
                let sources = (claim["sources"] as? [[String: Any]] ?? []).map { "\($0["key"] ?? "") \($0["role"] ?? "")" }
                let stances = (claim["stances"] as? [[String: Any]] ?? []).map { "\($0["actor"] ?? "") \($0["polarity"] ?? "")" }
                return "\(claim["sentence"] ?? "") | \(figures) | \(sources) | \(stances)"
            }
        }
        #expect(essence(fromHTML) == essence(fromText))
        #expect(try CLI.run(["ingest", "--db", db, page.path]).status == 0)
        let article = try #require(try sql("SELECT title, published, url, outlet, body, json_extract(meta, '$.author') AS author FROM articles").first)
        #expect(article["title"] as? String == "Ukraine NATO-Style Protection Plan Gains Putin’s Backing, Redefining Security Lines")
        #expect(article["published"] as? String == "2025-08-20")
        #expect(article["url"] as? String == "https://news.example/ukraine-plan")
        #expect(article["outlet"] as? String == "World News")
        #expect(article["author"] as? String == "A. Writer")
        let body = article["body"] as? String ?? ""
        for furniture in ["38,000", "$82", "12,000", "40 billion", "32 members", "Most read", "200 employees", "Read Next",
                          "Related Stories", "Follow us", "tracking", "Home"] {
            #expect(!body.contains(furniture), "\(furniture) leaked into the body")
        }
    }

    @Test func truncatedHTMLIsReadAsFarAsItGoes() throws {
        let page = try write("cut.html", "<html><body><article><p>The IMF projects growth of 3 percent in 2025.</p><p>Then the page en")
        let run = try CLI.run(["ingest", "--db", db, page.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try sql("SELECT count(*) AS n FROM figures").first?["n"] as? Int == 1)
    }

    @Test func markdownFrontMatterFillsTheArticle() throws {
        let note = try write("note.md", """
            ---
            title: Aid for Kyiv
            date: 2024-03-01
            url: https://example.org/aid
            source: Example Times
            ---
            # Aid for Kyiv

            According to the [World Bank](https://worldbank.org), aid passed **23 billion dollars** in 2024.
            """)
        #expect(try CLI.run(["ingest", "--db", db, note.path]).status == 0)
        let article = try #require(try sql("SELECT title, published, url, outlet, format FROM articles").first)
        #expect(article["title"] as? String == "Aid for Kyiv")
        #expect(article["published"] as? String == "2024-03-01")
        #expect(article["outlet"] as? String == "Example Times")
        #expect(article["format"] as? String == "markdown")
        #expect(try sql("SELECT source FROM figure_details").first?["source"] as? String == "WORLD_BANK")
    }

    @Test func jsonLinesStoreEveryGoodLineAndNameTheBadOne() throws {
        var lines: [String] = []
        for number in 1...10 {
            if number == 7 {
                lines.append("{\"title\": \"Broken\", \"text\": \"The IMF said")
            } else {
                lines.append("{\"headline\": \"Story \(number)\", \"body\": \"The IMF said growth was \(number) pct in 1987.\", \"date\": \"1987-03-0\(number % 9 + 1)\", \"publisher\": {\"name\": \"Wire\"}, \"topics\": [\"money\"]}")
            }
        }
        let file = try write("dump.jsonl", lines.joined(separator: "\n") + "\n")
        let run = try CLI.run(["ingest", "--db", db, file.path])
        #expect(run.status == 1)
        let errors = run.stderr.split(separator: "\n").filter { !$0.contains(" read: added") }
        #expect(errors.count == 1, "\(run.stderr)")
        #expect(errors.first?.hasPrefix("\(file.path):7: invalid JSON") == true, "\(run.stderr)")
        #expect(try sql("SELECT count(*) AS n FROM articles").first?["n"] as? Int == 9)
        let first = try #require(try sql("SELECT title, published, outlet, json_extract(meta, '$.topics') AS topics, json_extract(meta, '$.line') AS line FROM articles ORDER BY id LIMIT 1").first)
        #expect(first["title"] as? String == "Story 1")
        #expect(first["outlet"] as? String == "Wire")
        #expect(first["topics"] as? String == "[\"money\"]")
        #expect(first["line"] as? String == "1")
    }

    @Test func anArticleTheDatabaseRefusesCostsOnlyItselfInItsBatch() throws {
        // The articles of a batch are written together; when one of them fails, the open
        // transaction is rolled back and stored article by article, so the others still land.
        #expect(try CLI.run(["init", "--db", db]).status == 0)
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN new.title = 'Poison' BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        let lines = (1...20).map { number in
            "{\"title\": \"\(number == 13 ? "Poison" : "Story \(number)")\", \"text\": \"The IMF said growth was \(number) pct in 1987.\"}"
        }
        let file = try write("batch.jsonl", lines.joined(separator: "\n") + "\n")
        let run = try CLI.run(["ingest", "--db", db, file.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(file.path):13: not stored: refused"), "\(run.stderr)")
        #expect(run.stderr.contains("20 articles read: added 19"), "\(run.stderr)")
        #expect(try sql("SELECT count(*) AS n FROM articles").first?["n"] as? Int == 19)
        #expect(try sql("SELECT count(*) AS n FROM claims").first?["n"] as? Int == 19)
        #expect(try sql("SELECT count(*) AS n FROM claims_fts WHERE claims_fts MATCH 'growth'").first?["n"] as? Int == 19)
        #expect(try sql("SELECT count(*) AS n FROM article_origins").first?["n"] as? Int == 19)
    }

    @Test func anArticleTheDatabaseRefusesLateInATransactionCostsOnlyItself() throws {
        // Batches are written without savepoints; a refused article rolls back the whole open
        // transaction, whose earlier batches are then stored again. Each article must still be
        // stored once and told once, in input order, and the unreadable line told once.
        #expect(try CLI.run(["init", "--db", db]).status == 0)
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN new.title = 'Poison' BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        let lines = (1...300).map { number -> String in
            switch number {
            case 5: return "{not json"
            case 140: return "{\"title\": \"Story 10\", \"text\": \"The IMF said growth was 10 pct in 1987.\"}"  // the text of line 10
            case 270: return "{\"title\": \"Poison\", \"text\": \"The IMF said growth was 270 pct in 1987.\"}"
            default: return "{\"title\": \"Story \(number)\", \"text\": \"The IMF said growth was \(number) pct in 1987.\"}"
            }
        }
        let file = try write("late.jsonl", lines.joined(separator: "\n") + "\n")
        let run = try CLI.run(["ingest", "--verbose", "--db", db, file.path])
        #expect(run.status == 1)
        let told = run.stderr.split(separator: "\n").map(String.init)
        #expect(told.filter { $0.hasPrefix("\(file.path):5: ") }.count == 1, "\(run.stderr)")
        #expect(told.filter { $0 == "\(file.path):270: not stored: refused" }.count == 1, "\(run.stderr)")
        #expect(told.filter { $0.hasPrefix("stored ") }.count == 297)
        #expect(told.filter { $0.hasPrefix("identical ") }.count == 1)
        #expect(run.stderr.contains("300 articles read: added 297, identical 1 (text stored once), skipped 0 (already stored), failed 2"),
                "\(run.stderr)")
        #expect(try sql("SELECT count(*) AS n FROM articles").first?["n"] as? Int == 297)
        #expect(try sql("SELECT count(*) AS n FROM claims").first?["n"] as? Int == 297)
        #expect(try sql("SELECT count(*) AS n FROM claims_fts WHERE claims_fts MATCH 'growth'").first?["n"] as? Int == 297)
        #expect(try sql("SELECT count(*) AS n FROM article_origins").first?["n"] as? Int == 298)
        #expect(try sql("SELECT max(id) - min(id) + 1 AS n FROM articles").first?["n"] as? Int == 297)  // no gaps left by the redo
    }

    @Test func jsonLinesWithoutTextSayWhichFieldIsMissing() throws {
        let file = try write("notext.jsonl", "{\"title\": \"Only a title\"}\n")
        let run = try CLI.run(["ingest", "--db", db, file.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains(":1: no article text"))
    }

    @Test func encodingsAreReadOrFallBackWithAWarning() throws {
        let sentence = "The IMF said growth was 3 pct in Zürich."
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(sentence.data(using: .utf16LittleEndian) ?? Data())
        try utf16.write(to: folder.appendingPathComponent("le.txt"))
        var bom = Data([0xEF, 0xBB, 0xBF])
        bom.append(Data("Growth was 4 pct, the OECD said.".utf8))
        try bom.write(to: folder.appendingPathComponent("bom.txt"))
        try Data([0x47, 0x72, 0xFC, 0x6E, 0x20] + Array(" exports rose 5 pct, the OECD said.".utf8)).write(to: folder.appendingPathComponent("latin1.txt"))
        for name in ["le.txt", "bom.txt", "latin1.txt"] {
            let run = try CLI.run(["ingest", "--db", db, folder.appendingPathComponent(name).path])
            #expect(run.status == 0, "\(name): \(run.stderr)")
            #expect(run.stderr.contains("warning") == (name == "latin1.txt"), "\(name): \(run.stderr)")
        }
        let bodies = try sql("SELECT body FROM articles ORDER BY id").compactMap { $0["body"] as? String }
        #expect(bodies.contains(sentence))
        #expect(bodies.contains { $0.hasPrefix("Growth was 4 pct") })
        #expect(bodies.contains { $0.hasPrefix("Grün") })
    }

    @Test func aHugeFileIsRefusedWithoutReadingIt() throws {
        let path = folder.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("The IMF said.".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 * 1_048_576)
        try handle.close()
        let run = try CLI.run(["ingest", "--db", db, path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("huge.txt: too large for one article (100 MB"), "\(run.stderr)")
    }

    @Test func aFolderMixesFormatsSkipsNonArticlesAndKeepsGoing() throws {
        _ = try write("mixed/a.txt", "The IMF said growth was 3 pct.")
        _ = try write("mixed/b.md", "# Title\n\nThe OECD said growth was 2 pct.")
        _ = try write("mixed/c.html", "<html><body><p>The World Bank said aid was 5 bln dlrs.</p></body></html>")
        _ = try write("mixed/d.jsonl", "{\"text\": \"The WTO said trade rose 4 pct.\"}\n{broken\n")
        _ = try write("mixed/.hidden.txt", "The ECB said rates rose 1 pct.")
        _ = try write("mixed/README", "Not an article.")
        _ = try write("mixed/data.csv", "a,b\n1,2\n")
        try Data([0, 1, 2, 3]).write(to: folder.appendingPathComponent("mixed/blob.txt"))
        let run = try CLI.run(["ingest", "--verbose", "--db", db, folder.appendingPathComponent("mixed").path])
        #expect(run.status == 1)
        #expect(try sql("SELECT count(*) AS n FROM articles").first?["n"] as? Int == 4)
        #expect(run.stderr.contains("d.jsonl:2: invalid JSON"))
        #expect(run.stderr.contains("blob.txt: binary"))
        #expect(run.stderr.contains("skipped \(folder.appendingPathComponent("mixed/.hidden.txt").path): hidden"))
        #expect(run.stderr.contains("README: not an article"))
        #expect(run.stderr.contains("data.csv: unknown extension .csv"))
    }

    @Test func standardInputAndFormatOverride() throws {
        let jsonl = Data("{\"text\": \"The IMF said growth was 3 pct.\"}\n".utf8)
        #expect(try CLI.run(["ingest", "--db", db, "-"], stdin: jsonl).status == 0)
        #expect(try sql("SELECT format, origin FROM articles").first?["format"] as? String == "jsonl")
        let page = try write("page.txt", "<html><body><p>The OECD said growth was 2 pct.</p></body></html>")
        #expect(try CLI.run(["ingest", "--db", db, "--format", "html", page.path]).status == 0)
        let body = try sql("SELECT body FROM articles WHERE format = 'html'").first?["body"] as? String
        #expect(body == "The OECD said growth was 2 pct.")
    }

    @Test func replaceExtractsAStoredArticleAgain() throws {
        let file = try write("r.txt", "The IMF said growth was 3 pct.")
        #expect(try CLI.run(["ingest", "--db", db, file.path]).status == 0)
        let before = try sql("SELECT a.id, count(c.id) AS claims FROM articles a JOIN claims c ON c.article_id = a.id")
        let again = try CLI.run(["ingest", "--replace", "--db", db, file.path])
        #expect(again.stderr.contains("added 1, identical 0 (text stored once), skipped 0"), "\(again.stderr)")
        let after = try sql("SELECT a.id, count(c.id) AS claims FROM articles a JOIN claims c ON c.article_id = a.id")
        #expect(after.first?["id"] as? Int == before.first?["id"] as? Int)
        #expect(after.first?["claims"] as? Int == 1)
        #expect(before.first?["claims"] as? Int == 1)
    }

    @Test func identicalFilesAreStoredOnceAndEveryOriginIsCounted() throws {
        let first = try write("wire/a.txt", "The IMF said growth was 3 pct.")
        let copy = try write("wire/b.txt", "The IMF said growth was 3 pct.")
        let run = try CLI.run(["ingest", "--verbose", "--db", db, folder.appendingPathComponent("wire").path])
        #expect(run.status == 0)
        #expect(run.stderr.contains("2 articles read: added 1, identical 1 (text stored once), skipped 0"), "\(run.stderr)")
        #expect(run.stderr.contains("identical \(copy.path): same text as article 1"), "\(run.stderr)")
        #expect(try sql("SELECT count(*) AS n FROM articles").first?["n"] as? Int == 1)
        #expect(try sql("SELECT count(*) AS n FROM claims").first?["n"] as? Int == 1)
        let origins = try sql("SELECT origin FROM article_origins ORDER BY origin").map { $0["origin"] as? String ?? "" }
        #expect(origins == [first.path, copy.path])
        let shown = try CLI.run(["show", "--db", db, "1", "--format", "json"])
        let object = try CLI.json(shown.stdout) as? [String: Any]
        #expect(object?["origins"] as? [String] == [first.path, copy.path])
        let again = try CLI.run(["ingest", "--db", db, folder.appendingPathComponent("wire").path])
        #expect(again.stderr.contains("2 articles read: added 0, identical 0 (text stored once), skipped 2"), "\(again.stderr)")
        #expect(try sql("SELECT count(*) AS n FROM article_origins").first?["n"] as? Int == 2)
    }

    @Test func aRepeatedJSONLinesArticleIsRecordedWithItsLine() throws {
        let line = "{\"title\": \"Growth\", \"text\": \"The IMF said growth was 3 pct.\"}\n"
        let dump = try write("dump.jsonl", line + "{\"text\": \"The OECD said growth was 2 pct.\"}\n" + line)
        let run = try CLI.run(["ingest", "--db", db, dump.path])
        #expect(run.stderr.contains("3 articles read: added 2, identical 1"), "\(run.stderr)")
        let lines = try sql("SELECT line FROM article_origins WHERE article_id = 1 ORDER BY line").map { $0["line"] as? Int ?? 0 }
        #expect(lines == [1, 3])
    }

    @Test func theFullTextIndexHoldsExactlyTheStoredClaims() throws {
        let line = "{\"title\": \"Growth\", \"text\": \"The IMF said growth was 3 pct.\"}\n"
        let dump = try write("dump.jsonl", line + "{\"text\": \"The OECD said growth was 2 pct.\"}\n" + line)
        #expect(try CLI.run(["ingest", "--db", db, dump.path, TestPaths.seedArticle.path]).status == 0)
        // replaced twice in one batch: the second replace deletes claims the first just wrote
        let replaced = try CLI.run(["ingest", "--replace", "--db", db, dump.path, TestPaths.seedArticle.path])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try CLI.run(["reextract", "--db", db]).status == 0)
        let queue = try DatabaseQueue(path: db)
        try queue.write { db in
            // FTS5 compares the index with the claims table and fails on any difference
            try db.execute(sql: "INSERT INTO claims_fts(claims_fts, rank) VALUES ('integrity-check', 1)")
        }
        let counts = try queue.read { db in
            try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'growth') AS indexed,
                       (SELECT count(*) FROM claims WHERE text LIKE '%growth%') AS stored
                """)
        }
        #expect(counts?["indexed"] as Int? == counts?["stored"] as Int?)
        #expect((counts?["stored"] as Int? ?? 0) >= 3)
    }

    @Test func reextractRebuildsClaimsFromWhatIsStored() throws {
        let page = try write("seed.html", try seedPage())
        #expect(try CLI.run(["ingest", "--db", db, TestPaths.seedArticle.path, page.path]).status == 0)
        let before = try sql("SELECT count(*) AS claims, (SELECT count(*) FROM figures) AS figures, (SELECT count(*) FROM stances) AS stances FROM claims")
        let queue = try DatabaseQueue(path: db)
        try queue.write { db in try db.execute(sql: "DELETE FROM claims") }
        let run = try CLI.run(["reextract", "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("re-extracted 2 articles"))
        let after = try sql("SELECT count(*) AS claims, (SELECT count(*) FROM figures) AS figures, (SELECT count(*) FROM stances) AS stances FROM claims")
        #expect(after.first?["claims"] as? Int == before.first?["claims"] as? Int)
        #expect(after.first?["figures"] as? Int == before.first?["figures"] as? Int)
        #expect(after.first?["stances"] as? Int == before.first?["stances"] as? Int)
        #expect(try sql("SELECT count(*) AS n FROM claims_fts WHERE claims_fts MATCH 'IMF'").first?["n"] as? Int ?? 0 > 0)
    }
}
