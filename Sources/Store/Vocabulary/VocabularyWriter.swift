import GRDB

/// What an add or import changed.
public struct VocabularyChange: Sendable, Equatable {
    /// Sources, metric phrases or actors added or changed, each counted once however often a
    /// file names it.
    public var entries: Int { changed.count }
    /// Aliases added.
    public var aliases = 0
    /// The keys, phrases or names of the entries added or changed.
    var changed: Set<String> = []
}

/// `claimsdb sources|metrics|actors add|import`: the user's vocabulary, written whole (one
/// transaction a command, so a file with one bad entry adds nothing) after every entry is
/// checked.
extension ClaimsDatabase {
    public func addSources(_ entries: [SourceEntry]) throws(StoreError) -> VocabularyChange {
        try write(entries) { entry, db, change in
            let id = try Self.sourceID(for: entry, in: db, change: &change)
            for alias in [entry.name].compactMap({ $0 }) + entry.aliases {
                // a name ingest read a discovered source under is the user's to give
                try db.execute(sql: "DELETE FROM source_aliases WHERE alias = ? AND origin = 'discovered' AND source_id <> ?", arguments: [alias, id])
                try Self.addAlias(alias, of: entry.key, location: entry.location, in: db, change: &change,
                                  owner: "SELECT s.key FROM source_aliases a JOIN sources s ON s.id = a.source_id WHERE a.alias = ?",
                                  insert: ("INSERT INTO source_aliases(alias, source_id, origin) VALUES (?, ?, 'user')", id))
            }
        }
    }

    /// The id of the entry's source: a new user source, a user source updated, or a
    /// registry source, whose fields are the seeds' (only aliases can be added to it).
    private static func sourceID(for entry: SourceEntry, in db: Database, change: inout VocabularyChange) throws -> Int64 {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, name, kind, country, homepage, origin FROM sources WHERE key = ?",
                                         arguments: [entry.key])
        else {
            guard let name = entry.name else {
                throw StoreError.invalidVocabulary(located(entry.location, "new source \(entry.key) needs a name"))
            }
            try db.execute(sql: "INSERT INTO sources(key, name, kind, country, homepage, origin) VALUES (?, ?, ?, ?, ?, 'user')",
                           arguments: [entry.key, name, entry.kind ?? "other", entry.country, entry.homepage])
            change.changed.insert(entry.key)
            return db.lastInsertedRowID
        }
        let id: Int64 = row["id"]
        if row["origin"] == "seed" {
            let differs = [("name", entry.name), ("kind", entry.kind), ("country", entry.country), ("homepage", entry.homepage)]
                .first { field, value in value != nil && value != row[field] }
            if let (field, _) = differs {
                throw StoreError.invalidVocabulary(located(entry.location,
                    "\(entry.key) is a built-in source: its \(field) comes from seeds/sources.json; only aliases can be added to it"))
            }
            return id
        }
        let differs = [("name", entry.name), ("kind", entry.kind), ("country", entry.country), ("homepage", entry.homepage)]
            .contains { field, value in value != nil && value != row[field] }
        guard differs else { return id }
        try db.execute(sql: """
            UPDATE sources SET name = coalesce(?, name), kind = coalesce(?, kind), country = coalesce(?, country),
                               homepage = coalesce(?, homepage) WHERE id = ?
            """, arguments: [entry.name, entry.kind, entry.country, entry.homepage, id])
        change.changed.insert(entry.key)
        return id
    }

    public func addMetricSynonyms(_ entries: [MetricSynonymEntry]) throws(StoreError) -> VocabularyChange {
        try write(entries) { entry, db, change in
            for phrase in entry.phrases {
                try db.execute(sql: """
                    INSERT INTO user_metric_synonyms(phrase, metric_key) VALUES (?, ?)
                    ON CONFLICT(phrase) DO UPDATE SET metric_key = excluded.metric_key WHERE metric_key IS NOT excluded.metric_key
                    """, arguments: [phrase, entry.metricKey])
                if db.changesCount > 0 { change.changed.insert(phrase) }
            }
        }
    }

    public func addActors(_ entries: [ActorEntry]) throws(StoreError) -> VocabularyChange {
        try write(entries) { entry, db, change in
            try db.execute(sql: """
                INSERT INTO user_actors(name, kind, country) VALUES (?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, country = coalesce(excluded.country, country)
                WHERE kind IS NOT excluded.kind OR country IS NOT coalesce(excluded.country, country)
                """, arguments: [entry.name, entry.kind.rawValue, entry.country])
            if db.changesCount > 0 { change.changed.insert(entry.name) }
            let row = try Row.fetchOne(db, sql: "SELECT id, name FROM user_actors WHERE name = ?", arguments: [entry.name])
            guard let row else { return }
            let id: Int64 = row["id"]
            for alias in entry.aliases {
                try Self.addAlias(alias, of: row["name"], location: entry.location, in: db, change: &change,
                                  owner: "SELECT u.name FROM user_actor_aliases a JOIN user_actors u ON u.id = a.actor_id WHERE a.alias = ?",
                                  insert: ("INSERT INTO user_actor_aliases(alias, actor_id) VALUES (?, ?)", id))
            }
        }
    }

    /// Checks every entry, then writes them all in one transaction.
    private func write<Entry: VocabularyEntry>(
        _ entries: [Entry], _ body: (Entry, Database, inout VocabularyChange) throws -> Void
    ) throws(StoreError) -> VocabularyChange {
        if let bad = entries.first(where: { $0.problem != nil }), let problem = bad.problem {
            throw .invalidVocabulary(Self.located(bad.location, problem))
        }
        return try wrap {
            try queue.write { db in
                var change = VocabularyChange()
                for entry in entries { try body(entry, db, &change) }
                return change
            }
        }
    }

    /// Adds an alias unless it already names this owner; refuses one that names another.
    private static func addAlias(_ alias: String, of name: String, location: String?, in db: Database, change: inout VocabularyChange,
                                 owner ownerSQL: String, insert: (sql: String, id: Int64)) throws {
        if let owner = try String.fetchOne(db, sql: ownerSQL, arguments: [alias]) {
            guard owner == name else { throw StoreError.invalidVocabulary(located(location, "alias '\(alias)' already names \(owner)")) }
            return
        }
        try db.execute(sql: insert.sql, arguments: [alias, insert.id])
        change.aliases += 1
    }

    /// Sources from a CSV or JSON file (columns or fields: key, name, kind, country, homepage, aliases).
    public func importSources(path: String, format: VocabularyFileFormat?) throws(StoreError) -> VocabularyChange {
        try addSources(try VocabularyRecord.read(path: path, format: format, allowed: SourceEntry.fields).map(SourceEntry.init))
    }

    /// Metric synonyms from a CSV file (metric_key, phrases) or a JSON object of key -> phrases.
    public func importMetricSynonyms(path: String, format: VocabularyFileFormat?) throws(StoreError) -> VocabularyChange {
        try addMetricSynonyms(try VocabularyRecord.read(path: path, format: format, allowed: MetricSynonymEntry.fields)
            .map(MetricSynonymEntry.init))
    }

    /// Actors from a CSV or JSON file (name, kind, country, aliases).
    public func importActors(path: String, format: VocabularyFileFormat?) throws(StoreError) -> VocabularyChange {
        try addActors(try VocabularyRecord.read(path: path, format: format, allowed: ActorEntry.fields).map(ActorEntry.init))
    }

    private static func located(_ location: String?, _ message: String) -> String {
        location.map { "\($0): \(message)" } ?? message
    }
}
