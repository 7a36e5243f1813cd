import Foundation
import GRDB

/// How a connection waits for another process's lock: it looks again every 2 ms for up to a
/// minute, then gives up with "database is locked".
///
/// SQLite's own timeout sleeps up to 100 ms between looks. An ingest commits and takes the
/// lock again within a few milliseconds, so a second ingest looking that rarely could miss
/// every gap and time out; looking every 2 ms finds them.
enum BusyWait {
    static let seconds = 60.0
    static let intervalMicroseconds: UInt32 = 2_000

    static let callback: Database.BusyCallback = { tries in
        guard Double(tries) * Double(intervalMicroseconds) < seconds * 1_000_000 else { return false }
        usleep(intervalMicroseconds)
        return true
    }

    /// Runs `work` again while it fails with `SQLITE_BUSY`, for the statements SQLite does not
    /// wait on by itself (switching the journal mode needs every other connection idle).
    static func retrying<T>(_ work: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            do {
                return try work()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                usleep(intervalMicroseconds)
            }
        }
    }
}
