import ArgumentParser
import ClaimsNormalize

/// `--format` for inputs, overriding detection by extension.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, html, jsonl

    var documentFormat: DocumentFormat {
        switch self {
        case .text: return .text
        case .markdown: return .markdown
        case .html: return .html
        case .jsonl: return .jsonl
        }
    }
}
