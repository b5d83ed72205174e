import ArgumentParser
import Foundation
import TriadStore

/// `triad db copy --to DATABASE`: the whole record into an empty other database, a file or a PostgreSQL
/// one, all or nothing: how an office moves to a team's server, and back.
struct DatabaseCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy the whole database into an empty other one (a file or PostgreSQL), all or nothing.",
        discussion: """
            Every record and the history go across as they are, so 'triad export json' gives the same bundle from \
            both. The target is created (a file) or set up (an empty PostgreSQL database, made with createdb); one \
            that already holds records is refused untouched.
            """)

    @Option(help: ArgumentHelp("The database to copy into: a new file, or a PostgreSQL URI.", valueName: "database"))
    var to: String

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    struct Result: Encodable {
        let from: String
        let to: String
        let records: Int
        let journalCommands: Int
    }

    func run() throws {
        let source = global.location
        let target = StoreLocation(to)
        guard target != source else {
            throw UsageError(message: "--to names the database being copied; name another file or database.")
        }
        if case .file(let path) = source, !FileManager.default.fileExists(atPath: path) {
            throw CommandError.unreadableInput(path: path, reason: "no such file")
        }
        let started = Date()
        let bundle = try global.openStore().read { try $0.exportBundle() }
        let summary = try Self.writing(to: target) {
            let progress = ProgressLine(started: started)
            defer { progress.finish() }
            return try global.openStore(target).importBundle(bundle, mode: .restoreOnly) {
                progress.show("Copied", $0.done, of: $0.total, "records")
            }
        }
        let result = Result(
            from: source.description, to: target.description, records: summary.added,
            journalCommands: summary.journalCommands)
        try output.print(result) {
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            let entries = result.journalCommands == 1 ? "entry" : "entries"
            return "Copied \(result.from) to \(result.to): \(result.records) records and \(result.journalCommands) "
                + "journal \(entries) in \(seconds) s.\n"
        }
    }

    /// Runs `body`, removing a target file it created if it fails: a copy leaves the whole record or nothing.
    private static func writing<T>(to target: StoreLocation, _ body: () throws -> T) throws -> T {
        guard case .file(let path) = target, !FileManager.default.fileExists(atPath: path) else { return try body() }
        do {
            return try body()
        } catch {
            for suffix in ["", "-wal", "-shm", "-journal", ".lock"] {
                try? FileManager.default.removeItem(atPath: path + suffix)
            }
            throw error
        }
    }
}
