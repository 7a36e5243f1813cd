import CLibXML2
import ClaimsSeeds
import Foundation

/// HTML -> ``Document``: libxml2's forgiving HTML parser, then the article's main content
/// without page furniture.
///
/// The content root is the page's `<article>` (the longest, if several), else `<main>`, else
/// `<body>`. Inside it, navigation, headers, footers, asides, forms, scripts, share bars,
/// tickers, newsletter boxes and the like are dropped by element and by class or id;
/// paragraphs and list items that are mostly links are dropped as link lists; a "Read Next"
/// or "Related Stories" heading drops itself and what follows it in its section.
/// Metadata comes from `<title>`, Open Graph, `article:published_time`, `<time datetime>`,
/// JSON-LD `NewsArticle` and the canonical link.
public struct HTMLNormalizer: Sendable {
    let classifier: BlockClassifier

    public init(vocabulary: TextVocabulary) {
        classifier = BlockClassifier(vocabulary: vocabulary)
    }

    private static let droppedElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
        "select", "template", "figure", "menu", "dialog", "object", "embed", "canvas", "video", "audio",
    ]
    private static let furnitureWords = [
        "share", "social", "ticker", "related", "read-next", "readnext", "newsletter", "subscribe", "cookie",
        "comment", "promo", "advert", "sidebar", "breadcrumb", "menu", "footer", "masthead", "follow", "sponsor",
        "popular", "trending", "recommend", "outbrain", "taboola", "signup", "sign-up", "paywall", "banner",
    ]
    private static let blockElements: Set<String> = ["p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "pre"]

    /// - Parameter transcoded: the bytes were decoded from UTF-16 and are UTF-8 now, whatever
    ///   the page's `<meta charset>` says.
    public func normalize(_ bytes: [UInt8], transcoded: Bool = false) throws(NormalizeError) -> Document {
        guard !bytes.isEmpty else { throw .empty }
        if HTMLAttributeScan.exceedsLimit(bytes) { throw .tooManyAttributes(limit: HTMLAttributeScan.limit) }
        // XML_PARSE_HUGE: without it libxml2 ends a page at a text node over 10 MB (an inline
        // script), and the article after it is lost; an article is at most 64 MB anyway
        var options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue | XML_PARSE_HUGE.rawValue
        if transcoded { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        let encoding: String? = transcoded ? "UTF-8" : nil
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, encoding, Int32(options))
                }
            }
        }
        guard let doc = parsed else { throw .noText }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw .noText }
        // libxml2 stops reading a page nested deeper than its limit: what follows would be lost
        if Self.depth(of: root, atLeast: Self.maxDepth) >= Self.maxDepth { throw .nestedTooDeep(limit: Self.maxDepth) }

        var meta = PageMetadata()
        meta.read(root)
        let content = Self.contentRoot(root) ?? root
        var builder = BodyBuilder()
        let title = meta.title
        if let title { builder.append(title, kind: .title) }
        collectBlocks(content, into: &builder, title: title)
        var document = Document(title: title, url: meta.url, outlet: meta.outlet, format: .html, body: builder.body, blocks: builder.blocks)
        if let published = meta.published { document.setPublished(asWritten: published) }
        if let author = meta.author { document.meta["author"] = author }
        return document
    }

    // MARK: content

    /// `<article>` (the one with the most text), else `<main>`, else `<body>`.
    static func contentRoot(_ root: xmlNodePtr) -> xmlNodePtr? {
        var articles: [xmlNodePtr] = []
        var main: xmlNodePtr?
        var body: xmlNodePtr?
        walkElements(root) { node, name in
            switch name {
            case "article": articles.append(node)
            case "main": if main == nil { main = node }
            case "body": if body == nil { body = node }
            default: break
            }
            return true
        }
        if let best = articles.max(by: { textLength($0) < textLength($1) }) { return best }
        return main ?? body
    }

    private func collectBlocks(_ node: xmlNodePtr, into builder: inout BodyBuilder, title: String?) {
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            guard current.pointee.type == XML_ELEMENT_NODE, let name = Self.name(of: current) else { continue }
            if Self.droppedElements.contains(name) || Self.isFurniture(current) { continue }
            if Self.blockElements.contains(name) {
                let text = Self.text(of: current)
                guard !text.isEmpty else { continue }
                if name.hasPrefix("h") {
                    if classifier.isBoilerplate(text[...]) { return }  // "Read Next": the rest of this section goes too
                    if text == title { continue }
                    builder.append(text, kind: .heading)
                } else if Self.linkDensity(current) > 0.5 || classifier.isBoilerplate(text[...]) {
                    continue
                } else {
                    builder.append(text, kind: name == "li" ? .listItem : .paragraph)
                }
                continue
            }
            if Self.hasDirectText(current) && !Self.containsBlocks(current) {
                let text = Self.text(of: current)
                if !text.isEmpty, !classifier.isBoilerplate(text[...]), Self.linkDensity(current) <= 0.5 {
                    builder.append(text, kind: .paragraph)
                }
                continue
            }
            collectBlocks(current, into: &builder, title: title)
        }
    }

    /// Elements whose class or id names page furniture: "share-bar", "related-stories", "ticker".
    static func isFurniture(_ node: xmlNodePtr) -> Bool {
        let marks = ((attribute(node, "class") ?? "") + " " + (attribute(node, "id") ?? "") + " " + (attribute(node, "role") ?? "")).lowercased()
        guard marks.count > 2 else { return false }
        if marks.contains("navigation") || marks.contains("complementary") { return true }
        return furnitureWords.contains { marks.contains($0) }
    }

    /// Share of an element's text inside links.
    static func linkDensity(_ node: xmlNodePtr) -> Double {
        let total = textLength(node)
        guard total > 0 else { return 0 }
        var linked = 0
        walkElements(node) { element, name in
            if name == "a" {
                linked += textLength(element)
                return false
            }
            return true
        }
        return Double(linked) / Double(total)
    }

    // MARK: libxml2 helpers

    static func name(of node: xmlNodePtr) -> String? {
        guard let name = node.pointee.name else { return nil }
        return String(cString: name).lowercased()
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { claimsdb_xml_free(value) }
        return String(cString: value)
    }

    /// The element's text, blank runs folded, scripts and styles left out.
    static func text(of node: xmlNodePtr) -> String {
        var parts: [String] = []
        appendText(node, to: &parts)
        return parts.joined().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" })
            .joined(separator: " ")
    }

    private static func appendText(_ node: xmlNodePtr, to parts: inout [String]) {
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { parts.append(String(cString: content)) }
            case XML_ELEMENT_NODE:
                let name = Self.name(of: current) ?? ""
                if name == "script" || name == "style" || name == "noscript" { continue }
                if name == "br" { parts.append(" ") }
                let isBlock = blockElements.contains(name) || name == "div"
                if isBlock { parts.append(" ") }
                appendText(current, to: &parts)
                if isBlock { parts.append(" ") }
            default:
                continue
            }
        }
    }

    static func textLength(_ node: xmlNodePtr) -> Int {
        var length = 0
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                length += strlen(content)
            } else if current.pointee.type == XML_ELEMENT_NODE, name(of: current) != "script", name(of: current) != "style" {
                length += textLength(current)
            }
        }
        return length
    }

    private static func hasDirectText(_ node: xmlNodePtr) -> Bool {
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content,
                String(cString: content).contains(where: { !$0.isWhitespace })
            {
                return true
            }
        }
        return false
    }

    private static func containsBlocks(_ node: xmlNodePtr) -> Bool {
        var found = false
        walkElements(node) { _, name in
            if blockElements.contains(name) || name == "div" || name == "section" { found = true }
            return !found
        }
        return found
    }

    /// How deep claimsdb reads a page: libxml2's own limit (`xmlParserMaxDepth`) without
    /// `XML_PARSE_HUGE`, kept so that a page is read the same whichever libxml2 reads it.
    static let maxDepth = 256

    /// The depth of the deepest element under `root` (itself 1), counted no further than
    /// `limit`. Iterative, like ``walkElements(_:_:)``.
    static func depth(of root: xmlNodePtr, atLeast limit: Int) -> Int {
        var deepest = 1
        var stack: [(node: xmlNodePtr, depth: Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            deepest = max(deepest, depth)
            if deepest >= limit { break }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { stack.append((current, depth + 1)) }
                child = current.pointee.next
            }
        }
        return deepest
    }

    /// Visits element descendants depth first; the visitor returns false to skip a subtree.
    /// Iterative, so deeply nested pages cannot exhaust the stack.
    static func walkElements(_ root: xmlNodePtr, _ visit: (xmlNodePtr, String) -> Bool) {
        var stack: [xmlNodePtr] = []
        var child = root.pointee.children
        while let current = child {
            stack.append(current)
            child = current.pointee.next
        }
        stack.reverse()
        while let node = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE, let name = name(of: node) else { continue }
            guard visit(node, name) else { continue }
            var children: [xmlNodePtr] = []
            var next = node.pointee.children
            while let current = next {
                children.append(current)
                next = current.pointee.next
            }
            stack.append(contentsOf: children.reversed())
        }
    }
}
