import ClaimsStore
import Foundation
import GRDB
import Testing

/// The Datasette metadata: complete, its canned queries valid, and served by Datasette itself
/// where it is installed (`pip install datasette`; `.ci/run` installs it).
@Suite(.serialized) struct DatasetteTests {
    let folder: URL
    let db: String

    init() throws {
        folder = try TestPaths.scratch()
        db = folder.appendingPathComponent("claims.db").path
        let run = try CLI.run(["ingest", "--db", db, TestPaths.fixture("xref").path])
        #expect(run.status == 0, "\(run.stderr)")
    }

    private var metadata: DatasetteMetadata.DatabaseEntry {
        get throws { try #require(DatasetteMetadata(databaseName: "claims").databases["claims"]) }
    }

    @Test func everyTableColumnAndViewIsDescribed() throws {
        let metadata = try metadata
        let queue = try DatabaseQueue(path: db)
        let schema = try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT name, type FROM sqlite_schema
                WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'claims_fts%'
                """)
        }
        for row in schema {
            let name: String = row["name"]
            let table = try #require(metadata.tables[name], "\(name) has no description")
            guard row["type"] == "table" else { continue }
            let columns = try queue.read { db in try db.columns(in: name).map(\.name) }
            for column in columns where name != "grdb_migrations" {
                #expect(table.columns[column] != nil, "\(name).\(column) has no description")
            }
        }
    }

    @Test func facetsNameColumnsThatExist() throws {
        let queue = try DatabaseQueue(path: db)
        for (name, table) in try metadata.tables {
            let columns = try queue.read { db in try db.columns(in: name).map(\.name) }
            for facet in table.facets ?? [] { #expect(columns.contains(facet), "\(name) has no column \(facet)") }
        }
    }

    @Test func everyCannedQueryRunsAndConflictsHasTheIMFForecasts() throws {
        let queue = try DatabaseQueue(path: db)
        var counts: [String: Int] = [:]
        for (name, query) in try metadata.queries {
            let arguments: StatementArguments = query.sql.contains(":source") ? ["source": "International Monetary Fund"] : [:]
            counts[name] = try queue.read { db in try Row.fetchAll(db, sql: query.sql, arguments: arguments).count }
        }
        #expect(counts["conflicts"] ?? 0 > 0)
        #expect(counts["figures_by_source"] == 3)
        #expect(counts["unsourced_figures"] ?? 0 > 0)
    }

    @Test func theCommandNamesTheDatabaseAfterItsFile() throws {
        let run = try CLI.run(["datasette-metadata", "--db", folder.appendingPathComponent("news.db").path])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try CLI.json(run.stdout) as? [String: Any])
        let databases = try #require(object["databases"] as? [String: Any])
        #expect(Array(databases.keys) == ["news"])
    }

    @Test(.enabled(if: LocalServer.executable("datasette") != nil, "datasette is not installed"), .timeLimit(.minutes(1)))
    func datasetteServesTheConflictsQueryAsJSON() throws {
        let metadataPath = folder.appendingPathComponent("metadata.json")
        let written = try CLI.run(["datasette-metadata", "--db", db])
        #expect(written.status == 0, "\(written.stderr)")
        try Data(written.stdout.utf8).write(to: metadataPath)
        let port = try LocalServer.freePort()
        let server = Process()
        server.executableURL = URL(fileURLWithPath: try #require(LocalServer.executable("datasette")))
        server.arguments = [db, "-m", metadataPath.path, "-h", "127.0.0.1", "-p", String(port)]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { LocalServer.stop(server) }
        let (status, body) = try LocalServer.get(port: port, path: "/claims/conflicts.json?_shape=array", seconds: 30)
        #expect(status == 200)
        let rows = try #require(try JSONSerialization.jsonObject(with: body) as? [[String: Any]])
        let imf = rows.filter { $0["source"] as? String == "IMF" }
        #expect(imf.contains { Set([$0["text_a"] as? String, $0["text_b"] as? String]) == ["3.2 percent", "4.5 percent"] })
        #expect(rows.allSatisfy { ($0["gap"] as? Double ?? 0) > 0 })
    }
}
