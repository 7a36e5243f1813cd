import ArgumentParser

/// `claimsdb sources import FILE`: many sources at once.
struct SourcesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the sources of a CSV or JSON file to the database.",
        discussion: """
            CSV: a header naming some of key, name, kind, country, homepage, aliases (aliases separated by ;).
            JSON: an array of objects with the same fields, aliases an array (the shape of seeds/sources.json).
            The file is added whole or not at all; an error names the line.
            Examples:
              claimsdb sources import my-sources.csv
              claimsdb sources import registry.json
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var file: VocabularyFileOptions

    func run() throws {
        VocabularyReport.say(try database.openForWriting().importSources(path: file.path, format: file.format?.format), noun: "source")
    }
}
