import Foundation

/// A counting line on stderr for imports that take more than a second; silent when stderr is not a terminal.
final class ImportProgress: Sendable {
    private let started: Date
    private let isShown: Bool

    init(started: Date) {
        self.started = started
        isShown = Console.standardError.isTerminal
    }

    /// Shows the rows read so far, once the import has run for a second.
    func update(_ rows: Int) {
        guard isShown, Date().timeIntervalSince(started) > 1 else { return }
        Console.standardError.write("\rRead \(rows) rows…")
    }

    /// Clears the counting line.
    func finish() {
        guard isShown, Date().timeIntervalSince(started) > 1 else { return }
        Console.standardError.write("\r\u{1B}[K")
    }
}
