import Foundation
import Testing
import TriadTestSupport

/// Every bad input: one clear line on stderr, the documented exit code, and the database byte for byte unchanged.
@Suite("Bad input")
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let status: Int32
        let message: String
        /// The refusal on a PostgreSQL database where it differs (a command that only a file has).
        let onServer: (status: Int32, message: String)?
        var testDescription: String { "triad \(arguments.joined(separator: " ")) → \(status)" }

        init(_ arguments: [String], _ status: Int32, _ message: String, onServer: (Int32, String)? = nil) {
            self.arguments = arguments
            self.status = status
            self.message = message
            self.onServer = onServer
        }

        func expected(on backend: Backend) -> (status: Int32, message: String) {
            backend == .postgresql ? onServer ?? (status, message) : (status, message)
        }
    }

    static let cases: [Case] = [
        Case(
            ["contribution", "set", "MINUSCA", "RWD", "--as-of", "2025-01-01", "--troops", "5"], 65,
            "no party 'RWD'; did you mean RWA (Rwanda)?"),
        Case(
            ["meeting", "log", "informal", "--date", "2025-01-01", "--title", "x", "--mission", "MINUSKA"], 65,
            "did you mean MINUSCA?"),
        Case(["meeting", "attend", "M-99", "FRA"], 65, "no meeting M-99"),
        Case(["action", "done", "A-99"], 65, "no action A-99"),
        Case(["action", "add", "Brief", "--owner", "DPO", "--due", "2025-13-01"], 64, "there is no month 13"),
        Case(
            ["mandate", "add", "MINUSCA", "--resolution", "2801", "--year", "2025", "--adopted", "2025-02-30"], 64,
            "February 2025 has 28 days"),
        Case(
            [
                "mandate", "add", "MINUSCA", "--resolution", "2801", "--year", "2025", "--adopted", "2025-11-13",
                "--expires", "2025-11-01",
            ], 65, "not after its adoption"),
        Case(
            ["mandate", "add", "MINUSCA", "--resolution", "2759", "--year", "2024", "--adopted", "2024-11-14"], 65,
            "already recorded"),
        Case(
            ["contribution", "set", "MINUSCA", "RWA", "--as-of", "2025-01-01", "--troops", "-5"], 65,
            "cannot be negative"),
        Case(
            ["contribution", "set", "MINUSCA", "RWA", "--as-of", "2025-01-01", "--police", "many"], 64,
            "'many' is not a valid number for police"),
        Case(["contribution", "set", "MINUSCA", "RWA", "--troops", "5"], 64, "give --as-of DATE"),
        Case(
            ["contribution", "set", "MINUSCA", "RWA", "--as-of", "2025-01-01", "--troops", "5", "--women-troops", "6"],
            65, "6 women cannot serve among 5 troops"),
        Case(
            ["contribution", "set", "MINUSCA", "RWA", "--as-of", "2025-01-01", "--women-police", "some"], 64,
            "'some' is not a valid number for women police"),
        Case(
            [
                "mandate", "add", "MINUSCA", "--resolution", "2801", "--year", "2025", "--adopted", "2025-11-13",
                "--formed-police-ceiling", "-1",
            ], 65, "the formed police ceiling cannot be negative"),
        Case(
            ["parity", "set", "2026", "military", "13", "--source", "UGPS"], 64, "did you mean military-contingents?"),
        Case(
            ["parity", "set", "2026", "formed-police", "12.25", "--source", "UGPS"], 64,
            "a percentage such as 15 or 6.5"),
        Case(["parity", "set", "2026", "formed-police", "101", "--source", "UGPS"], 64, "from 0 to 100"),
        Case(
            ["parity", "set", "2026", "formed-police", "15", "--source", " "], 65,
            "source of the target cannot be empty"),
        Case(["parity", "list", "--year", "26"], 64, "is not a year such as 2026"),
        Case(["mission", "phase", "UNIFIL", "drawdwn", "--from", "2026-01-01"], 64, "did you mean drawdown?"),
        Case(["mission", "phase", "UNIFIL", "withdrawal", "--from", "2026-02-30"], 64, "February 2026 has 28 days"),
        Case(["mission", "phase", "UNIFILL", "withdrawal", "--from", "2026-01-01"], 65, "did you mean UNIFIL?"),
        Case(
            ["mission", "phase", "MINUSCA", "drawdown", "--from", "2014-01-01"], 65,
            "MINUSCA cannot enter drawdown on 2014-01-01, before it was established on 2014-04-10"),
        Case(["mission", "phase", "UNIFIL", "withdrawal"], 64, "missing expected argument '--from <date>'"),
        Case(["mission", "add", "UNXX", "--name", "X", "--type", "politics"], 64, "did you mean political?"),
        Case(
            ["mission", "add", "UNXX", "--name", "X", "--predecessor", "UNXX"], 65, "UNXX cannot be its own predecessor"
        ),
        Case(
            ["mission", "add", "UNXX", "--name", "X", "--predecessor", "MONUK"], 65,
            "no mission 'MONUK'; did you mean MONUA?"),
        Case(["mission", "add", "UNIFIL", "--name", "X"], 65, "a mission with acronym UNIFIL already exists"),
        Case(["mission", "list", "--type", "pko"], 64, "no mission type 'pko'"),
        Case(["report", "mandate", "MINUSCA", "--up-to", "secret"], 64, "no classification 'secret'"),
        Case(["meeting", "show", "M-1", "--up-to", "restricted"], 64, "no classification 'restricted'"),
        Case(
            ["import", "json", "/nonexistent/office.json", "--dry-run"], 66, "cannot read '/nonexistent/office.json'"),
        Case(
            ["meeting", "log", "informal", "--date", "2025-01-01", "--title", "x", "--classification", "secret"], 64,
            "no classification 'secret'"),
        Case(["meeting", "edit", "M-1", "--classification", "confidental"], 64, "did you mean confidential?"),
        Case(
            ["action", "note", "A-1", "Noted", "--classification", "top-secret"], 64, "no classification 'top-secret'"),
        Case(["meeting", "agenda", "M-99", "Item", "--classification", "confidential"], 65, "no meeting M-99"),
        Case(
            [
                "import", "contributions", "x.csv", "--date-column", "D", "--party-column", "P", "--mission-column",
                "M",
                "--police-column", "IP", "--women-troops-column", "TF",
            ], 64,
            "--women-troops-column needs --troops-column"),
        Case(["action", "done", "A-1"], 65, "action A-1 is already done."),
        Case(["action", "done", "A-2"], 65, "action A-2 was cancelled; reopen it first"),
        Case(["action", "cancel", "A-2"], 65, "already cancelled"),
        Case(
            ["meeting", "log", "tpcc", "--date", "2025-01-01", "--title", "x"], 64, "did you mean tpcc-consultation?"),
        Case(
            ["meeting", "log", "informal", "--date", "2025-01-01", "--title", "x", "--a4p", "protektion"], 64,
            "did you mean protection?"),
        Case(["action", "list", "--status", "late"], 64, "no action status 'late'"),
        Case(["action", "add", "Brief", "--owner", "DPO", "--priority", "critical"], 64, "no priority 'critical'"),
        Case(["action", "add", "   ", "--owner", "DPO"], 65, "the action title cannot be empty"),
        Case(
            ["meeting", "log", "informal", "--date", "2025-01-01", "--title", ""], 65,
            "the meeting title cannot be empty"),
        Case(["meeting", "agenda", "M-1", " "], 65, "the agenda item title cannot be empty"),
        Case(["meeting", "held", "M-1"], 65, "meeting M-1 is held and cannot become held"),
        Case(["meeting", "edit", "M-1"], 64, "nothing to change"),
        Case(["action", "update", "A-3"], 64, "nothing to change"),
        Case(["action", "update", "A-3", "--status", "done"], 64, "use 'triad action done'"),
        Case(["action", "add", "Brief", "--owner", "DPO", "--meeting", "M-x"], 64, "expected a meeting such as M-12"),
        Case(["mandate", "show", "2759"], 65, "no mission '2759'"),
        Case(["mandate", "show", "S/RES/9999 (2025)"], 65, "no mandate under resolution 9999 (2025)"),
        Case(["party", "add", "XX", "--name", "X", "--kind", "country"], 64, "no party kind 'country'"),
        Case(["party", "list", "--sort", "iso"], 64, "no party order 'iso'"),
        Case(["council", "president", "--on", "1999-05-01"], 65, "no Council presidency is recorded for 1999-05"),
        Case(["council", "president", "--year", "2031"], 65, "no Council presidency is recorded for 2031"),
        Case(["council", "president", "--year", "2025", "--on", "2025-01-01"], 64, "give --on or --year, not both"),
        Case(["council", "president", "--year", "25"], 64, "--year 25 is not a year such as 2025"),
        Case(["council", "seat", "PAK", "--from", "2026-01-01"], 65, "already holds a Council seat"),
        Case(["meeting", "list", "--frm", "2025-01-01"], 64, "unknown option '--frm'"),
        Case(
            ["meeting", "log", "informal", "--date", "2025-01-01T25:00", "--title", "x"], 64,
            "not a valid date and time"),
        Case(["undo", "#99"], 65, "command #99 cannot be undone"),
        Case(
            ["position", "add", "M-1", "--party", "MRT", "--kind", "request", "--topic", "ceilings", "More."], 65,
            "MRT did not attend M-1, so it raised no position there"),
        Case(
            ["position", "add", "M-1", "--party", "RWA", "--kind", "demand", "--topic", "ceilings", "More."], 64,
            "no position kind 'demand'"),
        Case(
            ["position", "add", "M-1", "--party", "RWA", "--kind", "request", "--topic", "ceiling", "More."], 64,
            "did you mean ceilings?"),
        Case(
            ["position", "add", "M-1", "--party", "RWA", "--kind", "request", "--topic", "ceilings", " "], 65,
            "the position text cannot be empty"),
        Case(
            ["position", "add", "M-9", "--party", "RWA", "--kind", "request", "--topic", "ceilings", "More."], 65,
            "no meeting M-9"),
        Case(
            ["position", "uptake", "P-1", "2729 (2024)", "taken-up"], 65,
            "resolution 2729 (2024) is a mandate of UNMISS, but P-1 was raised at a meeting on MINUSCA"),
        Case(
            ["position", "uptake", "P-1", "2759 (2024)", "taken-up"], 65,
            "was adopted on 2024-11-14, not after P-1 was raised on 2025-10-01"),
        Case(["position", "uptake", "P-9", "2759 (2024)", "taken-up"], 65, "no position P-9"),
        Case(["position", "uptake", "P-1", "2759 (2024)", "adopted"], 64, "no uptake 'adopted'"),
        Case(["position", "uptake", "P-1", "2801 (2025)", "partly"], 65, "no mandate under resolution 2801 (2025)"),
        Case(
            ["report", "uptake", "MINUSCA", "--mandate", "2729 (2024)"], 65,
            "resolution 2729 (2024) is a mandate of UNMISS, not of MINUSCA"),
        Case(["undo", "last"], 64, "a command number from 'triad history'"),
        Case(
            ["undo", "#4"], 65,
            "cannot undo #4 (added action A-1): #7 (marked action A-1 done) changed the same records"),
        Case(
            ["db", "backup", "/proc/none/copy.sqlite"], 74, "cannot write '/proc/none/copy.sqlite'",
            onServer: (64, "backed up by its own tools (pg_dump)")),
    ]

    @Test("each refused with one line, its exit code, and no change", arguments: cases, Backend.allCases)
    func refused(_ badInput: Case, _ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        try triad.succeed([
            "mandate", "add", "MINUSCA", "--resolution", "2759", "--year", "2024", "--adopted", "2024-11-14",
            "--expires", "2025-11-15",
        ])
        try triad.succeed(["contribution", "set", "MINUSCA", "RWA", "--as-of", "2025-09-30", "--troops", "2150"])
        try triad.succeed([
            "meeting", "log", "informal", "--date", "2025-10-01", "--title", "Outreach", "--mission", "MINUSCA",
            "--attendee", "FRA,RWA",
        ])
        try triad.succeed(["action", "add", "One", "--owner", "DPO"])
        try triad.succeed(["action", "add", "Two", "--owner", "FRA"])
        try triad.succeed(["action", "add", "Three", "--owner", "RWA"])
        try triad.succeed(["action", "done", "A-1"])
        try triad.succeed(["action", "cancel", "A-2"])
        try triad.succeed([
            "position", "add", "M-1", "--party", "RWA", "--kind", "request", "--topic", "ceilings", "Keep it.",
        ])
        try triad.succeed([
            "mandate", "add", "UNMISS", "--resolution", "2729", "--year", "2024", "--adopted", "2024-04-30",
        ])
        let before = try triad.snapshot()

        let outcome = try triad.run(badInput.arguments)

        let expected = badInput.expected(on: backend)
        #expect(outcome.status == expected.status, "\(outcome.stderr)")
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.hasPrefix("error: "))
        #expect(outcome.stderr.contains(expected.message), "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        #expect(try triad.snapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: triad.databasePath + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: triad.databasePath) || backend == .sqlite)
        #expect(try triad.databaseChecks() == "ok")
    }

    @Test(
        "a --db path that cannot be created is an I/O error",
        arguments: ["/proc/triad-test/triad.sqlite", "/etc/hostname/triad.sqlite"])
    func unwritableFolder(path: String) throws {
        let outcome = try TriadProcess().run(["init", "--db", path])
        #expect(outcome.status == 74)
        #expect(outcome.stderr.hasPrefix("error: cannot write '\(path)'"))
        #expect(outcome.stderr.split(separator: "\n").count == 1)
    }

    @Test(
        "a file that is not SQLite, or another program's database, is refused and left untouched",
        arguments: Backend.allCases)
    func notTriadDatabase(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        let text = triad.folder.appendingPathComponent("notes.txt")
        try Data("Minutes of the meeting\n".utf8).write(to: text)
        let refused = try triad.run(["meeting", "list", "--db", text.path])
        #expect(refused.status == 65 && refused.stderr.contains("is not a triad database"))
        #expect(try String(contentsOf: text, encoding: .utf8) == "Minutes of the meeting\n")

        let foreign = triad.folder.appendingPathComponent("contacts.db").path
        _ = try ExternalTool.run([
            "sqlite3", foreign, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');",
        ])
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        let other = try triad.run(["party", "list", "--db", foreign])
        #expect(other.status == 65 && other.stderr.contains("a SQLite database of another program"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before)
    }

    @Test("a database from a newer triad is refused with exit 75", arguments: Backend.allCases)
    func newerDatabase(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        try triad.succeed(["init"])
        _ = try triad.query(
            triad.backend == .sqlite
                ? "INSERT INTO grdb_migrations VALUES ('v9999_future')"
                : "INSERT INTO triad_migrations VALUES ('p9999_future', 'x')")
        let outcome = try triad.run(["party", "list"])
        #expect(outcome.status == 75 && outcome.stderr.contains("newer version of triad"))
    }
}
