import Foundation

/// A line on stderr that counts the work of a long command (an import, a copy) once it has run for a second,
/// rewritten in place; silent when stderr is not a terminal.
final class ProgressLine: Sendable {
    private let started: Date
    private let isShown: Bool

    init(started: Date) {
        self.started = started
        isShown = Console.standardError.isTerminal
    }

    /// Shows how far the command has gone.
    func show(_ text: String) {
        guard isShown, Date().timeIntervalSince(started) > 1 else { return }
        Console.standardError.write("\r\u{1B}[K" + text)
    }

    /// Clears the line.
    func finish() {
        guard isShown, Date().timeIntervalSince(started) > 1 else { return }
        Console.standardError.write("\r\u{1B}[K")
    }
}
