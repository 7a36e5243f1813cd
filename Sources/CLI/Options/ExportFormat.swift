import ArgumentParser

/// `export --format` values.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, csv, claimreview
}
