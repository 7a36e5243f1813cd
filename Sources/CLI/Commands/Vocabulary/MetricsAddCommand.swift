import ArgumentParser
import ClaimsStore

/// `claimsdb metrics add KEY --phrase ...`: phrases that name a metric.
struct MetricsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add phrases that name a metric (a new key or a known one).",
        discussion: """
            Phrases are matched ignoring case; a phrase already known under another key moves to this one.
            To adopt an open key that `claimsdb metrics --discovered` lists, add it under that name with the
            phrases that name it, then `claimsdb reextract`.
            Examples:
              claimsdb metrics add housing_starts --phrase "housing starts"
              claimsdb metrics add inflation --phrase "headline inflation"
              claimsdb metrics add refugees --phrase refugees --phrase "displaced people"
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The metric key: lower-case letters, digits and _ (gdp_growth, military_aid, ...).")
    var key: String

    @Option(name: .customLong("phrase"), help: "A phrase that names the metric (repeatable).")
    var phrases: [String] = []

    var entry: MetricSynonymEntry { MetricSynonymEntry(metricKey: key, phrases: phrases) }

    func validate() throws {
        if let problem = entry.problem { throw ValidationError(problem) }
    }

    func run() throws {
        VocabularyReport.say(try database.openForWriting().addMetricSynonyms([entry]), noun: "metric phrase")
    }
}
