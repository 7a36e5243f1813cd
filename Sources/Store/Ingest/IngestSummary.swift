import Foundation

/// What one `ingest` run did, printed at its end.
public struct IngestSummary: Sendable, Equatable {
    public var added = 0
    /// Inputs already stored from the same place: nothing new.
    public var skipped = 0
    /// Inputs whose article was already stored from somewhere else: the text is stored and
    /// extracted once, and this place is recorded in `article_origins`.
    public var identical = 0
    public var failed = 0
    public var claims = 0
    public var figures = 0
    public var stances = 0
    public var bytes = 0
    public var seconds = 0.0

    public init() {}

    /// Every article read, whatever became of it.
    public var articles: Int { added + identical + skipped + failed }

    public var description: String {
        let rate = seconds > 0 ? Double(bytes) / 1_048_576 / seconds : 0
        return "\(articles) \(articles == 1 ? "article" : "articles") read: added \(added), identical \(identical) (text stored once), "
            + "skipped \(skipped) (already stored), failed \(failed); "
            + "\(claims) claims, \(figures) figures, \(stances) stances; "
            + String(format: "%.2f", seconds) + " s (" + String(format: "%.1f", rate) + " MB/s)"
    }
}
