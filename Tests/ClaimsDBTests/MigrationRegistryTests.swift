import ClaimsSeeds
import ClaimsStore
import Foundation
import GRDB
import Testing

@Suite struct MigrationRegistryTests {
    /// A database at the schema of an older claimsdb: the migrations before `version` applied.
    private static func migrated(_ path: String, before version: String) throws -> DatabaseQueue {
        var older = DatabaseMigrator()
        for migration in MigrationRegistry.all where migration.identifier < version {
            older.registerMigration(migration.identifier) { db in try db.execute(sql: migration.sql) }
        }
        let queue = try DatabaseQueue(path: path)
        try older.migrate(queue)
        return queue
    }

    @Test func everyFileInMigrationsIsRegisteredInOrder() throws {
        let folder = TestPaths.root.appendingPathComponent("Migrations")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        #expect(files.map { String($0.dropLast(4)) } == MigrationRegistry.all.map(\.identifier))
        for (file, migration) in zip(files, MigrationRegistry.all) {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(onDisk == migration.sql, "\(file) differs from what is compiled in")
        }
    }

    @Test func migrationNamesHaveFourDigitsSoEmbeddedNamesCannotCollide() {
        for migration in MigrationRegistry.all {
            let digits = migration.identifier.prefix(while: \.isNumber)
            #expect(digits.count == 4, "\(migration.identifier)")
        }
        #expect(Set(MigrationRegistry.all.map { $0.identifier.drop(while: \.isNumber) }).count == MigrationRegistry.all.count)
    }

