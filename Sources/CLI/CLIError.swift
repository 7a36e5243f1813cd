/// An error the CLI reports as one line on stderr, with its exit code.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    var exitCode: Int32 = 1
}
