import ClaimsStore

/// What an add or import did, on stderr, with the step that applies it to stored articles.
enum VocabularyReport {
    static func say(_ change: VocabularyChange, noun: String) {
        let aliases = change.aliases > 0 ? " and \(count(change.aliases, "alias"))" : ""
        Terminal.say("added \(count(change.entries, noun))\(aliases); the next ingest uses them (`claimsdb reextract` applies them to stored articles)")
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(n == 1 ? noun : noun.hasSuffix("s") ? noun + "es" : noun + "s")"
    }
}