    @Test func aNewFileGetsEightKilobytePagesAndAnOlderOneKeepsItsOwn() throws {
        let folder = try TestPaths.scratch()
        let sources = try SeedVocabularies.builtIn().sources
        let fresh = folder.appendingPathComponent("fresh.db").path
        _ = try ClaimsDatabase.open(path: fresh, sources: sources)
        #expect(try DatabaseQueue(path: fresh).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 8192)
        // a file that already has pages (here only its header) keeps their size through the migrations
        let older = folder.appendingPathComponent("older.db").path
        try DatabaseQueue(path: older).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA page_size = 4096; PRAGMA user_version = 0")
        }
        _ = try ClaimsDatabase.open(path: older, sources: sources)
        let (pageSize, tables) = try DatabaseQueue(path: older).read { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_size"), try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_schema WHERE name = 'figures'"))
        }
        #expect(pageSize == 4096 && tables == 1)
    }

    @Test func aNewDatabaseHasTheSchemaOfTheBrief() throws {
        let folder = try TestPaths.scratch()
        let path = folder.appendingPathComponent("claims.db").path
        _ = try ClaimsDatabase.open(path: path, sources: try SeedVocabularies.builtIn().sources)
        let queue = try DatabaseQueue(path: path)
        let names = try queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')") }
        for name in ["sources", "source_aliases", "articles", "claims", "claim_sources", "figures", "stances", "claims_fts",
                     "claim_details", "figure_details", "stance_details"] {
            #expect(names.contains(name), "\(name) missing")
        }
        let strict = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM pragma_table_list WHERE strict = 1 AND schema = 'main'")
        }
        for table in ["sources", "source_aliases", "articles", "claims", "claim_sources", "figures", "stances",
                      "user_metric_synonyms", "user_actors", "user_actor_aliases"] {
            #expect(strict.contains(table), "\(table) is not STRICT")
        }
    }

    @Test func aDatabaseBeforeUserVocabulariesIsUpgradedWithItsSourcesMarkedSeed() throws {
        let path = try TestPaths.scratch().appendingPathComponent("claims.db").path
        let before = try Self.migrated(path, before: "0005")
        try before.write { db in
            try db.execute(sql: "INSERT INTO sources(key, name) VALUES ('IMF', 'IMF')")
            try db.execute(sql: "INSERT INTO source_aliases(alias, source_id) SELECT 'the Fund', id FROM sources WHERE key = 'IMF'")
        }
        try before.close()
        let database = try ClaimsDatabase.open(path: path, sources: try SeedVocabularies.builtIn().sources)
        #expect(try database.userVocabularies().isEmpty)
        let queue = try DatabaseQueue(path: path)
        let origins = try queue.read { db in try String.fetchAll(db, sql: "SELECT origin FROM sources UNION SELECT origin FROM source_aliases") }
        #expect(origins == ["seed"])
        let kept = try queue.read { db in try String.fetchOne(db, sql: "SELECT origin FROM source_aliases WHERE alias = 'the Fund'") }
        #expect(kept == "seed")
    }

    @Test func figuresStoredBeforeOpenKeysHaveNoneAndEveryFigureViewShowsTheColumn() throws {
        let path = try TestPaths.scratch().appendingPathComponent("claims.db").path
        let before = try Self.migrated(path, before: "0009")
        try before.write { db in
            try db.execute(sql: "INSERT INTO articles(sha256, format, origin, body) VALUES (?, 'text', 'x', 'Inflation was 5 pct.')",
                           arguments: [String(repeating: "a", count: 64)])
            try db.execute(sql: "INSERT INTO claims(article_id, ordinal, text, char_start, char_end) VALUES (1, 0, 'Inflation was 5 pct.', 0, 20)")
            try db.execute(sql: """
                INSERT INTO figures(claim_id, text, value, unit, qualifier, metric, metric_key, char_start, char_end)
                VALUES (1, '5 pct', 5, 'percent', 'exact', 'inflation', 'inflation', 14, 19)
                """)
        }
        try before.close()
        _ = try ClaimsDatabase.open(path: path, sources: try SeedVocabularies.builtIn().sources)
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT metric_key_open FROM figure_details") } == 0)
        for view in ["figure_details", "figure_intervals", "figure_comparisons", "figure_relations", "figure_conflicts",
                     "figure_corroborations", "unsourced_figures"] {
            let columns = try queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [view]) }
            #expect(columns.contains("metric_key_open"), "\(view)")
        }
    }

    @Test func anOpenKeyNeedsAKey() throws {
        let path = try TestPaths.scratch().appendingPathComponent("claims.db").path
        _ = try ClaimsDatabase.open(path: path, sources: try SeedVocabularies.builtIn().sources)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO articles(sha256, format, origin, body) VALUES (?, 'text', 'x', 'b')", arguments: [String(repeating: "a", count: 64)])
            try db.execute(sql: "INSERT INTO claims(article_id, ordinal, text, char_start, char_end) VALUES (1, 0, 'b', 0, 1)")
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO figures(claim_id, text, value, unit, qualifier, metric_key, metric_key_open, char_start, char_end)
                    VALUES (1, '5', 5, 'count', 'exact', NULL, 1, 0, 1)
                    """)
            }
        }
    }

    @Test func closedVocabulariesAreChecked() throws {
        let folder = try TestPaths.scratch()
        let path = folder.appendingPathComponent("claims.db").path
        _ = try ClaimsDatabase.open(path: path, sources: try SeedVocabularies.builtIn().sources)
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO articles(sha256, format, origin, body) VALUES (?, 'pdf', 'x', 'b')",
                               arguments: [String(repeating: "a", count: 64)])
            }
        }
    }

    @Test func seedsDecodeAndTheRegistryHasTheBriefSources() throws {
        let seeds = try SeedVocabularies.builtIn()
        let keys = Set(seeds.sources.map(\.key))
        for key in ["WORLD_BANK", "IMF", "DOD", "NATO", "OECD", "UN", "EUROPEAN_COMMISSION", "ECB", "FED", "WTO", "WHO"] {
            #expect(keys.contains(key))
        }
        let dod = try #require(seeds.sources.first { $0.key == "DOD" })
        for alias in ["Pentagon", "Defense Department", "U.S. Defense Department", "Department of Defense", "DoD"] {
            #expect(dod.aliases.contains(alias))
        }
    }
}
