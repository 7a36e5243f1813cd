import ArgumentParser

/// `claimsdb metrics import FILE`: many metric phrases at once.
struct MetricsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the metric phrases of a CSV or JSON file to the database.",
        discussion: """
            CSV: a header with metric_key and phrases (phrases separated by ;).
            JSON: an object of key -> array of phrases (the shape of seeds/metrics.json, with or without its
            "metrics" wrapper). The file is added whole or not at all; an error names the line.
            Examples:
              claimsdb metrics import my-metrics.csv
              claimsdb metrics import metrics.json
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var file: VocabularyFileOptions

    func run() throws {
        VocabularyReport.say(try database.openForWriting().importMetricSynonyms(path: file.path, format: file.format?.format),
                             noun: "metric phrase")
    }
}
