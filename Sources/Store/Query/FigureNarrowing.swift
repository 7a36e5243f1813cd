import GRDB

/// The filters of `xref` that narrow the figures before they are paired: only figures with
/// equal source, metric and place are ever compared, so narrowing first gives the same pairs.
struct FigureNarrowing {
    /// The registry key, already resolved from a key or alias.
    var source: String?
    var metric: String?
    var place: String?

    /// Conditions on `figure_details d`, each starting with " AND ".
    var sql: String {
        var conditions = ""
        if source != nil { conditions += " AND d.source = ?" }
        if metric != nil { conditions += " AND d.metric_key = ?" }
        if place != nil { conditions += " AND d.place = upper(?)" }
        return conditions
    }

    var arguments: StatementArguments {
        StatementArguments([source, metric, place].compactMap { $0 })
    }
}
