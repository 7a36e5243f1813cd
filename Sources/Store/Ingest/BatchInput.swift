import ClaimsNormalize

/// Raw inputs read by the writer's thread, to be parsed and extracted on the others.
enum BatchInput: Sendable {
    /// Lines of one JSON Lines input. A line without bytes was too long to hold.
    case lines([(line: Int, size: Int, bytes: [UInt8]?)], origin: String)
    /// Whole files, each in its own format.
    case files([(origin: String, format: DocumentFormat, bytes: [UInt8])])
}
