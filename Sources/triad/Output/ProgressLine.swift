import Foundation
import TriadReports

/// A line on stderr that counts the work of a long command (an import, a copy) once it has run for a second:
/// how far it has gone, at what rate, and, when the whole is known, about how long is left; rewritten in place
/// at most ten times a second, and cleared at the end. Silent when stderr is not a terminal, so that a script
/// or a log sees nothing of it.
final class ProgressLine: @unchecked Sendable {
    private let started: Date
    private let isShown: Bool
    /// How long a command runs before its progress shows (`TRIAD_PROGRESS_AFTER`, in seconds; 1 by default).
    private let delay: TimeInterval
    private var lastShown = Date.distantPast
    private var hasShown = false

    init(started: Date) {
        self.started = started
        isShown = Console.standardError.isTerminal
        delay = Environment["TRIAD_PROGRESS_AFTER"].flatMap(TimeInterval.init) ?? 1
    }

    /// Shows `done` of `total` (when known) `unit`, led by `verb` ("Read", "Copied").
    func show(_ verb: String, _ done: Int, of total: Int? = nil, _ unit: String) {
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        guard isShown, elapsed >= delay, now.timeIntervalSince(lastShown) >= 0.1 || done == total else { return }
        lastShown = now
        hasShown = true
        Console.standardError.write("\r\u{1B}[K" + ProgressLine.text(verb, done, of: total, unit, elapsed: elapsed))
    }

    /// The line: "Copied 12,000 of 40,000 records, 8,000 a second, about 4 s left…".
    static func text(_ verb: String, _ done: Int, of total: Int?, _ unit: String, elapsed: TimeInterval) -> String {
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var text =
            "\(verb) \(ReportCell.grouped(done))" + (total.map { " of \(ReportCell.grouped($0))" } ?? "") + " \(unit)"
        text += ", \(ReportCell.grouped(Int(rate.rounded()))) a second"
        if let total, rate > 0, total > done {
            let left = Int((Double(total - done) / rate).rounded(.up))
            text += left < 60 ? ", about \(left) s left" : ", about \(left / 60) min \(left % 60) s left"
        }
        return text + "…"
    }

    /// Clears the line, if it was shown.
    func finish() {
        guard hasShown else { return }
        Console.standardError.write("\r\u{1B}[K")
    }
}
