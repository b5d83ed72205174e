import Foundation
import Testing
import TriadTestSupport

/// Every report and list on the demo's data read in a narrow, a middling and a wide terminal: nothing is cut
/// (no ellipsis), no line runs past the terminal, and every date the output holds when nothing limits its
/// width is there whole.
@Suite("Terminal widths")
struct TerminalWidthTests {
    static let commands: [[String]] = [
        ["report", "mandate", "MINUSCA"], ["report", "follow-up"], ["report", "renewals"],
        ["report", "contributors", "MINUSCA"], ["report", "minutes", "M-3"], ["meeting", "list"],
        ["meeting", "show", "M-3"], ["action", "list", "--status", "all"], ["action", "show", "A-6"],
        ["mission", "list"], ["mission", "show", "MINUSCA"], ["party", "list"], ["party", "show", "RWA"],
        ["contribution", "list", "MINUSCA"], ["council", "list"], ["mandate", "list"],
        ["mandate", "show", "MINUSCA"], ["parity", "list"], ["report", "uptake", "MINUSCA"], ["position", "list"],
        ["position", "show", "P-4"],
    ]

    /// The ISO days an output names.
    static func days(_ text: String) -> Set<String> {
        let pattern = /\d{4}-\d{2}-\d{2}/
        return Set(text.matches(of: pattern).map { String($0.output) })
    }

    @Test("at 80, 120 and 200 columns, tables wrap or leave out optional columns, and never cut a date")
    func widths() throws {
        let triad = try TriadProcess()
        let database = triad.folder.appendingPathComponent("demo.sqlite").path
        let again = triad.folder.appendingPathComponent("again.sqlite").path
        try triad.succeed(["demo", "--db", database])
        let commands =
            TerminalWidthTests.commands.map { $0 + ["--as-of", "2025-11-01", "--db", database] } + [
                ["demo", "--db", again]
            ]
        // What each prints when nothing limits its width (a pipe): the dates a narrow terminal must keep.
        var whole: [[String]: String] = [:]
        for arguments in commands { whole[arguments] = try triad.succeed(arguments) }
        for width in [80, 120, 200] {
            for arguments in commands {
                if arguments.first == "demo" { try? FileManager.default.removeItem(atPath: again) }
                let fitted = try triad.run(arguments, environment: ["COLUMNS": "\(width)"])
                #expect(fitted.status == 0, "\(arguments): \(fitted.stderr)")
                #expect(!fitted.stdout.contains("…"), "\(arguments) at \(width) cuts:\n\(fitted.stdout)")
                // A file's path is one word: the demo's may be longer than a narrow terminal.
                let long = fitted.stdout.split(separator: "\n").filter {
                    $0.count > width && !$0.contains(triad.folder.path)
                }
                #expect(long.isEmpty, "\(arguments) at \(width) runs past the terminal: \(long)")
                let missing = TerminalWidthTests.days(whole[arguments] ?? "").subtracting(
                    TerminalWidthTests.days(fitted.stdout))
                #expect(missing.isEmpty, "\(arguments) at \(width) loses \(missing.sorted())")
            }
        }
    }
}
