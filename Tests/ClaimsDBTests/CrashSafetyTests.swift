import Foundation
import Testing

/// `claimsdb ingest` killed with SIGKILL at random moments: the database must pass SQLite's
/// integrity check, hold whole articles only (each exactly as a clean ingest stores it), and
/// the same ingest run again must complete it to exactly the clean result.
@Suite(.serialized) struct CrashSafetyTests {
    let folder: URL
    let input: URL

    init() throws {
        folder = try TestPaths.scratch()
        input = folder.appendingPathComponent("articles.jsonl")
        // enough articles for more than one commit (one every 1,000 articles or every second),
        // so that kills find some committed
        try GeneratedCorpus.jsonLines(count: Stress.scale(1_200, stress: 2_000), seed: 8).write(to: input)
    }

    private func ingest(_ db: String) throws -> CLIRun {
        try CLI.run(["ingest", "--quiet", "--db", db, input.path])
    }

    @Test func killedIngestsLeaveWholeArticlesAndARerunCompletesThem() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cleanPath = folder.appendingPathComponent("clean.db").path
        let started = Date()
        let clean = try ingest(cleanPath)
        // where to kill: anywhere in a clean run, shortened whenever a run ends first (a busy machine)
        var duration = Date().timeIntervalSince(started)
        #expect(clean.status == 0, "\(clean.stderr)")
        let expected = try DatabaseDump.read(cleanPath)
        #expect(expected.articles.count == Stress.scale(1_200, stress: 2_000))
        #expect(expected.claimCount > expected.articles.count && expected.figureCount > 0 && expected.stanceCount > 0)

        var random = SeededGenerator(seed: 2026)
        var killedMidway = 0
        var partial = 0
        let kills = Stress.scale(20, stress: 200)
        for round in 0..<kills {
            let path = folder.appendingPathComponent("round-\(round).db").path
            let running = try RunningCLI(["ingest", "--quiet", "--db", path, input.path], scratch: folder)
            Thread.sleep(forTimeInterval: Double.random(in: 0..<duration, using: &random))
            running.kill()
            if running.wait().killed { killedMidway += 1 } else { duration *= 0.8 }

            if FileManager.default.fileExists(atPath: path) {
                #expect(try DatabaseDump.integrity(path) == "ok", "round \(round)")
                let stored = try DatabaseDump.read(path)
                if stored.articles.count > 0 && stored.articles.count < expected.articles.count { partial += 1 }
                for (sha, lines) in stored.articles {
                    #expect(lines == expected.articles[sha], "round \(round): article \(sha) is not whole")
                }
            }
            let rerun = try ingest(path)
            #expect(rerun.status == 0, "round \(round): \(rerun.stderr)")
            #expect(try DatabaseDump.read(path) == expected, "round \(round): the re-run did not complete the database")
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        // the kills must land mid-ingest, most of them after something was committed
        #expect(killedMidway >= kills / 2, "only \(killedMidway) of \(kills) kills landed before the ingest ended")
        #expect(partial >= kills / 4, "only \(partial) of \(kills) kills left a partly filled database")
        print("crash safety: \(kills) kills, \(killedMidway) mid-ingest, \(partial) partly filled")
    }
}
