/// What each table and view of the schema holds, for Datasette's table pages: the short
/// form of docs/schema.md (a test checks every column of every table is described).
enum DatasetteTables {
    typealias Table = DatasetteMetadata.Table

    static let all: [String: Table] = {
        var tables: [String: Table] = [:]
        tables["sources"] = Table(
            description: "Who claims are attributed to: the built-in registry, the sources you added, and the organisations and people ingest found citing claims.",
            columns: [
                "id": "Primary key.",
                "key": "Stable upper-case key: IMF, WORLD_BANK, DOD, NATO; for a discovered source, made from its name or acronym (CBI, ANNA_MEYER).",
                "name": "Display name.",
                "kind": "international_organization, government, central_bank, alliance, agency, ngo, company, media, person, ministry, party, union, research_institute, industry_group, court, legislature or other.",
                "country": "ISO 3166 code of a national institution.",
                "homepage": "URL, where known.",
                "origin": "seed (seeds/sources.json), user (claimsdb sources add or adopt) or discovered (found in the text; not curated).",
            ],
            facets: ["kind", "origin"], labelColumn: "name")
        tables["source_aliases"] = Table(
            description: "The names the text uses for a source, matched without regard to case.",
            columns: ["alias": "A name: Pentagon, International Monetary Fund.", "source_id": "The source it names.",
                      "origin": "seed, user or discovered (a name ingest read a discovered source under)."])
        tables["articles"] = Table(
            description: "One row per ingested article.",
            columns: [
                "id": "Primary key.",
                "sha256": "SHA-256 of title, date, URL and normalized body: the same article is stored once.",
                "title": "Headline.", "url": "Canonical URL.", "outlet": "Publisher.",
                "published": "ISO 8601 date or date-time.", "format": "text, markdown, html or jsonl.",
                "origin": "The path it was first stored from, or - for standard input (every place: article_origins).",
                "body": "Normalized text; every char_start/char_end points into it.",
                "meta": "JSON object of fields without a column (front matter, JSON Lines fields).",
                "ingested_at": "UTC time of ingest.",
                "blocks": "JSON array of [kind, start, end] per block (UTF-8 byte offsets), for claimsdb reextract.",
            ],
            facets: ["outlet", "format"], labelColumn: "title")
        tables["article_origins"] = Table(
            description: "Every place an article was read from: identical copies are stored once and listed here.",
            columns: [
                "article_id": "The article.", "origin": "The path given to ingest, or - for standard input.",
                "line": "The line of a JSON Lines file; 0 for a file read whole.", "ingested_at": "UTC time this origin was first read.",
            ])
        tables["claims"] = Table(
            description: "One row per claim-bearing sentence: it names a source, states a figure or takes a side. Searchable.",
            columns: [
                "id": "Primary key.", "article_id": "The article.", "ordinal": "0-based position among the article's claims.",
                "text": "The sentence.", "char_start": "Start of the sentence in articles.body (Unicode scalars).",
                "char_end": "End of the sentence in articles.body.",
            ],
            ftsTable: "claims_fts", ftsPK: "id", labelColumn: "text")
        tables["claim_sources"] = Table(
            description: "Which sources a claim names, and whether it is attributed to them or only mentions them.",
            columns: [
                "claim_id": "The claim.", "source_id": "The source.",
                "role": "attributed (the claim comes from the source) or mentioned.",
                "verb": "The attributing cue: projects, according to.", "speaker": "The person speaking for the source, where named.",
                "outlet": "The outlet the sentence says reports it.", "text": "The words that name the source.",
                "title": "The title of a person the claim is attributed to, as the article gives it: Finance Minister.",
            ],
            facets: ["role", "verb"])
        tables["figures"] = Table(
            description: "Numbers in claims, normalized to base units, with the interval their qualifier implies.",
            columns: [
                "id": "Primary key.", "claim_id": "The claim.", "text": "As written: more than 23 billion dollars.",
                "value": "In base units (23000000000); percentages as written.", "low": "Lower end of the interval; empty when unbounded.",
                "high": "Upper end of the interval; empty when unbounded.",
                "unit": "ISO 4217 code for money, percent, percentage_points, basis_points, count or a unit; a rate adds what it is per (USD/share).",
                "qualifier": "exact, approximately, more_than, at_least, less_than, at_most or range.",
                "kind": "level or change.", "metric": "The phrase measured.", "metric_key": "Its canonical key: gdp_growth, military_aid; where no key fits, an open key made from the phrase: housing_starts.",
                "metric_key_open": "1 when metric_key was made from the phrase (no vocabulary key fits), else 0.",
                "place": "ISO 3166 code of the country it is about.", "period_start": "ISO year, month or day the figure is for.",
                "period_end": "End of the period; empty when open (since 2022).",
                "holder": "The company or body the figure's clause names as its subject, lower case, without company suffixes; figures of two holders are never compared.",
                "specifier": "What narrows the metric to one quantity of its kind, as a sorted set of lower-case singular words ('winter' for winter onion production, 'sale wheat' for a credit line for wheat sales, 'afternoon' for an afternoon market operation); figures of two specifiers are never compared.",
                "char_start": "Start of the figure in articles.body.", "char_end": "End of the figure in articles.body.",
            ],
            facets: ["metric_key", "unit", "qualifier"])
        tables["stances"] = Table(
            description: "Who takes which side on what.",
            columns: [
                "id": "Primary key.", "claim_id": "The claim.", "actor": "Russia, Vladimir Putin, critics, IMF.",
                "actor_country": "ISO 3166 code(s) of the country the actor is or speaks for.",
                "target": "What the stance is on, as written.", "target_key": "Canonical key of the target.",
                "polarity": "support, oppose or neutral.", "qualifier": "conditional, skeptical, cautious or concerned.",
                "cue": "The word that carries the stance.",
            ],
            facets: ["polarity", "actor", "target_key"])
        tables["user_metric_synonyms"] = Table(
            description: "Phrases you added that name a metric (claimsdb metrics add).",
            columns: ["phrase": "Lower-case phrase: headline inflation.", "metric_key": "The key its figures get."])
        tables["user_actors"] = Table(
            description: "People and collectives you added as actors (claimsdb actors add).",
            columns: ["id": "Primary key.", "name": "The name stances carry.", "kind": "person or collective.",
                      "country": "ISO 3166 code of the country a person speaks for."],
            labelColumn: "name")
        tables["user_actor_aliases"] = Table(
            description: "Other names of the people in user_actors.",
            columns: ["alias": "Another name: Rutte.", "actor_id": "The actor."])
        tables["grdb_migrations"] = Table(description: "The schema migrations applied.", columns: [:], hidden: true)
        tables["claim_details"] = Table(
            description: "A claim with its article and the keys of the sources it attributes and mentions.",
            columns: ["attributed_sources": "Comma-separated keys of the sources the claim is attributed to.",
                      "mentioned_sources": "Comma-separated keys of the sources it only mentions."],
            facets: ["attributed_sources", "outlet"])
        tables["figure_details"] = Table(
            description: "One row per figure and attributed source, with the sentence and the article; source is empty for unsourced figures.",
            columns: ["source": "Key of the attributed source.", "figure": "The figure as written."],
            facets: ["source", "metric_key", "unit"])
        tables["discovered_sources"] = Table(
            description: "Sources ingest found in the text, not curated, with how often claims are attributed to them: adopt the real ones with claimsdb sources adopt.",
            columns: [
                "key": "The source's key.", "name": "Its name.", "kind": "What it is: person, company, ministry ...",
                "country": "ISO 3166 code, where known.", "attributed": "Claims attributed to it.",
                "mentioned": "Claims that only name it.", "articles": "Articles that cite or name it.",
            ],
            facets: ["kind"])
        tables["stance_details"] = Table(
            description: "A stance with its sentence and article.",
            columns: [:], facets: ["polarity", "actor", "target_key"])
        tables["figure_intervals"] = Table(
            description: "Figures with a curated source (not a discovered one) and a metric key, with the interval they are compared on.",
            columns: ["low_open": "1 when the lower bound is excluded (more_than).", "high_open": "1 when the upper bound is excluded (less_than).",
                      "precision": "For an approximate figure, half a unit of its value's last significant digit (about 5: 0.5).",
                      "published_day": "The article's calendar day as a julianday() number, for the window undated figures pair within."])
        tables["figure_pairs"] = Table(
            description: "Every two comparable figures, each with one of its sources: same metric, unit, place and kind, comparable periods, different sentences.",
            columns: ["meets": "1 when the intervals share a point.", "gap": "Distance between the intervals relative to the larger value."],
            facets: ["metric_key", "source_a", "source_b"])
        tables["figure_comparisons"] = Table(
            description: "Pairs of comparable figures of the same source from different articles.",
            columns: ["meets": "1 when the intervals share a point.", "gap": "Distance between the intervals relative to the larger value."])
        tables["figure_comparisons_across_sources"] = Table(
            description: "Pairs of comparable figures of two different sources (claimsdb xref --across-sources).",
            columns: [:], facets: ["source_a", "source_b", "metric_key"])
        tables["figure_relations"] = Table(
            description: "Every comparison with both sides spelled out and relation conflict, revision (the source states the other value beside its own) or corroboration.",
            columns: [:], facets: ["relation", "source", "metric_key"])
        tables["figure_relations_across_sources"] = Table(
            description: "Every comparison of two sources with both sides spelled out and relation agree or differ.",
            columns: [:], facets: ["relation", "source_a", "source_b", "metric_key"])
        tables["figure_conflicts"] = Table(
            description: "Figures of the same source that disagree, other than its revisions.",
            columns: [:], facets: ["source", "metric_key"])
        tables["figure_revisions"] = Table(
            description: "Figures of the same source that disagree where one sentence also states the other value: the source revising itself.",
            columns: [:], facets: ["source", "metric_key"])
        tables["figure_corroborations"] = Table(
            description: "Figures of the same source that agree.", columns: [:], facets: ["source", "metric_key"])
        tables["unsourced_figures"] = Table(
            description: "Figures in claims that no source is attributed.", columns: [:], facets: ["metric_key", "unit"])
        tables["stance_changes"] = Table(
            description: "An actor's stance on a target in one article and another polarity in a later one.",
            columns: [:], facets: ["actor", "target_key"])
        return tables
    }()
}
