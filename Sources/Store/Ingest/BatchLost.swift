import GRDB

/// The open transaction was rolled back as a whole: what it held is not stored, and nothing
/// more can be written now (disk full, I/O error). What was committed before stays.
struct BatchLost: Error {
    let error: Error

    /// Result codes after which writing on is pointless or SQLite may have rolled back.
    static func ends(_ code: ResultCode) -> Bool {
        [.SQLITE_FULL, .SQLITE_IOERR, .SQLITE_CORRUPT, .SQLITE_NOMEM, .SQLITE_READONLY, .SQLITE_BUSY, .SQLITE_LOCKED,
         .SQLITE_NOTADB, .SQLITE_CANTOPEN].contains(code.primaryResultCode)
    }
}
