/// Text for stdout gathered into writes of 64 KB: a write a row would cost more than the row.
/// Nothing is written until the first 64 KB or ``flush()``, so an error before then leaves
/// stdout empty.
final class OutputBuffer {
    private let sink: (String) -> Void
    private var text = ""

    /// `sink` receives the text (stdout by default; a string for ``RowFormat/render(_:width:raw:)``).
    init(sink: @escaping (String) -> Void = Terminal.write) {
        self.sink = sink
    }

    func append(_ more: String) {
        text += more
        if text.utf8.count >= 1 << 16 { flush() }
    }

    /// Writes what is held.
    func flush() {
        guard !text.isEmpty else { return }
        sink(text)
        text = ""
    }
}
