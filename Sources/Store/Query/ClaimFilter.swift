/// What `find` filters on. Every value is bound as a parameter, never spliced into SQL.
public struct ClaimFilter: Sendable, Equatable {
    /// Key or alias of a source the claims are attributed to.
    public var source: String?
    /// Key or alias of a source the claims name in any role.
    public var mentions: String?
    public var metric: String?
    /// Claims with a stance by this actor (name or ISO code).
    public var actor: String?
    public var unit: String?
    public var minimum: Double?
    public var maximum: Double?
    /// FTS5 query over claim sentences.
    public var text: String?
    /// Published on or after this ISO date.
    public var since: String?
    /// Published before this ISO date.
    public var until: String?
    public var article: Int64?
    /// ISO code of the country figures are about.
    public var place: String?
    public var sort: Sort = .published
    public var limit: Int?

    /// Row order of `find`.
    public enum Sort: String, Sendable, CaseIterable {
        /// Oldest article first, then claims in article order.
        case published
        /// Newest article first.
        case newest
        /// Largest figure first.
        case value
        /// Best full-text match first (with `text`).
        case rank
    }

    public init(source: String? = nil, mentions: String? = nil, metric: String? = nil, actor: String? = nil, unit: String? = nil,
                minimum: Double? = nil, maximum: Double? = nil, text: String? = nil, since: String? = nil,
                until: String? = nil, article: Int64? = nil, limit: Int? = nil) {
        self.source = source
        self.mentions = mentions
        self.metric = metric
        self.actor = actor
        self.unit = unit
        self.minimum = minimum
        self.maximum = maximum
        self.text = text
        self.since = since
        self.until = until
        self.article = article
        self.limit = limit
    }

    /// Whether any filter touches figures, so that claims without one drop out.
    var needsFigure: Bool { metric != nil || unit != nil || minimum != nil || maximum != nil || place != nil }
}
