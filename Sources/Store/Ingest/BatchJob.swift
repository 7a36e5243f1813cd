import ClaimsExtract
import Foundation

/// One batch being parsed and extracted in the background.
final class BatchJob: @unchecked Sendable {
    struct Result: Sendable {
        var articles: [ParsedArticle]
        /// Each article's claims, in order; nil for articles not extracted (unreadable, or
        /// already stored when the batch was read).
        var claims: [[Claim]?]
    }

    let group = DispatchGroup()
    // Written once by the background work before `group` is left, read only after waiting on it.
    private var outcome = Result(articles: [], claims: [])

    func finish(_ result: Result) { outcome = result }

    /// The batch, once parsing and extraction are done.
    func result() -> Result {
        group.wait()
        return outcome
    }
}
