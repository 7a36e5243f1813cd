import Foundation
import Testing

/// `claimsdb export`: JSON Lines, CSV of figures and schema.org ClaimReview, with find's filters.
@Suite(.serialized) struct ExportTests {
    let db: String

    init() throws {
        db = try TestPaths.scratch().appendingPathComponent("claims.db").path
        let run = try CLI.run(["ingest", "--db", db, TestPaths.root.appendingPathComponent("seeds/articles").path])
        #expect(run.status == 0, "\(run.stderr)")
    }

    private func export(_ arguments: [String]) throws -> String {
        let run = try CLI.run(["export", "--db", db] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    private func sql(_ query: String) throws -> [[String: Any]] {
        let run = try CLI.run(["sql", "--db", db, "--format", "json", query])
        #expect(run.status == 0, "\(run.stderr)")
        return try CLI.json(run.stdout) as? [[String: Any]] ?? []
    }

    private func reviews(_ arguments: [String] = []) throws -> [[String: Any]] {
        try #require(try CLI.json(try export(["--format", "claimreview"] + arguments)) as? [[String: Any]])
    }

    @Test func theSeedExportIsClaimReviewJSONLD() throws {
        let reviews = try reviews()
        let sentences = try sql("SELECT text FROM claims ORDER BY id").compactMap { $0["text"] as? String }
        #expect(reviews.count == sentences.count)
        #expect(!reviews.isEmpty)
        for review in reviews {
            #expect(review["@context"] as? String == "https://schema.org")
            #expect(review["@type"] as? String == "ClaimReview")
            #expect(review["reviewRating"] == nil, "no verdict was recorded")
            let claimed = try #require(review["claimReviewed"] as? String)
            #expect(sentences.contains(claimed))
            let item = try #require(review["itemReviewed"] as? [String: Any])
            #expect(item["@type"] as? String == "Claim")
            let appearance = try #require(item["appearance"] as? [String: Any])
            #expect(appearance["@type"] as? String == "CreativeWork")
        }
        let imf = try #require(reviews.first { ($0["claimReviewed"] as? String)?.hasPrefix("The IMF projects") == true })
        let author = try #require((imf["itemReviewed"] as? [String: Any])?["author"] as? [String: Any])
        #expect(author["@type"] as? String == "Organization")
        #expect(author["name"] as? String == "International Monetary Fund")
    }

    @Test func theClaimAppearsInItsArticleWithUrlAndDate() throws {
        let run = try CLI.run(["ingest", "--db", db, TestPaths.fixture("export/world-bank-support.md").path])
        #expect(run.status == 0, "\(run.stderr)")
        let review = try #require(try reviews(["--since", "2025-01-01"]).first)
        let item = try #require(review["itemReviewed"] as? [String: Any])
        #expect(item["datePublished"] as? String == "2025-02-01")
        let appearance = try #require(item["appearance"] as? [String: Any])
        #expect(appearance["url"] as? String == "https://example.org/news/world-bank-support")
        #expect((appearance["publisher"] as? [String: Any])?["name"] as? String == "Example News")
        let authors = try #require(item["author"] as? [[String: Any]])
        #expect(authors.compactMap { $0["alternateName"] as? String }.sorted() == ["IMF", "WORLD_BANK"])
    }

    @Test func theSeedRoundTripsThroughJSONLines() throws {
        let lines = try export(["--format", "jsonl"]).split(separator: "\n")
        let claims = try lines.map { line in try #require(try CLI.json(String(line)) as? [String: Any]) }
        let stored = try sql("SELECT id, text FROM claims ORDER BY id")
        #expect(claims.compactMap { $0["claim_id"] as? Int }.sorted() == stored.compactMap { $0["id"] as? Int })
        let figures = try sql("SELECT claim_id, text, value, unit FROM figures ORDER BY claim_id, char_start")
        let exportedFigures = claims.sorted { ($0["claim_id"] as? Int ?? 0) < ($1["claim_id"] as? Int ?? 0) }.flatMap { claim in
            (claim["figures"] as? [[String: Any]] ?? []).map { "\(claim["claim_id"] ?? "") \($0["figure"] ?? "") \($0["value"] ?? "") \($0["unit"] ?? "")" }
        }
        #expect(exportedFigures == figures.map { "\($0["claim_id"] ?? "") \($0["text"] ?? "") \($0["value"] ?? "") \($0["unit"] ?? "")" })
        let stances = try sql("SELECT count(*) AS n FROM stances").first?["n"] as? Int
        #expect(claims.reduce(0) { $0 + (($1["stances"] as? [Any])?.count ?? 0) } == stances)
        for (claim, row) in zip(claims.sorted { ($0["claim_id"] as? Int ?? 0) < ($1["claim_id"] as? Int ?? 0) }, stored) {
            #expect(claim["sentence"] as? String == row["text"] as? String)
        }
    }

    @Test func exportSelectsWhatFindSelects() throws {
        let find = try CLI.run(["find", "--db", db, "--source", "IMF", "--format", "json"])
        let found = Set((try CLI.json(find.stdout) as? [[String: Any]] ?? []).compactMap { $0["claim_id"] as? Int })
        let exported = try export(["--source", "IMF"]).split(separator: "\n").compactMap { line in
            (try CLI.json(String(line)) as? [String: Any])?["claim_id"] as? Int
        }
        #expect(!found.isEmpty)
        #expect(Set(exported) == found)
    }

    @Test func limitCountsClaimsNotFindRows() throws {
        let run = try CLI.run(["ingest", "--db", db, TestPaths.fixture("export/world-bank-support.md").path])
        #expect(run.status == 0, "\(run.stderr)")
        // the first claim has two figures, so find's first two rows are one claim
        let claims = try export(["--since", "2025-01-01", "--limit", "2"]).split(separator: "\n")
        #expect(claims.count == 2)
        #expect(try reviews(["--since", "2025-01-01", "--limit", "2"]).count == 2)
        // a figure attributed to two sources is two CSV rows of one figure
        let csv = try export(["--format", "csv", "--since", "2025-01-01", "--limit", "1"]).split(separator: "\n").dropFirst()
        #expect(Set(csv.map { $0.prefix { $0 != "," } }).count == 1)
    }

    @Test func csvHasOneRowPerFigureWithSourceAndArticle() throws {
        let lines = try export(["--format", "csv", "--source", "World Bank"]).split(separator: "\n")
        let header = try #require(lines.first).split(separator: ",").map(String.init)
        for column in ["figure", "value", "unit", "source", "source_name", "sentence", "article_title", "url", "published"] {
            #expect(header.contains(column), "\(column)")
        }
        #expect(lines.count == 2)
        #expect(lines.last?.contains("more than 23 billion dollars,23000000000") == true)
        #expect(lines.last?.contains("WORLD_BANK,World Bank") == true)
    }
}
