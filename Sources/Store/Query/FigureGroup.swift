/// Figures that may be compared with each other: the same metric key, unit, place (NULL with
/// NULL) and kind, and the same source unless sources are compared with each other. Keeps the
/// texts `xref` prints for a pair of its figures.
struct FigureGroup {
    /// Index in ``ComparableFigures/sources``; -1 when the group holds every source.
    var source: Int32
    var metricKey: String
    var unit: String
    var place: String?
    /// Position of (source, metric key), or of the metric key alone when sources are compared
    /// with each other, in byte order, which `xref` lists pairs by after the gap.
    var rank: Int32 = 0
    /// The bytes of the metric key, for ``rank``.
    var metricBytes: [UInt8]
}
