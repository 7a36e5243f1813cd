import ClaimsNormalize
import Foundation

/// Reads a JSON Lines stream a megabyte at a time and hands over each complete line, so that
/// memory stays flat however large the file. A line longer than one article may be is
/// skipped without being held, and reported.
struct LineReader {
    let handle: FileHandle
    /// Bytes already read from the stream (for sniffing standard input).
    var pending: [UInt8]
    private static let chunk = 1 << 20

    init(handle: FileHandle, pending: [UInt8] = []) {
        self.handle = handle
        self.pending = pending
    }

    /// Calls `each` with the 1-based line number, the byte offset where the line ends, and
    /// the line (nil when it was too long to hold). Blank lines are skipped.
    mutating func lines(_ each: (Int, Int, ArraySlice<UInt8>?) throws -> Void) throws {
        var lineNumber = 0
        var consumed = 0
        var buffer = pending
        var start = 0
        var first = true
        var skippingLongLine = false
        var atEnd = false
        while true {
            if first, buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
            if first, buffer.count >= 3 { first = false }
            while let newline = buffer[start...].firstIndex(of: 10) {
                lineNumber += 1
                let line = buffer[start..<newline]
                if skippingLongLine {
                    skippingLongLine = false
                    try each(lineNumber, consumed + newline, nil)
                } else if line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) {
                    try each(lineNumber, consumed + newline, line)
                }
                start = newline + 1
            }
            if atEnd {
                if start < buffer.count || skippingLongLine {
                    lineNumber += 1
                    let line = buffer[start...]
                    if skippingLongLine {
                        try each(lineNumber, consumed + buffer.count, nil)
                    } else if line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) {
                        try each(lineNumber, consumed + buffer.count, line)
                    }
                }
                return
            }
            // keep the unfinished line, drop the rest
            consumed += start
            buffer.removeFirst(start)
            start = 0
            if buffer.count > Normalizer.maxArticleBytes {
                consumed += buffer.count
                buffer.removeAll(keepingCapacity: true)
                skippingLongLine = true
            }
            let data = try handle.read(upToCount: Self.chunk) ?? Data()
            if data.isEmpty { atEnd = true } else { buffer.append(contentsOf: data) }
        }
    }
}
