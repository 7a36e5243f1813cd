import ArgumentParser
import ClaimsStore

/// The filters of `find`, shared by `export` so that both select the same claims.
struct ClaimFilterOptions: ParsableArguments {
    @Option(help: "Claims attributed to this source (key or alias, any case).")
    var source: String?

    @Option(help: "Claims that name this source, attributed or only mentioned.")
    var mentions: String?

    @Option(help: "Figures with this metric key (gdp_growth, military_aid; see `claimsdb metrics`).")
    var metric: String?

    @Option(help: "Claims with a stance by this actor: a name (Russia, critics) or an ISO code (RU).")
    var actor: String?

    @Option(help: "Figures in this unit (USD, percent, count, ...).")
    var unit: String?

    @Option(help: "Figures whose value is at least this.")
    var min: Double?

    @Option(help: "Figures whose value is at most this.")
    var max: Double?

    @Option(help: "Full-text search over the sentences (FTS5 query syntax).")
    var text: String?

    @Option(help: "Articles published on or after this date (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Articles published before this date (YYYY-MM-DD).")
    var until: String?

    @Option(help: "Claims of this article id.")
    var article: Int64?

    @Option(help: "Figures about this country (ISO code: UA, US).")
    var place: String?

    @Option(help: "published (oldest first; the default), newest, value (largest figure first) or rank (best --text match first; the default with --text).")
    var sort: SortOrder?

    @Option(help: "At most this many rows.")
    var limit: Int?

    var filter: ClaimFilter {
        var filter = ClaimFilter(source: source, mentions: mentions, metric: metric, actor: actor, unit: unit, minimum: min, maximum: max,
                                 text: text, since: since, until: until, article: article, limit: limit)
        filter.place = place
        filter.sort = (sort ?? (text == nil ? .published : .rank)).order
        return filter
    }
}
