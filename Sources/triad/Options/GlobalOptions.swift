import ArgumentParser
import Foundation
import TriadBackend
import TriadCore
import TriadPostgres
import TriadSQLite
import TriadStore

/// The options every command takes: which database, who is acting, and which day is "today".
struct GlobalOptions: ParsableArguments {
    @Option(
        help:
            "The database: a file, or a PostgreSQL URI (postgresql://…). Default: $TRIAD_DB, else $XDG_DATA_HOME/triad/triad.sqlite, else ~/.local/share/triad/triad.sqlite."
    )
    var db: String?

    @Option(help: "Who is making the change, for the journal. Default: $TRIAD_ACTOR, else the login name.")
    var actor: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Pin \"today\" for overdue, current and days-to-expiry figures.", valueName: "date"),
        transform: DateExpression.init(parsing:))
    var asOf: DateExpression?

    @Option(
        name: .customLong("recorded-at"), help: .hidden,
        transform: DateTimeExpression.init(parsing:))
    var recordedAt: DateTimeExpression?

    @Option(name: .customLong("recorded-command"), help: .hidden)
    var recordedCommand: String?

    /// The calendar day today in the local time zone (`TZ`).
    static var realToday: Day {
        Timestamp(Date()).day(in: .current)
    }

    /// "Today" for this command: `--as-of` resolved against the real today, or the real today. A fixed
    /// `--as-of` day needs neither the clock nor the time zone.
    var today: Day {
        switch asOf {
        case .absolute(let day)?: day
        case let expression?: expression.resolve(today: GlobalOptions.realToday)
        case nil: GlobalOptions.realToday
        }
    }

    /// Resolves a date the user wrote, relative dates counted from ``today``.
    func day(_ expression: DateExpression) -> Day {
        expression.resolve(today: today)
    }

    /// The database path from `--db`, `TRIAD_DB`, `XDG_DATA_HOME` or the home folder.
    var databasePath: String {
        if let db, !db.isEmpty { return db }
        if let path = Environment["TRIAD_DB"] { return path }
        if let data = Environment["XDG_DATA_HOME"] { return data + "/triad/triad.sqlite" }
        let home = Environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/triad/triad.sqlite"
    }

    /// The actor from `--actor`, `TRIAD_ACTOR`, or the login name.
    var actorName: String {
        for candidate in [actor, Environment["TRIAD_ACTOR"], Environment["USER"], Environment["LOGNAME"]] {
            if let name = candidate?.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
        }
        return NSUserName()
    }

    /// Where the record is: a file, or a PostgreSQL server when the name is a connection URI.
    var location: StoreLocation {
        StoreLocation(databasePath)
    }

    /// Who is writing, with which command, and when.
    private var context: ChangeContext {
        ChangeContext(actor: actorName, commandLine: recordedCommand ?? GlobalOptions.commandLine, now: recordingTime)
    }

    /// Opens (creating and migrating if needed) the database, journaling on behalf of this command: the file,
    /// or the PostgreSQL database a connection URI names; `--db`'s unless another is given.
    func openStore(_ other: StoreLocation? = nil) throws -> any RecordStore {
        // TRIAD_SQL_LOG: a file to which the SQL of every statement run is appended (for the benchmarks).
        let log = Environment["TRIAD_SQL_LOG"].map { StatementLog(path: $0) }
        switch other ?? location {
        case .server(let uri):
            return try PostgresStore.open(uri: uri, context: context, statementLog: log)
        case .file(let path):
            let store = try SQLiteStore.open(path: path, context: context, statementLog: log)
            if let backup = store.upgradeBackup {
                Console.standardError.write(
                    "Upgraded the database to schema \(try store.schemaVersion()); the old one is kept in \(backup)\n")
            }
            return store
        }
    }

    /// When the change is recorded: now, or the hidden `--recorded-at` with which the demo replays a
    /// scenario at the times it happened (and `--recorded-command`, the scenario's own command line).
    var recordingTime: Timestamp {
        guard let recordedAt else { return Timestamp(Date()) }
        let start = recordedAt.resolve(today: GlobalOptions.realToday, timeZone: .current)
        return start.instant.map(Timestamp.init)
            ?? Timestamp(millisecondsSince1970: Int64(start.day.ordinal) * 86_400_000)
    }

    /// The command line as the user typed it, quoted where a shell would need it.
    static var commandLine: String {
        commandLine(CommandLine.arguments.dropFirst())
    }

    /// A triad command line from its words, quoted where a shell would need it, with the password of a
    /// connection URI hidden: the line goes into the journal and the history.
    static func commandLine(_ words: some Sequence<String>) -> String {
        (["triad"] + words.map { quoted(GlobalOptions.hidingPasswords($0)) }).joined(separator: " ")
    }

    /// A word of a command line with any connection URI in it (`postgresql://…`, `--db=postgresql://…`)
    /// redacted.
    private static func hidingPasswords(_ word: String) -> String {
        guard let start = word.range(of: "postgres", options: .caseInsensitive),
            word[start.lowerBound...].contains("://")
        else { return word }
        return String(word[..<start.lowerBound]) + ConnectionURI.redacted(String(word[start.lowerBound...]))
    }

    private static func quoted(_ word: String) -> String {
        let safe = word.allSatisfy { $0.isLetter || $0.isNumber || "-_=.,/:+@%".contains($0) }
        return safe && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
