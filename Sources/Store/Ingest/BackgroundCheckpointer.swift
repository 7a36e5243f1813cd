import Foundation
import GRDB

/// Copies the write-ahead log into the database file on a thread and connection of its own
/// after each commit of an ingest, so that the writer seldom stops for it. SQLite's
/// automatic checkpoint runs inside the commit that finds the log over its limit. On
/// Reuters-21578, page writes and fsyncs went from 18% to 9% of the writer's thread
/// (`perf record`) once this one ran ahead.
/// With this one ahead of it, the writer's own checkpoint, kept at a higher limit to bound
/// the log, finds little left to copy.
///
/// A passive checkpoint neither blocks nor waits; what it cannot copy yet, the next one does.
final class BackgroundCheckpointer: Sendable {
    private let connection: DatabaseQueue?
    private let lane = DispatchQueue(label: "claimsdb.checkpoint")
    /// Taken while a checkpoint is queued or running, so that commits never queue a second.
    private let idle = DispatchSemaphore(value: 1)
    /// Pages the log may hold before the writer checkpoints itself (SQLite's default is
    /// 1,000): about 80 MB with 8 KB pages, which a background checkpoint normally keeps it far below.
    static let writerLimit = 10_000

    /// A checkpointer on its own connection to `path`, or one that does nothing when the
    /// file cannot be opened a second time (the writer then checkpoints as usual).
    init(path: String) {
        // a checkpoint that would wait is skipped: the next commit asks again
        connection = ClaimsDatabase.sideConnection(path: path, label: "claimsdb-checkpoint", readonly: false,
                                                   busyMode: .immediateError)
    }

    /// Whether checkpoints run here.
    var isRunning: Bool { connection != nil }

    /// Starts a passive checkpoint unless one is under way.
    func nudge() {
        guard let connection, idle.wait(timeout: .now()) == .success else { return }
        lane.async {
            _ = try? connection.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)") }
            self.idle.signal()
        }
    }

    /// Waits for the checkpoint under way and closes the connection, so that the writer's
    /// connection is the last one and checkpoints and removes the log when it closes.
    func close() {
        lane.sync { try? connection?.close() }
    }
}
