/// The canned queries of the Datasette metadata: the questions fact-checkers ask first.
enum DatasetteQueries {
    static let all: [String: DatasetteMetadata.Query] = [
        "conflicts": .init(
            title: "Conflicting figures",
            description: "Figures attributed to the same source, for the same metric, unit, place and period (or, stating none, "
                + "published the same day), whose intervals do not meet "
                + "(`claimsdb xref --conflicts`). Widest gap first.",
            sql: """
                SELECT source, metric_key, unit, place, text_a, published_a, title_a, url_a,
                       text_b, published_b, title_b, url_b, round(gap, 3) AS gap, sentence_a, sentence_b
                FROM figure_conflicts ORDER BY gap DESC, source, metric_key
                """),
        "corroborations": .init(
            title: "Corroborating figures",
            description: "Comparable figures of the same source whose intervals meet (`claimsdb xref`).",
            sql: """
                SELECT source, metric_key, unit, place, text_a, published_a, title_a, text_b, published_b, title_b,
                       sentence_a, sentence_b
                FROM figure_corroborations ORDER BY source, metric_key
                """),
        "across_sources": .init(
            title: "Sources side by side",
            description: "Figures of two different sources for the same metric, unit, place and period, saying whether they "
                + "agree (`claimsdb xref --across-sources`). Those that differ first, widest gap first.",
            sql: """
                SELECT relation, metric_key, unit, place, source_a, text_a, published_a, title_a,
                       source_b, text_b, published_b, title_b, round(gap, 3) AS gap, sentence_a, sentence_b
                FROM figure_relations_across_sources ORDER BY meets, gap DESC, metric_key, source_a, source_b
                """),
        "unsourced_figures": .init(
            title: "Unsourced figures",
            description: "Figures in claims that no source is attributed (`claimsdb xref --unsourced`). Largest first.",
            sql: """
                SELECT figure, value, unit, metric_key, place, period_start, sentence, article_title, url, published
                FROM unsourced_figures ORDER BY value DESC
                """),
        "figures_by_source": .init(
            title: "Figures by source",
            description: "Every figure a source is cited for, by key or any alias (IMF, Pentagon, World Bank).",
            sql: """
                SELECT figure, value, unit, qualifier, metric_key, place, period_start, period_end, verb, speaker,
                       sentence, article_title, url, published
                FROM figure_details
                WHERE source IN (SELECT key FROM sources WHERE key = upper(:source)
                                 UNION SELECT s.key FROM source_aliases a JOIN sources s ON s.id = a.source_id WHERE a.alias = :source)
                ORDER BY published, figure_id
                """),
        "stance_changes": .init(
            title: "Actors who changed sides",
            description: "An actor's stance on a target in one article and the opposite in a later one (`claimsdb stances --changes`).",
            sql: """
                SELECT actor, target_key, polarity_before, published_before, sentence_before,
                       polarity_after, published_after, sentence_after
                FROM stance_changes ORDER BY actor, published_after
                """),
    ]
}
