/// The two columns of `figure_intervals` that `xref` works out per distinct input rather than
/// per figure, as SQL of one parameter, run by SQLite so that every bit is the view's:
/// `figure_intervals` holds these very expressions (with `f.value` and `f.published` for `?1`),
/// which `CrossReferenceAgreementTests` checks. Reading them through the view for each of a
/// million figures took a sixth more time than the rest of the scan.
enum ViewExpressions {
    /// `precision` of an approximate figure of value `?1`: half a unit of its last significant digit.
    static let precision = "CASE WHEN ?1 = 0 OR abs(?1) > 1.7976931348623157e308 THEN 0.0 ELSE CAST('5e' || "
        + "(CAST(substr(printf('%.11e', abs(?1)), 15) AS INTEGER) - length(rtrim(replace(substr(printf('%.11e', abs(?1)), 1, 13), "
        + "'.', ''), '0'))) AS REAL) END"

    /// `published_day` of a published date `?1`, which reads its first ten characters only.
    static let publishedDay = "CASE WHEN ?1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN julianday(substr(?1, 1, 10)) END"
}
