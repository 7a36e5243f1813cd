import ClaimsStore

/// schema.org ClaimReview in JSON-LD (https://schema.org/ClaimReview): the form fact-checks
/// are exchanged in. Each claim is the `Claim` reviewed, with its article as the appearance
/// and its attributed sources as the author. claimsdb records no verdicts, so there is no
/// `reviewRating`: a reader adds one when they rate the claim.
///
/// Written as the claims come: a JSON array, one ClaimReview object a line.
final class ClaimReviewRenderer {
    private let out: OutputBuffer
    private var written = 0

    init(out: OutputBuffer = OutputBuffer()) {
        self.out = out
        out.append("[")
    }

    func write(_ claim: ClaimDetail) {
        out.append((written == 0 ? "" : ",\n ") + Self.review(claim).serialized())
        written += 1
    }

    /// Closes the array and writes what is left.
    func finish() {
        out.append("]\n")
        out.flush()
    }

    static func review(_ claim: ClaimDetail) -> JSONValue {
        var item: [(String, JSONValue)] = [("@type", .string("Claim"))]
        let authors = rows(claim.sources).filter { $0["role"] == .text("attributed") }.map(author)
        if authors.count == 1, let only = authors.first { item.append(("author", only)) }
        if authors.count > 1 { item.append(("author", .array(authors))) }
        if let published = claim.published { item.append(("datePublished", .string(published))) }
        item.append(("appearance", appearance(claim)))
        return .object([
            ("@context", .string("https://schema.org")),
            ("@type", .string("ClaimReview")),
            ("identifier", .string("claimsdb:claim:\(claim.claimID)")),
            ("claimReviewed", .string(claim.sentence)),
            ("itemReviewed", .object(item)),
        ])
    }

    /// The source as an Organization, the person speaking for it where named.
    private static func author(_ source: [String: QueryResult.Value]) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("@type", .string("Organization"))]
        if let name = source["name"] { pairs.append(("name", RowFormat.json(name))) }
        if let key = source["source"] { pairs.append(("alternateName", RowFormat.json(key))) }
        if case .text(let speaker) = source["speaker"] {
            pairs.append(("member", .object([("@type", .string("Person")), ("name", .string(speaker))])))
        }
        return .object(pairs)
    }

    /// The article the claim appears in.
    private static func appearance(_ claim: ClaimDetail) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("@type", .string("CreativeWork"))]
        if let url = claim.url { pairs.append(("url", .string(url))) }
        if let title = claim.title { pairs.append(("headline", .string(title))) }
        if let published = claim.published { pairs.append(("datePublished", .string(published))) }
        if let outlet = claim.outlet { pairs.append(("publisher", .object([("@type", .string("Organization")), ("name", .string(outlet))]))) }
        return .object(pairs)
    }

    private static func rows(_ result: QueryResult) -> [[String: QueryResult.Value]] {
        result.rows.map { Dictionary(zip(result.columns, $0), uniquingKeysWith: { first, _ in first }) }
    }
}
