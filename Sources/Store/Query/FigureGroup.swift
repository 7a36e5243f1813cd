/// Figures that may be compared with each other: the same source, metric key, unit, place
/// (NULL with NULL) and kind. Keeps the texts `xref` prints for a pair of its figures.
struct FigureGroup {
    var source: String
    var metricKey: String
    var unit: String
    var place: String?
    /// Position of (source, metric key) in byte order, which `xref` lists pairs by after the gap.
    var rank: Int32 = 0
    /// The bytes of source and metric key, for ``rank``.
    var sourceBytes: [UInt8]
    var metricBytes: [UInt8]
}
