import ClaimsNormalize
import Foundation

/// Reads a JSON Lines stream a megabyte at a time and hands over each complete line, so that
/// memory stays flat however large the file. A line longer than one article may be is
/// skipped without being held, and reported. A stream that opens with a UTF-16 byte order
/// mark is read as UTF-16 and handed over as UTF-8 (offsets then count UTF-8 bytes).
struct LineReader {
    let handle: FileHandle
    /// Bytes already read from the stream (for sniffing standard input).
    var pending: [UInt8]
    /// The longest line handed over; longer ones are dropped as they are read.
    let maxLineBytes: Int
    private let chunk: Int

    init(handle: FileHandle, pending: [UInt8] = [], maxLineBytes: Int = Normalizer.maxArticleBytes, chunk: Int = 1 << 20) {
        self.handle = handle
        self.pending = pending
        self.maxLineBytes = maxLineBytes
        self.chunk = chunk
    }

    /// Calls `each` with the 1-based line number, the byte offset where the line ends, and
    /// the line (nil when it was too long to hold). Blank lines are skipped. Every byte is
    /// looked at once, and a line too long is dropped a chunk at a time as it is read.
    mutating func lines(_ each: (Int, Int, ArraySlice<UInt8>?) throws -> Void) throws {
        var lineNumber = 0
        var consumed = 0
        var buffer = pending
        var start = 0
        var scanned = 0
        var first = true
        var skippingLongLine = false
        var atEnd = false
        var utf16: UTF16StreamDecoder?
        if var decoder = UTF16StreamDecoder(startingWith: buffer) {
            buffer = decoder.decode(buffer, isFirst: true)
            utf16 = decoder
            first = false
        }
        func hand(_ line: ArraySlice<UInt8>, endingAt end: Int) throws {
            lineNumber += 1
            if skippingLongLine {
                skippingLongLine = false
                try each(lineNumber, consumed + end, nil)
            } else if line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) {
                try each(lineNumber, consumed + end, line)
            }
        }
        while true {
            if first, buffer.count >= 3 {
                if buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3; scanned = 3 }
                first = false
            }
            while let newline = buffer[scanned...].firstIndex(of: 10) {
                try hand(buffer[start..<newline], endingAt: newline)
                start = newline + 1
                scanned = start
            }
            scanned = buffer.count
            if atEnd {
                if start < buffer.count || skippingLongLine { try hand(buffer[start...], endingAt: buffer.count) }
                return
            }
            // keep the unfinished line, drop the rest; drop even that once it is too long
            consumed += start
            buffer.removeFirst(start)
            scanned -= start
            start = 0
            if skippingLongLine || buffer.count > maxLineBytes {
                consumed += buffer.count
                buffer.removeAll(keepingCapacity: true)
                scanned = 0
                skippingLongLine = true
            }
            let data = try handle.read(upToCount: chunk) ?? Data()
            if first, buffer.isEmpty, var decoder = UTF16StreamDecoder(startingWith: data) {
                buffer = decoder.decode(data, isFirst: true)
                utf16 = decoder
                first = false
            } else if data.isEmpty {
                atEnd = true
                if var decoder = utf16 { buffer += decoder.finish() }
            } else if var decoder = utf16 {
                buffer += decoder.decode(data)
                utf16 = decoder
            } else {
                buffer.append(contentsOf: data)
            }
        }
    }
}
