/// What `stances` filters on. Values are bound as parameters.
public struct StanceFilter: Sendable, Equatable {
    /// Actor name, or ISO country code (a group matches its members' codes).
    public var actor: String?
    /// Words of the target or its key.
    public var target: String?
    public var limit: Int?

    public init(actor: String? = nil, target: String? = nil, limit: Int? = nil) {
        self.actor = actor
        self.target = target
        self.limit = limit
    }
}
