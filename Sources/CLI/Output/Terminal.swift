import Foundation

/// What the CLI needs to know about where its output goes.
enum Terminal {
    /// Columns of the terminal on stdout; `COLUMNS` when set; unlimited when piped.
    static func width() -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        return Int.max / 2
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// One line of talk on stderr. It may echo a file name, a title or a query, so every
    /// control in it is shown, line breaks too (`String.escapingControls`).
    static func say(_ line: String) {
        FileHandle.standardError.write(Data((line.escapingControls() + "\n").utf8))
    }

    /// Talk of several lines on stderr (a usage error with its usage), each line's controls shown.
    static func sayLines(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).escapingControls() }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// Data on stdout, without an added newline.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
