import Foundation

/// A Datasette metadata file (https://docs.datasette.io/en/stable/metadata.html) for a
/// claimsdb database: table and column descriptions, full-text search on claims, facets and
/// canned queries, so that `datasette claims.db -m metadata.json` opens as a fact-checking
/// browser without any set-up.
public struct DatasetteMetadata: Encodable, Sendable {
    public var title = "claimsdb"
    public var description = "What institutions are cited as saying across many articles: claims, sources, figures and stances."
    public var databases: [String: DatabaseEntry]

    enum CodingKeys: String, CodingKey {
        case title, description, databases
    }

    public struct DatabaseEntry: Encodable, Sendable {
        public var description: String
        public var tables: [String: Table]
        public var queries: [String: Query]
    }

    public struct Table: Encodable, Sendable {
        public var description: String
        public var columns: [String: String]
        public var facets: [String]?
        public var ftsTable: String?
        public var ftsPK: String?
        public var labelColumn: String?
        public var hidden: Bool?

        enum CodingKeys: String, CodingKey {
            case description, columns, facets, hidden
            case ftsTable = "fts_table"
            case ftsPK = "fts_pk"
            case labelColumn = "label_column"
        }
    }

    public struct Query: Encodable, Sendable {
        public var title: String
        public var description: String
        public var sql: String
    }

    /// The metadata for a database Datasette names `databaseName` (the file name without
    /// `.db`: `claims` for `claims.db`).
    public init(databaseName: String) {
        databases = [databaseName: DatabaseEntry(
            description: "Built by claimsdb. Start with figure_details (facet by source, metric_key, unit), "
                + "stance_details (facet by polarity), or the canned queries below.",
            tables: DatasetteTables.all, queries: DatasetteQueries.all)]
    }

    /// The Datasette name of a database file: its name without the extension.
    public static func databaseName(path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// Pretty-printed JSON with sorted keys, so the file diffs well.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
