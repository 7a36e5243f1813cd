import ArgumentParser
import ClaimsStore

/// `--sort` values.
enum SortOrder: String, ExpressibleByArgument, CaseIterable {
    case published, newest, value, rank

    var order: ClaimFilter.Sort {
        switch self {
        case .published: return .published
        case .newest: return .newest
        case .value: return .value
        case .rank: return .rank
        }
    }
}
