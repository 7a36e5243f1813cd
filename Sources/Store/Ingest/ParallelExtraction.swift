import ClaimsExtract
import ClaimsNormalize
import Foundation

/// Parses and extracts batches of articles on every core, in the background, so that the
/// one writer only decides and stores. Articles already stored are looked up between the
/// two steps and never extracted.
struct ParallelExtraction: Sendable {
    let normalizer: Normalizer
    let extractor: Extractor
    /// Batches run one after another, each on every core, so that batches read ahead queue
    /// here instead of crowding the cores.
    private let lane = DispatchQueue(label: "claimsdb.extraction")

    init(normalizer: Normalizer, extractor: Extractor) {
        self.normalizer = normalizer
        self.extractor = extractor
    }

    /// Starts parsing and extracting `input` and returns at once, so that the writer can
    /// store the previous batch meanwhile; ``BatchJob/result()`` waits for the outcome.
    /// Articles whose digest `stored` knows are parsed but not extracted (nil `stored`: all are).
    func start(_ input: BatchInput, skipping stored: StoredFingerprints?) -> BatchJob {
        let job = BatchJob()
        let work = self
        lane.async(group: job.group) {
            let articles = work.parse(input)
            let digests = articles.compactMap { try? $0.result.get().digest }
            let known = stored?.stored(digests) ?? []
            let claims = Self.concurrentMap(articles) { article -> [Claim]? in
                guard case .success(let prepared) = article.result, !known.contains(prepared.digest) else { return nil }
                return work.extractor.claims(in: prepared.document)
            }
            job.finish(BatchJob.Result(articles: articles, claims: claims))
        }
        return job
    }

    /// Each input's document, fingerprint and stored columns, in order.
    private func parse(_ input: BatchInput) -> [ParsedArticle] {
        switch input {
        case .lines(let lines, let origin):
            let reader = normalizer.jsonLines
            return Self.concurrentMap(lines) { item in
                guard let bytes = item.bytes else {
                    return ParsedArticle(origin: origin, line: item.line, size: item.size,
                                         result: .failure(.lineTooLong(limit: Normalizer.maxArticleBytes)))
                }
                let result = Result { () throws(NormalizeError) in
                    var document = try reader.document(bytes[...])
                    document.meta["line"] = String(item.line)
                    return PreparedArticle(document)
                }
                return ParsedArticle(origin: origin, line: item.line, size: item.size, result: result)
            }
        case .files(let files):
            let normalizer = self.normalizer
            return Self.concurrentMap(files) { file in
                let result = Result { () throws(NormalizeError) in
                    PreparedArticle(try normalizer.normalize(file.bytes, format: file.format))
                }
                return ParsedArticle(origin: file.origin, line: nil, size: file.bytes.count, result: result)
            }
        }
    }

    private static func concurrentMap<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ transform: @escaping @Sendable (Input) -> Output
    ) -> [Output] {
        let slots = Slots<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in slots.set(index, transform(inputs[index])) }
        return slots.values()
    }
}
