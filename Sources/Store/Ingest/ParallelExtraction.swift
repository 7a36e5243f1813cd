import ClaimsExtract
import ClaimsNormalize
import Foundation

/// An article read and extracted ahead of being stored.
struct PreparedArticle: Sendable {
    var line: Int
    var end: Int
    var result: Result<Prepared, NormalizeError>

    struct Prepared: Sendable {
        var document: Document
        var digest: String
        var claims: [Claim]
    }
}

/// Reads and extracts a batch of JSON Lines on every core; one writer stores them in order.
struct ParallelExtraction: Sendable {
    let reader: JSONLinesReader
    let extractor: Extractor

    /// The batch's articles, in the order of `lines`.
    func prepare(_ lines: [(line: Int, end: Int, bytes: [UInt8]?)]) -> [PreparedArticle] {
        let slots = Slots<PreparedArticle>(count: lines.count)
        let work = lines
        let reader = self.reader
        let extractor = self.extractor
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            let item = work[index]
            let result: Result<PreparedArticle.Prepared, NormalizeError>
            if let bytes = item.bytes {
                result = Result { () throws(NormalizeError) in
                    var document = try reader.document(bytes[...])
                    document.meta["line"] = String(item.line)
                    return PreparedArticle.Prepared(document: document, digest: Ingestor.fingerprint(document), claims: extractor.claims(in: document))
                }
            } else {
                result = .failure(.tooLarge(bytes: Normalizer.maxArticleBytes + 1, limit: Normalizer.maxArticleBytes))
            }
            slots.set(index, PreparedArticle(line: item.line, end: item.end, result: result))
        }
        return slots.values()
    }
}

/// Write-once slots, one per iteration of a concurrent loop. Each index is written by
/// exactly one iteration and read only after the loop has returned, which is why this
/// class can promise Sendable.
final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: Value) { buffer[index] = value }

    func values() -> [Value] { buffer.compactMap { $0 } }
}
