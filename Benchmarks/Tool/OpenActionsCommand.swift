import ArgumentParser
import Foundation
import TriadCore
import TriadSQLite
import TriadStore

/// `triad-bench open-actions`: the same open work twice, as triad actions written through its store and as
/// Taskwarrior's pending tasks (its own data file), so that `Benchmarks/run.sh` can time the two side by side
/// on equal records.
struct OpenActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open-actions",
        abstract: "Write the same open actions into a new triad database and a Taskwarrior data folder.")

    @Option(help: "The triad database to create (must not exist).")
    var db: String

    @Option(help: "The Taskwarrior data folder to write pending.data into (must not hold one).")
    var taskData: String

    @Option(help: "How many open actions (and pending tasks).")
    var count = 10_000

    @Option(help: "The share of them already past their due date, from 0 to 1.")
    var overdueShare = 0.1

    @Option(help: "The seed: the same seed and count give the same records.")
    var seed: UInt64 = 1

    func validate() throws {
        guard count > 0, (0...1).contains(overdueShare) else {
            throw ValidationError("--count must be positive and --overdue-share between 0 and 1.")
        }
    }

    func run() throws {
        let pending = URL(fileURLWithPath: taskData).appendingPathComponent("pending.data")
        guard !FileManager.default.fileExists(atPath: db), !FileManager.default.fileExists(atPath: pending.path) else {
            throw ValidationError("'\(db)' or '\(pending.path)' exists; both are written new.")
        }
        try FileManager.default.createDirectory(
            at: pending.deletingLastPathComponent(), withIntermediateDirectories: true)
        let now = Date()
        let context = ChangeContext(actor: "benchmark", commandLine: "triad-bench open-actions", now: Timestamp(now))
        let store = try SQLiteStore.open(path: db, context: context)
        let today = Timestamp(now).day(in: .current)
        let owners = try store.read { try $0.parties(on: today) }.filter { $0.kind != .organization }.map(\.code)
        var random = SeededRandom(seed: seed)
        var tasks = ""
        let batch = 5_000
        for first in stride(from: 0, to: count, by: batch) {
            try store.asOneCommand(summary: "benchmark: open actions \(first + 1) to \(min(first + batch, count))") {
                for number in first..<min(first + batch, count) {
                    // Overdue ones fall due in the last 60 days, the others in the next 120.
                    let due =
                        random.chance(overdueShare)
                        ? today.adding(days: -Int.random(in: 1...60, using: &random))
                        : today.adding(days: Int.random(in: 1...120, using: &random))
                    let owner = owners[random.skewedIndex(below: owners.count)]
                    let title = "Follow-up \(number + 1)"
                    _ = try store.addAction(try ActionDraft(title: title, owner: owner, due: due))
                    tasks += Self.taskLine(title: title, project: owner, due: due, entry: now)
                }
            }
        }
        try Data(tasks.utf8).write(to: pending)
    }

    /// A pending task in Taskwarrior 2.x's data format (one bracketed line of quoted attributes; times in
    /// seconds since 1970): its description, project, due date at local midnight, entry and a new uuid.
    static func taskLine(title: String, project: String, due: Day, entry: Date) -> String {
        let (year, month, day) = due.components
        let midnight = Calendar.current.date(from: DateComponents(year: year, month: month, day: day))!
        let entered = Int(entry.timeIntervalSince1970)
        return """
            [description:"\(title)" due:"\(Int(midnight.timeIntervalSince1970))" entry:"\(entered)" \
            modified:"\(entered)" project:"\(project)" status:"pending" uuid:"\(UUID().uuidString.lowercased())"]

            """
    }
}
