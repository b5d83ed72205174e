import Foundation

/// Standard output and error, and what the terminal behind them can show.
struct Console: Sendable {
    private let descriptor: Int32

    static let standardOutput = Console(descriptor: STDOUT_FILENO)
    static let standardError = Console(descriptor: STDERR_FILENO)

    /// Writes text as UTF-8.
    func write(_ text: String) {
        DescriptorWriter.write(text, to: descriptor)
    }

    /// Whether the stream is a terminal.
    var isTerminal: Bool { isatty(descriptor) == 1 }

    /// The width tables must fit: the terminal's, else `COLUMNS`, else none (a pipe or a file).
    var width: Int? {
        if isTerminal {
            var size = winsize()
            if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        if let columns = Environment["COLUMNS"].flatMap(Int.init), columns > 20 {
            return columns
        }
        return isTerminal ? 80 : nil
    }

    /// Whether colour may be used: on a terminal, and never with `NO_COLOR` set.
    var usesColor: Bool {
        isTerminal && Environment["NO_COLOR"] == nil
    }

    /// Text in red when colour may be used.
    func alert(_ text: String) -> String {
        usesColor ? Console.red(text) : text
    }

    /// Text wrapped in the terminal's red.
    static func red(_ text: String) -> String {
        "\u{1B}[31m\(text)\u{1B}[0m"
    }
}
