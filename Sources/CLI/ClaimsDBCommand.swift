import ArgumentParser
import ClaimsStore
import Foundation

/// `claimsdb`: what institutions are cited as saying, across many articles, in SQLite.
@main
struct ClaimsDBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimsdb",
        abstract: "Turn news articles into a SQLite database of claims, sources, figures and stances.",
        discussion: """
            The database is ./claims.db unless --db or CLAIMSDB_PATH says otherwise.
            stdout carries data, stderr carries talk. Exit codes: 0 success, 1 some inputs failed, 2 usage error.
            Examples:
              claimsdb ingest seeds/articles
              claimsdb find --source IMF
              claimsdb xref --conflicts
              claimsdb --generate-completion-script bash > /etc/bash_completion.d/claimsdb
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, IngestCommand.self, ExtractCommand.self, FindCommand.self, ExportCommand.self, SourcesCommand.self,
            XrefCommand.self, StancesCommand.self, ShowCommand.self, SQLCommand.self, ReextractCommand.self,
            MetricsCommand.self, ActorsCommand.self, DatasetteMetadataCommand.self,
        ])

    /// Runs the command; errors are one line on stderr. Usage errors exit 2, failures 1.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as StoreError {
            Terminal.say("claimsdb: \(error.description)")
            Foundation.exit(1)
        } catch let error as CLIError {
            Terminal.say("claimsdb: \(error.description)")
            Foundation.exit(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Terminal.write(fullMessage(for: error) + "\n")
                Foundation.exit(0)
            }
            if let exitCode = error as? ExitCode { Foundation.exit(exitCode.rawValue) }
            Terminal.sayLines(fullMessage(for: error))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
