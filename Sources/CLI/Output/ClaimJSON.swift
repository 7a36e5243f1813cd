import ClaimsExtract

/// The `extract` contract: one JSON object per claim, keys in the documented order.
enum ClaimJSON {
    static func object(_ claim: Claim) -> JSONValue {
        .object([
            ("sentence", .string(claim.sentence)),
            ("start", .int(claim.start)),
            ("end", .int(claim.end)),
            ("sources", .array(claim.sources.map(source))),
            ("figures", .array(claim.figures.map(figure))),
            ("stances", .array(claim.stances.map(stance))),
        ])
    }

    static func source(_ s: SourceCitation) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("key", .string(s.key)), ("role", .string(s.role.rawValue)), ("text", .string(s.text)), ("verb", JSONValue(s.verb)),
        ]
        if let speaker = s.speaker { pairs.append(("speaker", .string(speaker))) }
        if let outlet = s.outlet { pairs.append(("outlet", .string(outlet))) }
        return .object(pairs)
    }

    static func figure(_ f: Figure) -> JSONValue {
        .object([
            ("text", .string(f.text)), ("value", .double(f.value)), ("low", JSONValue(f.low)), ("high", JSONValue(f.high)),
            ("unit", .string(f.unit)), ("qualifier", .string(f.qualifier.rawValue)), ("kind", .string(f.kind.rawValue)),
            ("metric", JSONValue(f.metric)), ("metric_key", JSONValue(f.metricKey)),
            ("metric_key_open", .bool(f.metricKeyIsOpen)), ("place", JSONValue(f.place)),
            ("period_start", JSONValue(f.periodStart)), ("period_end", JSONValue(f.periodEnd)),
            ("holder", JSONValue(f.holder)), ("specifier", JSONValue(f.specifier)),
            ("start", .int(f.start)), ("end", .int(f.end)),
        ])
    }

    static func stance(_ s: Stance) -> JSONValue {
        .object([
            ("actor", .string(s.actor)), ("actor_country", JSONValue(s.actorCountry)), ("polarity", .string(s.polarity.rawValue)),
            ("qualifier", JSONValue(s.qualifier)), ("target", JSONValue(s.target)), ("target_key", JSONValue(s.targetKey)),
            ("cue", .string(s.cue)),
        ])
    }
}
