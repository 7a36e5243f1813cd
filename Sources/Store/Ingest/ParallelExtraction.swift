import ClaimsExtract
import ClaimsNormalize
import Foundation

/// A JSON Lines article read ahead of being stored, with its fingerprint.
struct ParsedArticle: Sendable {
    var line: Int
    var end: Int
    var result: Result<Fingerprinted, NormalizeError>
}

struct Fingerprinted: Sendable {
    var document: Document
    var digest: String
}

/// Reads, and separately extracts, batches of JSON Lines on every core, so that the one
/// writer only decides and stores. Extraction is a second pass so that articles already
/// stored are never extracted.
struct ParallelExtraction: Sendable {
    let reader: JSONLinesReader
    let extractor: Extractor

    /// Each line's document and fingerprint, in the order of `lines`.
    func parse(_ lines: [(line: Int, end: Int, bytes: [UInt8]?)]) -> [ParsedArticle] {
        let reader = self.reader
        return Self.concurrentMap(lines) { item in
            guard let bytes = item.bytes else {
                return ParsedArticle(line: item.line, end: item.end, result: .failure(.lineTooLong(limit: Normalizer.maxArticleBytes)))
            }
            let result = Result { () throws(NormalizeError) in
                var document = try reader.document(bytes[...])
                document.meta["line"] = String(item.line)
                return Fingerprinted(document: document, digest: Ingestor.fingerprint(document))
            }
            return ParsedArticle(line: item.line, end: item.end, result: result)
        }
    }

    /// The claims of each document, in order.
    func extract(_ documents: [Document]) -> [[Claim]] {
        let extractor = self.extractor
        return Self.concurrentMap(documents) { extractor.claims(in: $0) }
    }

    private static func concurrentMap<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ transform: @escaping @Sendable (Input) -> Output
    ) -> [Output] {
        let slots = Slots<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in slots.set(index, transform(inputs[index])) }
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
