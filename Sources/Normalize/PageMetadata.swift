import CLibXML2
import Foundation

/// What a news page says about itself: headline, date, author, outlet and canonical URL,
/// from JSON-LD `NewsArticle` first, then Open Graph and article meta tags, then `<title>`,
/// `<time datetime>` and `<link rel="canonical">`.
struct PageMetadata {
    var title: String?
    var published: String?
    var author: String?
    var outlet: String?
    var url: String?

    private var documentTitle: String?
    private var firstHeading: String?
    private var timeElement: String?

    mutating func read(_ root: xmlNodePtr) {
        var jsonLD: [String] = []
        var openGraph: [String: String] = [:]
        HTMLNormalizer.walkElements(root) { node, name in
            switch name {
            case "title":
                if documentTitle == nil { documentTitle = HTMLNormalizer.text(of: node) }
            case "h1":
                if firstHeading == nil { firstHeading = HTMLNormalizer.text(of: node) }
            case "meta":
                let key = (HTMLNormalizer.attribute(node, "property") ?? HTMLNormalizer.attribute(node, "name") ?? "").lowercased()
                if let content = HTMLNormalizer.attribute(node, "content"), !key.isEmpty, openGraph[key] == nil { openGraph[key] = content }
            case "link":
                if HTMLNormalizer.attribute(node, "rel")?.lowercased() == "canonical", url == nil { url = HTMLNormalizer.attribute(node, "href") }
            case "time":
                if timeElement == nil { timeElement = HTMLNormalizer.attribute(node, "datetime") }
            case "script":
                if HTMLNormalizer.attribute(node, "type")?.lowercased() == "application/ld+json" {
                    jsonLD.append(Self.rawText(node))
                }
                return false
            default:
                break
            }
            return true
        }
        for block in jsonLD { readJSONLD(block) }
        title = title ?? openGraph["og:title"] ?? firstHeading ?? documentTitle
        published = published ?? openGraph["article:published_time"] ?? openGraph["date"] ?? timeElement
        author = author ?? openGraph["author"] ?? openGraph["article:author"]
        outlet = outlet ?? openGraph["og:site_name"]
        url = url ?? openGraph["og:url"]
    }

    /// The first `NewsArticle` (or `Article`) object, alone, in a list or in an `@graph`.
    private mutating func readJSONLD(_ text: String) {
        guard let json = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return }
        var candidates: [[String: Any]] = []
        if let object = json as? [String: Any] {
            candidates.append(object)
            if let graph = object["@graph"] as? [[String: Any]] { candidates.append(contentsOf: graph) }
        } else if let list = json as? [[String: Any]] {
            candidates.append(contentsOf: list)
        }
        for object in candidates {
            let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            guard types.contains(where: { $0.hasSuffix("Article") }) else { continue }
            title = title ?? object["headline"] as? String
            published = published ?? object["datePublished"] as? String
            author = author ?? Self.name(object["author"])
            outlet = outlet ?? Self.name(object["publisher"])
            url = url ?? object["url"] as? String
            return
        }
    }

    /// A name given as a string, an object with "name", or a list of either.
    private static func name(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        if let object = value as? [String: Any] { return object["name"] as? String }
        if let list = value as? [Any] { return list.compactMap { name($0) }.first }
        return nil
    }

    private static func rawText(_ node: xmlNodePtr) -> String {
        var text = ""
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            if let content = current.pointee.content { text += String(cString: content) }
        }
        return text
    }
}
