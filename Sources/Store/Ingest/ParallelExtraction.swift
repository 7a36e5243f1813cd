import ClaimsExtract
import ClaimsNormalize
import Foundation

/// An article read ahead of being stored, with its fingerprint.
struct ParsedArticle: Sendable {
    var origin: String
    /// The line of a JSON Lines file; nil for a file read whole.
    var line: Int?
    /// Input bytes this article accounts for, for progress and MB/s.
    var size: Int
    var result: Result<Fingerprinted, NormalizeError>
}

struct Fingerprinted: Sendable {
    var document: Document
    var digest: String
}

/// Reads, and separately extracts, batches of articles on every core, so that the one
/// writer only decides and stores. Extraction is a second pass so that articles already
/// stored are never extracted, and it runs while the writer stores the batch before.
struct ParallelExtraction: Sendable {
    let normalizer: Normalizer
    let extractor: Extractor

    /// Each JSON Lines line's document and fingerprint, in order. A line without bytes was
    /// too long to hold.
    func parse(lines: [(line: Int, size: Int, bytes: [UInt8]?)], origin: String) -> [ParsedArticle] {
        let reader = normalizer.jsonLines
        return Self.concurrentMap(lines) { item in
            guard let bytes = item.bytes else {
                return ParsedArticle(origin: origin, line: item.line, size: item.size,
                                     result: .failure(.lineTooLong(limit: Normalizer.maxArticleBytes)))
            }
            let result = Result { () throws(NormalizeError) in
                var document = try reader.document(bytes[...])
                document.meta["line"] = String(item.line)
                return Fingerprinted(document: document, digest: Ingestor.fingerprint(document))
            }
            return ParsedArticle(origin: origin, line: item.line, size: item.size, result: result)
        }
    }

    /// Each whole file's document and fingerprint, in order.
    func parse(files: [(origin: String, format: DocumentFormat, bytes: [UInt8])]) -> [ParsedArticle] {
        let normalizer = self.normalizer
        return Self.concurrentMap(files) { file in
            let result = Result { () throws(NormalizeError) in
                let document = try normalizer.normalize(file.bytes, format: file.format)
                return Fingerprinted(document: document, digest: Ingestor.fingerprint(document))
            }
            return ParsedArticle(origin: file.origin, line: nil, size: file.bytes.count, result: result)
        }
    }

    /// Starts extracting `documents` on every core and returns at once, so that the writer
    /// can store the previous batch meanwhile; `ExtractionJob.claims()` waits for the result.
    func startExtracting(_ documents: [Document]) -> ExtractionJob {
        let job = ExtractionJob()
        let extractor = self.extractor
        DispatchQueue.global().async(group: job.group) {
            job.finish(Self.concurrentMap(documents) { extractor.claims(in: $0) })
        }
        return job
    }

    private static func concurrentMap<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ transform: @escaping @Sendable (Input) -> Output
    ) -> [Output] {
        let slots = Slots<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in slots.set(index, transform(inputs[index])) }
        return slots.values()
    }
}

/// The claims of one batch, being extracted in the background.
final class ExtractionJob: @unchecked Sendable {
    let group = DispatchGroup()
    // Written once by the background work before `group` is left, read only after waiting on it.
    private var result: [[Claim]] = []

    fileprivate func finish(_ claims: [[Claim]]) { result = claims }

    /// The claims of each document, in order, once extraction is done.
    func claims() -> [[Claim]] {
        group.wait()
        return result
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
