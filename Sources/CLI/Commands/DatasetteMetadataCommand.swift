import ArgumentParser
import ClaimsStore

/// `claimsdb datasette-metadata`: the metadata that makes Datasette a fact-checking browser.
struct DatasetteMetadataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasette-metadata",
        abstract: "Print a Datasette metadata file for the database: descriptions, search, facets, canned queries.",
        discussion: """
            The database is named after its file (claims for claims.db), as Datasette names it. Canned queries:
            conflicts, corroborations, unsourced_figures, figures_by_source (?source=IMF), stance_changes.
            Examples:
              claimsdb datasette-metadata > metadata.json
              datasette claims.db -m metadata.json
              curl 'http://127.0.0.1:8001/claims/conflicts.json?_shape=array'
            """)

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        Terminal.write(try DatasetteMetadata(databaseName: DatasetteMetadata.databaseName(path: database.resolvedPath)).json())
    }
}
