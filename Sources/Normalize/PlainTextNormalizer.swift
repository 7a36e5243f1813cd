import ClaimsSeeds

/// Plain text -> ``Document``. The body is the text itself, so offsets point into the
/// file as the user has it (after line endings are made `\n`).
///
/// Blank lines separate paragraphs; lines that start with a bullet are list items; a
/// paragraph of one short line without closing punctuation is a heading. The first heading
/// is the title, unless it is a breadcrumb glued to the title that the next line repeats.
public struct PlainTextNormalizer: Sendable {
    let classifier: BlockClassifier

    public init(vocabulary: TextVocabulary) {
        classifier = BlockClassifier(vocabulary: vocabulary)
    }

    /// - Parameter detectTitle: false when the title comes from elsewhere (a JSON field), so
    ///   that a short first line stays text.
    public func normalize(_ text: String, detectTitle: Bool = true) -> Document {
        let bytes = Array(text.utf8)
        var blocks = paragraphs(bytes)
        classify(&blocks, text: text, detectTitle: detectTitle)
        let title = blocks.first(where: { $0.block.kind == .title }).map { String(substring(text, $0.block)) }
        // a text of short lines only ("Prices rose in the cafe", one line without a full stop)
        // is an article of those lines, not a title with nothing under it
        if !blocks.contains(where: { $0.block.kind.carriesClaims }) {
            for index in blocks.indices where blocks[index].block.kind == .title || blocks[index].block.kind == .heading {
                blocks[index].block.kind = .paragraph
            }
        }
        return Document(title: title, format: .text, body: text, blocks: blocks.map(\.block))
    }

    /// A block under construction, with how many lines it spans.
    struct RawBlock {
        var block: Block
        var lineCount: Int
    }

    private func paragraphs(_ bytes: [UInt8]) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var open: RawBlock?
        for line in LineScanner.lines(bytes) {
            if line.isBlank {
                if let current = open { blocks.append(current) }
                open = nil
            } else if let marker = classifier.bulletMarkerLength(bytes, start: line.start, end: line.end) {
                if let current = open { blocks.append(current) }
                open = nil
                blocks.append(RawBlock(block: Block(kind: .listItem, start: line.start + marker, end: line.end), lineCount: 1))
            } else if var current = open {
                current.block.end = line.end
                current.lineCount += 1
                open = current
            } else {
                open = RawBlock(block: Block(kind: .paragraph, start: line.start, end: line.end), lineCount: 1)
            }
        }
        if let current = open { blocks.append(current) }
        return blocks
    }

    private func classify(_ blocks: inout [RawBlock], text: String, detectTitle: Bool) {
        for index in blocks.indices where blocks[index].block.kind == .paragraph && blocks[index].lineCount == 1 {
            let content = substring(text, blocks[index].block)
            if classifier.isBoilerplate(content) {
                blocks[index].block.kind = .boilerplate
            } else if classifier.looksLikeHeading(content) {
                blocks[index].block.kind = .heading
            }
        }
        for index in blocks.indices where blocks[index].block.kind == .listItem {
            if classifier.isBoilerplate(substring(text, blocks[index].block)) { blocks[index].block.kind = .boilerplate }
        }
        guard detectTitle, let first = blocks.firstIndex(where: { $0.block.kind != .boilerplate }),
            blocks[first].block.kind == .heading
        else { return }
        let next = first + 1
        if next < blocks.count, blocks[next].block.kind == .heading {
            let head = substring(text, blocks[first].block)
            let following = substring(text, blocks[next].block)
            if classifier.isBreadcrumb(head, followedBy: following) {
                blocks[first].block.kind = .boilerplate
                blocks[next].block.kind = .title
                return
            }
        }
        blocks[first].block.kind = .title
    }

    private func substring(_ text: String, _ block: Block) -> Substring {
        text.utf8Slice(block.start, block.end)
    }
}
