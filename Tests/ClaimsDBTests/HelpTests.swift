import Foundation
import Testing

/// `--help` of every command, found by walking the SUBCOMMANDS of the help itself, and the
/// shell completions `make install` writes.
@Suite struct HelpTests {
    /// The subcommand names a help text lists.
    private func subcommands(in help: String) -> [String] {
        guard let section = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        return help[section.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
            return String(name)
        }.filter { $0 != "See" }
    }

    @Test func everyCommandHasExamplesInItsHelp() throws {
        var pending: [[String]] = [[]]
        var seen = 0
        while let path = pending.popLast() {
            let run = try CLI.run(path + ["--help"])
            #expect(run.status == 0, "\(path)")
            if !path.isEmpty {
                #expect(run.stdout.contains("Examples:\n"), "claimsdb \(path.joined(separator: " ")) --help has no examples")
                #expect(run.stdout.contains("  claimsdb \(path[0])"), "claimsdb \(path.joined(separator: " ")) --help shows no command")
            }
            seen += 1
            pending += subcommands(in: run.stdout).map { path + [$0] }
        }
        #expect(seen >= 22)
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsKnowTheSubcommands(shell: String) throws {
        let run = try CLI.run(["--generate-completion-script", shell])
        #expect(run.status == 0)
        for command in ["export", "datasette-metadata", "sources", "metrics", "actors"] {
            #expect(run.stdout.contains(command), "\(shell) completion lacks \(command)")
        }
    }
}
