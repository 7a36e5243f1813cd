import Foundation

/// What went wrong in the store, in one line a user can act on.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case noDatabase(path: String)
    case notADatabase(path: String)
    case notClaimsDatabase(path: String)
    case newerSchema(path: String, unknown: [String])
    case olderSchema(path: String)
    case readOnly(path: String)
    case full(path: String)
    case folderNotWritable(path: String)
    /// The folder meant to hold a new database does not exist.
    case noFolder(path: String)
    /// A path that names no file SQLite could keep (`:memory:`, a `file:` URI) or a file that
    /// is not a regular one (a FIFO, a device, a folder); the reason says which.
    case notAFile(path: String, reason: String)
    case unknownSource(String)
    case invalidQuery(String)
    case invalidSearch(text: String, reason: String)
    case writeRefused(String)
    /// A vocabulary entry or file that cannot be added; the message names the file and line.
    case invalidVocabulary(String)
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .noDatabase(let path): return "\(path): no database here; create one with `claimsdb init` or `claimsdb ingest`"
        case .notADatabase(let path): return "\(path): not a SQLite database"
        case .notClaimsDatabase(let path): return "\(path): a SQLite database, but not a claimsdb database"
        case .newerSchema(let path, let unknown):
            return "\(path): schema is newer than this claimsdb (unknown migrations: \(unknown.joined(separator: ", "))); upgrade claimsdb"
        case .olderSchema(let path): return "\(path): schema is older than this claimsdb; run `claimsdb init --db \(path)` to upgrade it"
        case .readOnly(let path): return "\(path): database is read-only"
        case .folderNotWritable(let path):
            let name = URL(fileURLWithPath: path).lastPathComponent
            return "\(path): cannot open the database: its folder is read-only, and SQLite needs to create \(name)-wal and \(name)-shm beside it"
        case .noFolder(let path):
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            return "\(path): the folder \(folder) does not exist"
        case .notAFile(let path, let reason): return "\(path): \(reason)"
        case .full(let path):
            return "\(path): database or disk is full; what was committed before is kept, run the same command again once there is room"
        case .unknownSource(let name): return "unknown source '\(name)'; `claimsdb sources` lists them"
        case .invalidQuery(let message): return "invalid query: \(message)"
        case .invalidSearch(let text, let reason):
            return "--text \(text): not FTS5 query syntax (\(reason)); put words in double quotes to find them as written"
        case .writeRefused(let message): return "claimsdb sql is read-only: \(message)"
        case .invalidVocabulary(let message): return message
        case .database(let path, let message): return "\(path): \(message)"
        }
    }
}
