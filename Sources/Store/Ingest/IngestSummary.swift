import Foundation

/// What one `ingest` run did, printed at its end.
public struct IngestSummary: Sendable, Equatable {
    public var added = 0
    /// Inputs whose normalized body was already stored.
    public var skipped = 0
    public var failed = 0
    public var claims = 0
    public var figures = 0
    public var stances = 0
    public var bytes = 0
    public var seconds = 0.0

    public init() {}

    public var description: String {
        let rate = seconds > 0 ? Double(bytes) / 1_048_576 / seconds : 0
        return "added \(added), skipped \(skipped) (already stored), failed \(failed); "
            + "\(claims) claims, \(figures) figures, \(stances) stances; "
            + String(format: "%.2f", seconds) + " s (" + String(format: "%.1f", rate) + " MB/s)"
    }
}
