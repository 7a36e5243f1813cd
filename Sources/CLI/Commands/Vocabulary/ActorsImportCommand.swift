import ArgumentParser

/// `claimsdb actors import FILE`: many actors at once.
struct ActorsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the actors of a CSV or JSON file to the database.",
        discussion: """
            CSV: a header naming some of name, kind (person or collective), country, aliases (separated by ;).
            JSON: an array of objects with the same fields, aliases an array.
            The file is added whole or not at all; an error names the line.
            Examples:
              claimsdb actors import my-actors.csv
              claimsdb actors import actors.json
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var file: VocabularyFileOptions

    func run() throws {
        VocabularyReport.say(try database.openForWriting().importActors(path: file.path, format: file.format?.format), noun: "actor")
    }
}
