import ArgumentParser
import ClaimsStore

/// The file an `import` subcommand reads, and its format when the extension does not say.
struct VocabularyFileOptions: ParsableArguments {
    @Argument(help: "A .csv or .json file.")
    var path: String

    @Option(help: "csv or json (default: from the file's extension).")
    var format: VocabularyFormatArgument?
}

/// `--format` of the import subcommands.
enum VocabularyFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case csv, json

    var format: VocabularyFileFormat {
        switch self {
        case .csv: return .csv
        case .json: return .json
        }
    }
}
