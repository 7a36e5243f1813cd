import ClaimsExtract
import ClaimsSeeds
import Foundation
import GRDB

/// The user's vocabulary as the extractor takes it, and as `claimsdb metrics` and `claimsdb
/// actors` list it beside the seeds.
extension ClaimsDatabase {
    /// What the user added to this database.
    public func userVocabularies() throws(StoreError) -> UserVocabularies {
        try wrap {
            try queue.read { db in
                var vocabularies = UserVocabularies()
                // user sources with all their aliases; registry sources with the user's aliases only
                let sources = try Row.fetchAll(db, sql: """
                    SELECT s.key, s.name, s.kind, s.country, s.homepage, s.origin,
                           json_group_array(a.alias) FILTER (WHERE a.alias IS NOT NULL) AS aliases
                    FROM sources s LEFT JOIN source_aliases a ON a.source_id = s.id AND (s.origin = 'user' OR a.origin = 'user')
                    GROUP BY s.id HAVING s.origin = 'user' OR count(a.alias) > 0 ORDER BY s.key
                    """)
                for row in sources {
                    vocabularies.sources.append(SourceSeed(key: row["key"], name: row["name"], kind: row["kind"], country: row["country"],
                                                           homepage: row["homepage"], aliases: Self.strings(row["aliases"])))
                }
                for row in try Row.fetchAll(db, sql: "SELECT phrase, metric_key FROM user_metric_synonyms") {
                    vocabularies.metricSynonyms[row["phrase"]] = row["metric_key"]
                }
                for row in try Row.fetchAll(db, sql: """
                    SELECT u.name, u.kind, u.country,
                           json_group_array(a.alias) FILTER (WHERE a.alias IS NOT NULL) AS aliases
                    FROM user_actors u LEFT JOIN user_actor_aliases a ON a.actor_id = u.id GROUP BY u.id ORDER BY u.name
                    """)
                {
                    let name: String = row["name"]
                    if row["kind"] == "collective" {
                        vocabularies.collectives.append(name)
                    } else {
                        vocabularies.people.append(ActorVocabulary.Leader(name: name, country: row["country"],
                                                                          aliases: [name] + Self.strings(row["aliases"])))
                    }
                }
                return vocabularies
            }
        }
    }

    /// The extractor for ingest and re-extraction: the compiled-in seeds with this
    /// database's vocabulary merged in.
    public func extractor() throws -> Extractor {
        let user = try userVocabularies()
        if user.isEmpty { return try Extractor.builtIn() }
        return Extractor(lexicon: Lexicon(try SeedVocabularies.builtIn().merging(user)))
    }

    /// Every metric key with its phrases, the seeds' and the user's: key, origin, phrases.
    public func metricVocabulary() throws -> QueryResult {
        let seeds = try SeedVocabularies.builtIn().metrics.metrics
        let user = try userVocabularies().metricSynonyms
        var userPhrases: [String: [String]] = [:]
        for (phrase, key) in user { userPhrases[key, default: []].append(phrase) }
        var rows: [[QueryResult.Value]] = []
        for key in Set(seeds.keys).union(userPhrases.keys).sorted() {
            let builtIn = (seeds[key] ?? []).filter { user[$0] == nil }
            if !builtIn.isEmpty { rows.append([.text(key), .text("seed"), .text(builtIn.joined(separator: "; "))]) }
            if let added = userPhrases[key] { rows.append([.text(key), .text("user"), .text(added.sorted().joined(separator: "; "))]) }
        }
        return QueryResult(columns: ["metric_key", "origin", "phrases"], rows: rows)
    }

    /// Every person and collective actor, the seeds' and the user's: name, kind, country, origin, aliases.
    public func actorVocabulary() throws -> QueryResult {
        let seeds = try SeedVocabularies.builtIn().actors
        let user = try userVocabularies()
        var rows: [[QueryResult.Value]] = []
        func add(_ people: [ActorVocabulary.Leader], _ collectives: [String], origin: String) {
            for person in people {
                rows.append([.text(person.name), .text("person"), person.country.map { .text($0) } ?? .null, .text(origin),
                             .text(person.aliases.filter { $0 != person.name }.joined(separator: "; "))])
            }
            for collective in collectives { rows.append([.text(collective), .text("collective"), .null, .text(origin), .text("")]) }
        }
        add(seeds.leaders, seeds.collectives, origin: "seed")
        add(user.people, user.collectives, origin: "user")
        return QueryResult(columns: ["name", "kind", "country", "origin", "aliases"], rows: rows)
    }

    private static func strings(_ json: String?) -> [String] {
        guard let json, let data = json.data(using: .utf8),
            let values = try? JSONDecoder().decode([String].self, from: data)
        else { return [] }
        return values
    }
}
