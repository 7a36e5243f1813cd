import ClaimsSeeds
import GRDB

/// Loads the source registry into `sources` and `source_aliases`. Idempotent: seeded rows
/// are updated in place and rows the user added are left alone (a user source whose key
/// the registry later ships becomes the registry's; its user aliases stay).
enum SourceRegistryWriter {
    static func upsert(_ sources: [SourceSeed], in db: Database) throws {
        let source = try db.cachedStatement(sql: """
            INSERT INTO sources(key, name, kind, country, homepage) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                country = excluded.country, homepage = excluded.homepage, origin = 'seed'
            """)
        let alias = try db.cachedStatement(sql: """
            INSERT INTO source_aliases(alias, source_id) SELECT ?, id FROM sources WHERE key = ?
            ON CONFLICT(alias) DO NOTHING
            """)
        for seed in sources {
            try source.execute(arguments: [seed.key, seed.name, seed.kind, seed.country, seed.homepage])
            for name in [seed.name] + seed.aliases {
                try alias.execute(arguments: [name, seed.key])
            }
        }
    }
}
