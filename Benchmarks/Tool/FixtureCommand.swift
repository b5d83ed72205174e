import ArgumentParser
import Foundation
import TriadCore
import TriadSQLite
import TriadStore

/// `triad-bench fixture`: a large, realistic database written through the store.
struct FixtureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fixture", abstract: "Write a realistic database of the given size through triad's store.")

    @Option(help: "The database file to create (must not exist).")
    var db: String

    @Option(help: "The seed: the same seed and size give the same records.")
    var seed: UInt64 = 1

    @Option(help: "How many meetings; ten times as many actions on average.")
    var meetings = 100_000

    func run() throws {
        guard !FileManager.default.fileExists(atPath: db) else {
            throw ValidationError("'\(db)' exists; the fixture is written into a new file.")
        }
        let started = Date()
        let context = ChangeContext(actor: "fixture", commandLine: "triad-bench fixture", now: Timestamp(Date()))
        var generator = FixtureGenerator(
            plan: try FixturePlan(seed: seed, meetings: meetings),
            database: try SQLiteStore.open(path: db, context: context)
        ) { line in
            // Progress for the one who waits at a terminal; nothing in a pipe or a log.
            guard isatty(STDERR_FILENO) == 1 else { return }
            FileHandle.standardError.write(
                Data((String(format: "%7.1f s  ", Date().timeIntervalSince(started)) + line + "\n").utf8))
        }
        try generator.run()
    }
}
