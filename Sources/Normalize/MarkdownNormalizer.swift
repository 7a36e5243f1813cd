import ClaimsSeeds

/// Markdown -> ``Document``. The body is the reading text (markup removed, one block per
/// paragraph, heading or list item, blocks separated by a blank line), so offsets point
/// at what a reader sees. Front matter gives title, date, url and outlet.
public struct MarkdownNormalizer: Sendable {
    let classifier: BlockClassifier

    public init(vocabulary: TextVocabulary) {
        classifier = BlockClassifier(vocabulary: vocabulary)
    }

    public func normalize(_ text: String) -> Document {
        let front = FrontMatter.split(text)
        var builder = BodyBuilder()
        var paragraph: [String] = []
        var inFence = false

        func flush() {
            guard !paragraph.isEmpty else { return }
            let joined = paragraph.joined(separator: " ")
            paragraph.removeAll()
            let kind: BlockKind = classifier.isBoilerplate(joined[...]) ? .boilerplate : .paragraph
            builder.append(joined, kind: kind)
        }

        for rawLine in front.remainder.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine.trimmingBlanks()
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                flush()
                inFence.toggle()
                continue
            }
            if inFence { continue }
            while line.hasPrefix(">") { line = line.dropFirst().trimmingBlanks() }
            if line.isEmpty || isRule(line) {
                flush()
                continue
            }
            if let heading = headingText(line) {
                flush()
                let content = MarkdownInline.plain(heading)
                builder.append(content, kind: classifier.isBoilerplate(content[...]) ? .boilerplate : .heading)
                continue
            }
            if let marker = listMarkerLength(line) {
                flush()
                let content = MarkdownInline.plain(line.dropFirst(marker).trimmingBlanks())
                builder.append(content, kind: classifier.isBoilerplate(content[...]) ? .boilerplate : .listItem)
                continue
            }
            paragraph.append(MarkdownInline.plain(line))
        }
        flush()

        var document = Document(format: .markdown, body: builder.body, blocks: builder.blocks)
        for (key, value) in front.fields where !value.isEmpty {
            switch key {
            case "title", "headline": document.title = value
            case "date", "published", "published_at", "datepublished": document.setPublished(asWritten: value)
            case "url", "link", "canonical": document.url = value
            case "outlet", "source", "publisher": document.outlet = value
            default: document.meta[key] = value
            }
        }
        if document.title == nil, let first = document.blocks.firstIndex(where: { $0.kind == .heading }) {
            document.blocks[first].kind = .title
            document.title = String(document.text(of: document.blocks[first]))
        }
        return document
    }

    private func isRule(_ line: Substring) -> Bool {
        guard line.count >= 3, let first = line.first, "-*_=".contains(first) else { return false }
        return line.allSatisfy { $0 == first || $0 == " " }
    }

    private func headingText(_ line: Substring) -> Substring? {
        let hashes = line.prefix(while: { $0 == "#" })
        guard (1...6).contains(hashes.count) else { return nil }
        let rest = line.dropFirst(hashes.count)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingBlanks()
        while text.last == "#" { text = text.dropLast() }
        return text.trimmingBlanks()
    }

    private func listMarkerLength(_ line: Substring) -> Int? {
        let bytes = Array(line.utf8)
        guard let length = classifier.bulletMarkerLength(bytes, start: 0, end: bytes.count) else { return nil }
        return String(decoding: bytes[0..<length], as: UTF8.self).count
    }
}

/// Accumulates a generated body and the blocks in it.
struct BodyBuilder {
    private(set) var body = ""
    private(set) var blocks: [Block] = []

    mutating func append(_ text: String, kind: BlockKind) {
        let trimmed = text[...].trimmingBlanks()
        guard !trimmed.isEmpty else { return }
        if !body.isEmpty { body += "\n\n" }
        let start = body.utf8.count
        body += trimmed
        blocks.append(Block(kind: kind, start: start, end: body.utf8.count))
    }
}
