import Foundation
import Testing

/// The red-team reproductions of issue 19 on the input side, end to end through the binary:
/// database paths SQLite would read as something else, inputs that are not regular files,
/// loops, encodings and field types that used to lose an article or a date without a word,
/// and summaries that must count what was stored.
@Suite(.serialized) struct HostileInputTests {
    let folder: URL
    let db: String

    init() throws {
        folder = try TestPaths.scratch()
        db = folder.appendingPathComponent("claims.db").path
    }

    @discardableResult
    private func write(_ name: String, _ bytes: Data) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
        return url
    }

    @discardableResult
    private func write(_ name: String, _ text: String) throws -> URL {
        try write(name, Data(text.utf8))
    }

    private func rows(_ query: String, db: String? = nil) throws -> [[String: Any]] {
        let run = try CLI.run(["sql", query, "--db", db ?? self.db, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try CLI.json(run.stdout) as? [[String: Any]] ?? []
    }

    private func count(_ table: String) throws -> Int {
        try rows("SELECT count(*) AS n FROM \(table)").first?["n"] as? Int ?? -1
    }

    private func makeFIFO(_ name: String) -> String {
        let path = folder.appendingPathComponent(name).path
        #expect(mkfifo(path, 0o644) == 0)
        return path
    }

    private let article = "Growth\n\nThe IMF said growth would reach 3 percent in 2024.\n"

    // MARK: database paths

    @Test func anInMemoryDatabaseIsRefusedNotReportedAsStored() throws {
        let input = try write("a.txt", article)
        for path in [":memory:", "file:x.db?mode=memory", "file:n.db?nolock=1", ""] {
            let run = try CLI.run(["ingest", "--db", path, input.path], in: folder)
            #expect(run.status == 1, "\(path): \(run.stderr)")
            #expect(!run.stderr.contains("added 1"), "\(path): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        }
        let fromEnvironment = try CLI.run(["ingest", input.path], environment: ["CLAIMSDB_PATH": "file:x.db?mode=memory"], in: folder)
        #expect(fromEnvironment.status == 1)
        #expect(fromEnvironment.stderr.contains("not an SQLite URI"), "\(fromEnvironment.stderr)")
        // a file that happens to have such a name is written as ./name
        let named = try CLI.run(["ingest", "--db", "./file:x.db", input.path], in: folder)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("file:x.db").path))
    }

    @Test func aDatabaseInAFolderThatDoesNotExistSaysSo() throws {
        let run = try CLI.run(["ingest", "--db", "/nonexistent/dir/x.db", try write("a.txt", article).path])
        #expect(run.status == 1)
        #expect(run.stderr.trimmingCharacters(in: .newlines) == "claimsdb: /nonexistent/dir/x.db: the folder /nonexistent/dir does not exist")
    }

    @Test func aFIFOOrADeviceAsTheDatabaseIsRefusedWithoutWaiting() throws {
        let fifo = makeFIFO("db.fifo")
        let run = try CLI.run(["find", "--db", fifo], timeout: 20)
        #expect(run.status == 1)
        #expect(run.stderr.contains("a FIFO (named pipe), not a database file"), "\(run.stderr)")
        let device = try CLI.run(["find", "--db", "/dev/null"], timeout: 20)
        #expect(device.status == 1)
        #expect(device.stderr.contains("/dev/null: a character device, not a database file"), "\(device.stderr)")
    }

    // MARK: inputs that are not regular files

    @Test func aFIFOAmongTheInputsFailsAloneAndTheOthersAreStored() throws {
        let before = try write("a.txt", article)
        let fifo = makeFIFO("x.jsonl")
        let plain = makeFIFO("noextension")
        let after = try write("b.txt", "Lending\n\nThe World Bank said lending rose 5 percent in 2023.\n")
        let run = try CLI.run(["ingest", "--db", db, before.path, fifo, plain, after.path], timeout: 60)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("\(fifo): a FIFO (named pipe), not a file claimsdb can read"), "\(run.stderr)")
        #expect(run.stderr.contains("\(plain): a FIFO (named pipe), not a file claimsdb can read"), "\(run.stderr)")
        #expect(!run.stderr.contains("permission denied"))
        #expect(try count("articles") == 2)
        // inside a folder, a FIFO is skipped like any file that is not an article
        let walked = try CLI.run(["ingest", "--db", db, "--verbose", folder.path], timeout: 60)
        #expect(walked.status == 0, "\(walked.stderr)")
        #expect(walked.stderr.contains("skipped \(fifo): a FIFO (named pipe)"), "\(walked.stderr)")
    }

    @Test func aSymbolicLinkLoopIsWalkedOnce() throws {
        let tree = folder.appendingPathComponent("tree")
        try write("tree/a.txt", article)
        try write("tree/sub/b.txt", "Lending\n\nThe World Bank said lending rose 5 percent in 2023.\n")
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("self").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("sub/again").path, withDestinationPath: "../sub")
        let run = try CLI.run(["ingest", "--db", db, tree.path], timeout: 60)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try count("articles") == 2)
        #expect(try count("article_origins") == 2)
    }

    @Test func standardInputIsReadNoFurtherThanOneArticle() throws {
        // 256 MB of text on standard input: refused after 64 MB, never held whole
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "head -c \(Stress.scale(256, stress: 3_000) << 20) /dev/zero | tr '\\0' a | \"$0\" ingest --verbose --db \"$1\" -",
                           TestPaths.binary.path, db]
        let err = Pipe()
        shell.standardError = err
        shell.standardOutput = FileHandle.nullDevice
        try shell.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 1, "\(stderr)")
        #expect(stderr.contains("-: too large for one article"), "\(stderr)")
        let peak = stderr.split(separator: "\n").first { $0.hasPrefix("peak memory:") }.flatMap { Double($0.split(separator: " ")[2]) }
        #expect((peak ?? .infinity) < 200, "\(stderr)")
    }

    // MARK: articles and dates that were lost without a word

    @Test func htmlWithATextNodeOverTenMegabytesKeepsItsArticle() throws {
        let script = String(repeating: "x", count: 11_000_000)
        let page = """
            <html><head><title>Big page</title><script>var blob = "\(script)";</script></head>
            <body><article><p>The IMF said growth would reach 3 percent in 2024.</p></article></body></html>
            """
        let run = try CLI.run(["ingest", "--db", db, try write("big.html", page).path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try rows("SELECT text FROM claims").first?["text"] as? String == "The IMF said growth would reach 3 percent in 2024.")
    }

    @Test func anHTMLTagWithThousandsOfAttributesIsRefusedInOneLine() throws {
        let attributes = (0..<2_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
        let bad = try write("attributes.html", "<html><body><div \(attributes)><p>The IMF said growth was 3 percent.</p></div></body></html>")
        let good = try write("good.html", "<html><body><p data-x=\"<not a tag>\">The World Bank said lending rose 5 percent.</p></body></html>")
        let run = try CLI.run(["ingest", "--db", db, bad.path, good.path], timeout: 60)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(bad.path): an HTML tag with more than 1000 attributes"), "\(run.stderr)")
        #expect(try count("articles") == 1)
    }

    @Test func jsonFieldsOfTheWrongTypeAreReadOrReportedNeverDropped() throws {
        let lines = [
            #"{"title": 1984, "published": 1700000000, "text": "The IMF said growth was 3 percent."}"#,
            #"{"title": 1985, "published": 1600000000, "text": "The IMF said growth was 3 percent."}"#,
            #"{"title": ["a", "list"], "published": true, "text": "The World Bank said lending rose 5 percent."}"#,
        ]
        let run = try CLI.run(["ingest", "--db", db, try write("typed.jsonl", lines.joined(separator: "\n")).path])
        #expect(run.status == 0, "\(run.stderr)")
        let stored = try rows("SELECT title, published, meta FROM articles ORDER BY id")
        #expect(stored.count == 3)
        #expect(stored.map { $0["title"] as? String } == ["1984", "1985", nil])
        #expect(stored.map { $0["published"] as? String } == ["2023-11-14T22:13:20Z", "2020-09-13T12:26:40Z", nil])
        #expect((stored[2]["meta"] as? String)?.contains(#""title": "[\"a\",\"list\"]""#) == true, "\(stored[2])")
        #expect(run.stderr.contains("typed.jsonl:3: warning: field 'title' is an array, not text; kept in meta"), "\(run.stderr)")
        #expect(run.stderr.contains("typed.jsonl:3: warning: field 'published' is true, not text; kept in meta"), "\(run.stderr)")
    }

    @Test func datesAreStoredAsISO8601AndUnreadableOnesAreRefusedWithAWarning() throws {
        let lines = [
            #"{"title": "A", "published": "Tue, 03 Mar 1987 14:32:10 GMT", "text": "The IMF said growth was 3 percent."}"#,
            #"{"title": "B", "published": "2024-01-10T09:30:00+01:00", "text": "The IMF said growth was 4 percent."}"#,
            #"{"title": "C", "published": "March 5, 1987", "text": "The IMF said growth was 5 percent."}"#,
            #"{"title": "D", "published": "yesterday", "text": "The IMF said growth was 6 percent."}"#,
            #"{"title": "E", "published": "1987-13-45", "text": "The IMF said growth was 7 percent."}"#,
        ]
        let run = try CLI.run(["ingest", "--db", db, try write("dates.jsonl", lines.joined(separator: "\n")).path])
        #expect(run.status == 0, "\(run.stderr)")
        let stored = try rows("SELECT published, json_extract(meta, '$.date_as_written') AS written FROM articles ORDER BY id")
        #expect(stored.map { $0["published"] as? String } == ["1987-03-03T14:32:10Z", "2024-01-10T09:30:00+01:00", "1987-03-05", nil, nil])
        #expect(stored.map { $0["written"] as? String } == [nil, nil, nil, "yesterday", "1987-13-45"])
        #expect(run.stderr.contains("dates.jsonl:4: warning: date 'yesterday' is not a date claimsdb reads"), "\(run.stderr)")
        #expect(run.stderr.contains("dates.jsonl:5: warning: date '1987-13-45'"), "\(run.stderr)")
        let future = try CLI.run(["find", "--db", db, "--since", "2030-01-01", "--format", "jsonl"])
        #expect(future.stdout.isEmpty, "\(future.stdout)")
    }

    @Test func composedAndDecomposedCopiesAreOneArticle() throws {
        let text = "Café prices\n\nThe IMF said café prices in Zaragoza rose 5 percent in 2024.\n"
        let composed = try write("nfc.txt", text.precomposedStringWithCanonicalMapping)
        let decomposed = try write("nfd.txt", text.decomposedStringWithCanonicalMapping)
        let run = try CLI.run(["ingest", "--db", db, composed.path, decomposed.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("added 1, identical 1"), "\(run.stderr)")
        #expect(try count("claims") == 1)
    }

    @Test func aOneLineArticleWithoutAFullStopIsAnArticle() throws {
        let run = try CLI.run(["ingest", "--db", db, try write("one.txt", "The central bank said prices rose 4 percent in the cafe").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try count("figures") == 1)
    }

    @Test func utf16HTMLAndJSONLinesAreRead() throws {
        let page = #"<html><head><meta charset="utf-16"><title>Wide</title></head><body><p>The IMF said growth was 3 percent.</p></body></html>"#
        var littleEndian = Data([0xFF, 0xFE])
        for unit in page.utf16 { littleEndian.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let lines = #"{"title": "A", "text": "The IMF said growth was 4 percent."}"# + "\n" + #"{"title": "B 😀", "text": "The World Bank said lending rose 5 percent."}"# + "\n"
        var bigEndian = Data([0xFE, 0xFF])
        for unit in lines.utf16 { bigEndian.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)]) }
        var jsonLittle = Data([0xFF, 0xFE])
        for unit in lines.replacingOccurrences(of: "4 percent", with: "6 percent").utf16 {
            jsonLittle.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
        }
        let run = try CLI.run(["ingest", "--db", db, try write("wide.html", littleEndian).path, try write("wide.jsonl", bigEndian).path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try rows("SELECT title FROM articles ORDER BY id").map { $0["title"] as? String } == ["Wide", "A", "B 😀"])
        let piped = try CLI.run(["ingest", "--db", db, "-"], stdin: jsonLittle)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stderr.contains("2 articles read: added 1, identical 1"), "\(piped.stderr)")
    }

    // MARK: inputs that took quadratic time (make stress holds their growth to linear)

    @Test func pathologicalMarkupIsReadQuickly() throws {
        let brackets = try write("brackets.md", "# T\n\nThe IMF said growth was 3 percent. " + String(repeating: "[", count: 40_000) + "\n")
        let links = try write("links.md", "# T\n\nThe IMF said growth was 3 percent. " + String(repeating: "[a](", count: 20_000) + "\n")
        var object = #"{"text": "The IMF said growth was 3 percent.""#
        for index in 0..<120_000 { object += #", "k\#(index)": "v""# }
        let keys = try write("keys.jsonl", object + "}\n")
        let run = try CLI.run(["ingest", "--db", db, brackets.path, links.path, keys.path], timeout: 60)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try count("articles") == 3)
    }

    // MARK: summaries count what was stored

    @Test func aReplaceOfDuplicateLinesCountsWhatIsStored() throws {
        var lines: [String] = []
        for _ in 0..<3 {
            for index in 0..<30 { lines.append(#"{"title": "A\#(index)", "text": "The IMF said growth was \#(index) percent. The World Bank said lending rose 5 percent."}"#) }
        }
        let input = try write("dups.jsonl", lines.joined(separator: "\n"))
        _ = try CLI.run(["ingest", "--db", db, input.path])
        let run = try CLI.run(["ingest", "--db", db, "--replace", input.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("90 articles read: added 30, identical 0 (text stored once), skipped 60 (already stored)"), "\(run.stderr)")
        #expect(run.stderr.contains("; 60 claims,"), "\(run.stderr)")
        #expect(try count("articles") == 30)
        #expect(try count("claims") == 60)
    }

    @Test func anImportNamingOneSourceTwiceCountsItOnce() throws {
        let file = try write("sources.csv", "key,name,kind,country,aliases\nKIEL,Kiel Institute,agency,DE,IfW Kiel\nKIEL,Kiel Institute,agency,DE,IfW Kiel\n")
        let run = try CLI.run(["sources", "import", "--db", db, file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("added 1 source and 2 aliases"), "\(run.stderr)")
    }

    @Test func namesThatHideOrDisguiseCharactersAreRefused() throws {
        for name in ["Zero\u{200B}Width", "Evil\u{202E}Name", "Bell\u{07}Ringer"] {
            let run = try CLI.run(["sources", "add", "--db", db, "BAD", "--name", name])
            #expect(run.status == 2, "\(name): \(run.stderr)")
            #expect(!run.stderr.contains(name), "the message shows the name escaped: \(run.stderr)")
        }
        let disguised = try CLI.run(["sources", "add", "--db", db, "BAD", "--name", "\u{418}MF Watch"])
        #expect(disguised.status == 2)
        #expect(disguised.stderr.contains("mixes Cyrillic and Latin letters in one word"), "\(disguised.stderr)")
        #expect(try CLI.run(["sources", "add", "--db", db, "CAFE", "--name", "Cafe\u{301} Institute"]).status == 0)
        let twin = try CLI.run(["sources", "add", "--db", db, "CAFE2", "--name", "Caf\u{E9} Institute"])
        #expect(twin.status == 1)
        #expect(twin.stderr.contains("already names CAFE"), "\(twin.stderr)")
    }
}
