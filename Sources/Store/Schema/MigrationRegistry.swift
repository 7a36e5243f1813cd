/// The schema's migrations, in the order they apply. `Migrations/*.sql` is the source of
/// truth; each file is compiled into the binary and must be listed here (a test compares
/// this list with the folder, so a file that is not registered fails the build's tests).
///
/// File names are `NNNN_name.sql` with four digits, so that SwiftPM's embedded resource
/// names (which drop leading digits) never collide.
public enum MigrationRegistry {
    public struct Migration: Sendable {
        /// The file name without `.sql`; recorded in `grdb_migrations` once applied.
        public let identifier: String
        public let sql: String
    }

    public static let all: [Migration] = [
        Migration(identifier: "0001_initial", sql: String(decoding: PackageResources._001_initial_sql, as: UTF8.self)),
        Migration(identifier: "0002_article_blocks", sql: String(decoding: PackageResources._002_article_blocks_sql, as: UTF8.self)),
        Migration(identifier: "0003_cross_reference", sql: String(decoding: PackageResources._003_cross_reference_sql, as: UTF8.self)),
        Migration(identifier: "0004_article_origins", sql: String(decoding: PackageResources._004_article_origins_sql, as: UTF8.self)),
        Migration(identifier: "0005_user_vocabularies", sql: String(decoding: PackageResources._005_user_vocabularies_sql, as: UTF8.self)),
        Migration(identifier: "0006_claims_fts_in_batches", sql: String(decoding: PackageResources._006_claims_fts_in_batches_sql, as: UTF8.self)),
        Migration(identifier: "0007_drop_figures_by_period", sql: String(decoding: PackageResources._007_drop_figures_by_period_sql, as: UTF8.self)),
        Migration(identifier: "0008_partial_figure_indexes", sql: String(decoding: PackageResources._008_partial_figure_indexes_sql, as: UTF8.self)),
        Migration(identifier: "0009_open_metric_keys", sql: String(decoding: PackageResources._009_open_metric_keys_sql, as: UTF8.self)),
        Migration(identifier: "0010_xref_rules", sql: String(decoding: PackageResources._010_xref_rules_sql, as: UTF8.self)),
        Migration(identifier: "0011_recurring_releases", sql: String(decoding: PackageResources._011_recurring_releases_sql, as: UTF8.self)),
        Migration(identifier: "0012_xref_same_quantity", sql: String(decoding: PackageResources._012_xref_same_quantity_sql, as: UTF8.self)),
        Migration(identifier: "0013_metric_specifier", sql: String(decoding: PackageResources._013_metric_specifier_sql, as: UTF8.self)),
        Migration(identifier: "0014_scale_slips", sql: String(decoding: PackageResources._014_scale_slips_sql, as: UTF8.self)),
        Migration(identifier: "0015_time_grains", sql: String(decoding: PackageResources._015_time_grains_sql, as: UTF8.self)),
        Migration(identifier: "0016_discovered_sources", sql: String(decoding: PackageResources._016_discovered_sources_sql, as: UTF8.self)),
        Migration(identifier: "0017_curated_comparisons", sql: String(decoding: PackageResources._017_curated_comparisons_sql, as: UTF8.self)),
    ]
}
