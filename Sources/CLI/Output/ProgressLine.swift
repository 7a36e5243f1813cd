import Foundation

/// One line on a terminal's stderr that says how an ingest is going: articles, MB/s, and
/// the time left when the total size is known. Redrawn at most ten times a second.
struct ProgressLine {
    let totalBytes: Int?
    let started = Date()
    private var lastDrawn = Date.distantPast
    private(set) var shown = false

    init(totalBytes: Int?) {
        self.totalBytes = totalBytes
    }

    mutating func update(articles: Int, bytes: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        let seconds = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(bytes) / 1_048_576 / seconds
        var line = "\r\u{1B}[K\(articles) articles, " + String(format: "%.1f MB/s", rate)
        if let total = totalBytes, total > 0, bytes > 0 {
            let left = Double(total - bytes) / (Double(bytes) / seconds)
            line += String(format: ", %.0f%%, ETA %d:%02d", Double(bytes) * 100 / Double(total), Int(left) / 60, Int(left) % 60)
        }
        FileHandle.standardError.write(Data(line.utf8))
        shown = true
    }

    /// Clears the line before the summary is printed.
    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
