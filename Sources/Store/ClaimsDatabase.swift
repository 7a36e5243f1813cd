import CSQLiteSettings
import ClaimsExtract
import ClaimsSeeds
import Foundation
import GRDB

/// A claimsdb SQLite file: opened, checked to be ours, migrated and seeded.
///
/// Writers open it with ``open(path:)`` (creating and migrating as needed); queries open it
/// with ``openReadOnly(path:)``, which refuses files that are not claimsdb databases or
/// whose schema is newer than this binary, and never creates a file.
public final class ClaimsDatabase: Sendable {
    public let path: String
    let queue: DatabaseQueue

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Opens (or creates) the database for writing, applies pending migrations and loads
    /// the source registry from the seeds.
    public static func open(path: String, sources: [SourceSeed]) throws(StoreError) -> ClaimsDatabase {
        try DatabasePath.check(path)
        let existed = FileManager.default.fileExists(atPath: path)
        let queue = try connect(path: path, readonly: false)
        let database = ClaimsDatabase(path: path, queue: queue)
        try database.guardAgainst(path: path, existed: existed)
        try database.wrap {
            // a new file's page size is set before its first table, and kept for its life
            try queue.writeWithoutTransaction { db in
                if try Int.fetchOne(db, sql: "PRAGMA page_count") == 0 { try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)") }
            }
            try migrate(queue)
            try BusyWait.retrying {
                try queue.writeWithoutTransaction { db in
                    if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                        try db.execute(sql: "PRAGMA journal_mode = WAL")
                    }
                }
            }
            try queue.write { db in try SourceRegistryWriter.upsert(sources, in: db) }
        }
        return database
    }

    /// The page size of new files. With 8 KB pages instead of SQLite's 4 KB, ingesting
    /// Reuters-21578 took 1.46 s instead of 1.62 (medians of 7 interleaved runs) and 0.24 s
    /// less CPU: fewer pages to split, look up and log for the same rows. A file made with
    /// another page size keeps it (README, "Durability", says how to change it).
    static let pageSize = 8192

    /// Opens an existing database for reading only.
    public static func openReadOnly(path: String) throws(StoreError) -> ClaimsDatabase {
        try DatabasePath.check(path)
        guard FileManager.default.fileExists(atPath: path) else { throw .noDatabase(path: path) }
        let queue = try connect(path: path, readonly: true)
        let database = ClaimsDatabase(path: path, queue: queue)
        try database.guardAgainst(path: path, existed: true)
        let (applied, complete) = try database.wrap {
            try queue.read { db in (try Self.migrator.appliedIdentifiers(db), try Self.migrator.hasCompletedMigrations(db)) }
        }
        if applied.isEmpty { throw .notClaimsDatabase(path: path) }
        if !complete { throw .olderSchema(path: path) }
        return database
    }

    /// Applies pending migrations. Two processes opening a new file at once both try the first
    /// ones; the one that loses the race sees "table already exists" for a migration the other
    /// has just applied, and goes on from there.
    private static func migrate(_ queue: DatabaseQueue) throws {
        var applied = try queue.read { db in try migrator.appliedIdentifiers(db) }
        while true {
            do {
                return try migrator.migrate(queue)
            } catch {
                let now = try queue.read { db in try migrator.appliedIdentifiers(db) }
                guard now.count > applied.count else { throw error }
                applied = now
            }
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in MigrationRegistry.all {
            migrator.registerMigration(migration.identifier) { db in try db.execute(sql: migration.sql) }
        }
        return migrator
    }

    /// Process-wide SQLite settings, made once before the first connection opens.
    private static let settings: Void = { _ = claimsdb_sqlite_stop_counting_memory() }()

    private static func connect(path: String, readonly: Bool) throws(StoreError) -> DatabaseQueue {
        Self.settings
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .callback(BusyWait.callback)
        configuration.label = "claimsdb"
        configuration.prepareDatabase(Self.hardenConnection)
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw classify(error, path: path)
        } catch {
            throw .database(path: path, message: String(describing: error))
        }
    }

    /// Another connection to the file, for an ingest's helpers (the readers' look-ups, the
    /// background checkpoint), with a 256 KB page cache so that memory does not grow with the
    /// file; nil when the file cannot be opened a second time, and the helper then stands aside.
    static func sideConnection(path: String, label: String, readonly: Bool, busyMode: Database.BusyMode) -> DatabaseQueue? {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.busyMode = busyMode
        configuration.label = label
        configuration.prepareDatabase(Self.hardenConnection)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -256") }
        return try? DatabaseQueue(path: path, configuration: configuration)
    }

    /// What every connection claimsdb opens turns off before its first statement:
    /// fts3_tokenizer()'s pointers, which would let `claimsdb sql` read a library address or
    /// install one as code to call.
    private static func hardenConnection(_ db: Database) throws {
        let code = claimsdb_sqlite_disable_fts3_tokenizer(db.sqliteConnection)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot turn off fts3_tokenizer") }
    }

    /// Refuses files that are not SQLite, SQLite files of another application, and
    /// schemas newer than this binary knows.
    private func guardAgainst(path: String, existed: Bool) throws(StoreError) {
        let check: (applied: Set<String>, tables: Int, hasMigrationTable: Bool) = try wrap {
            try queue.read { db in
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_schema WHERE type = 'table'") ?? 0
                let hasMigrations = try db.tableExists("grdb_migrations")
                let applied = hasMigrations ? try Self.migrator.appliedIdentifiers(db) : []
                return (applied, tables, hasMigrations)
            }
        }
        if existed && check.tables > 0 && !check.hasMigrationTable { throw .notClaimsDatabase(path: path) }
        let known = Set(MigrationRegistry.all.map(\.identifier))
        let unknown = check.applied.subtracting(known)
        if !unknown.isEmpty { throw .newerSchema(path: path, unknown: unknown.sorted()) }
    }

    /// Runs GRDB work, turning its errors into ``StoreError``s that name the file.
    func wrap<T>(_ work: () throws -> T) throws(StoreError) -> T {
        do {
            return try work()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw Self.classify(error, path: path)
        } catch {
            throw .database(path: path, message: String(describing: error))
        }
    }

    static func classify(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_CANTOPEN:
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            // write-ahead logging needs -wal and -shm files beside the database, even to read it
            if access(folder, W_OK) != 0 {
                guard FileManager.default.fileExists(atPath: path) else {
                    return .database(path: path, message: "cannot create the database: its folder is read-only")
                }
                return .folderNotWritable(path: path)
            }
            return .database(path: path, message: "cannot open the database file")
        case .SQLITE_FULL: return .full(path: path)
        default: return .database(path: path, message: error.message ?? String(describing: error))
        }
    }
}
