import Foundation
import Testing
import TriadSchema
import TriadTestSupport

/// The ways trackers lose data, tried on triad: concurrent writers, a process killed mid-import, damaged
/// files, hostile text. Each test is bounded in count and time.
@Suite("Trust", .serialized)
struct TrustTests {
    @Test(
        "4 processes × 200 writes with a report loop: no process sees an error, no write is lost",
        arguments: Backend.allCases)
    func concurrentWriters(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        try triad.succeed(["init"])
        let script = """
            for i in $(seq 1 200); do
              "$TRIAD" action add "Worker $1 item $i" --owner DPO --mission MINUSCA --due 2025-12-01 >/dev/null || exit 1
            done
            """
        let reader = """
            end=$(( $(date +%s) + 120 ))
            while [ ! -f "$STOP" ] && [ $(date +%s) -lt $end ]; do
              "$TRIAD" report follow-up --format json >/dev/null || exit 1
            done
            """
        let stop = triad.folder.appendingPathComponent("stop").path
        var environment = ProcessInfo.processInfo.environment
        environment["TRIAD"] = TriadProcess.executable.path
        environment["TRIAD_DB"] = triad.database
        environment["STOP"] = stop
        func spawn(_ body: String, _ argument: String) throws -> (Process, Pipe) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", body, "worker", argument]
            process.environment = environment
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            return (process, errors)
        }
        let started = Date()
        let readerProcess = try spawn(reader, "r")
        let writers = try (1...4).map { try spawn(script, String($0)) }
        var failures: [String] = []
        for (process, errors) in writers {
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if process.terminationStatus != 0 || !text.isEmpty { failures.append(text) }
        }
        _ = FileManager.default.createFile(atPath: stop, contents: nil)
        let readerErrors = String(decoding: readerProcess.1.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        readerProcess.0.waitUntilExit()
        let seconds = Date().timeIntervalSince(started)
        #expect(failures.isEmpty, "\(failures.first ?? "")")
        #expect(readerProcess.0.terminationStatus == 0 && readerErrors.isEmpty, "\(readerErrors)")
        let actions = try triad.succeed(["action", "list", "--format", "json"])
        let titles = try JSON(actions).map("title").compactMap(\.string)
        #expect(titles.count == 800 && Set(titles).count == 800, "\(titles.count) actions, \(Set(titles).count) titles")
        #expect(try triad.databaseChecks() == "ok")
        print(
            "stress: 800 writes by 4 processes in \(String(format: "%.1f", seconds)) s, \(String(format: "%.0f", 800 / seconds)) writes/s"
        )
    }

    @Test(
        "25 imports of the real file killed at a random moment: the database stays sound and holds all or none",
        arguments: Backend.allCases)
    func killedImports(_ backend: Backend) throws {
        var generator = SystemRandomNumberGenerator()
        var complete = 0
        for round in 1...25 {
            let triad = try TriadProcess(backend)
            let path = triad.database
            try triad.succeed(["init"])
            let process = Process()
            process.executableURL = TriadProcess.executable
            process.arguments = [
                "import", "contributions", ImportCommandTests.realFile, "--create-missing", "--db", path,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...3.5, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try triad.databaseChecks() == "ok", "round \(round)")
            // All or nothing, and the journal with it: the import's command is there exactly when its records are.
            let count = try triad.query(
                "SELECT (SELECT count(*) FROM contribution), (SELECT count(*) FROM journalCommand)")
            #expect(count == "0|0" || count == "29628|1", "round \(round): \(count) contribution records, commands")
            if count == "29628|1" { complete += 1 }
            let check = try triad.run(["db", "check", "--db", path])
            #expect(check.status == 0, "round \(round): \(check.stderr)")
        }
        print("kill test: 25 rounds survived, \(complete) imports had finished before the kill")
    }

    @Test("200 damaged copies of a real database: a message and a non-zero exit each time, never a crash")
    func damagedCopies() throws {
        let triad = try TriadProcess()
        try triad.succeed(["demo", "--db", triad.database])
        // Without free pages, every page holds data, so every damage below is damage to data.
        _ = try ExternalTool.run(["sqlite3", triad.databasePath, "VACUUM"])
        let original = try triad.snapshot()
        let pageSize = 4096
        var generator = SystemRandomNumberGenerator()
        var crashes: [String] = []
        var silent: [String] = []
        for copy in 0..<200 {
            var bytes = original
            let kind: String
            switch copy % 4 {
            case 0:
                let used =
                    Int(original[28]) << 24 | Int(original[29]) << 16 | Int(original[30]) << 8 | Int(original[31])
                let length = Int.random(in: 1..<(used * pageSize), using: &generator)
                bytes = bytes.prefix(length)
                kind = "truncated to \(length) bytes"
            case 1:
                let page = Int.random(in: 1..<(original.count / pageSize), using: &generator)
                for offset in 0..<12 { bytes[page * pageSize + offset] = UInt8.random(in: 0...255, using: &generator) }
                bytes[page * pageSize] = 0x07
                kind = "page \(page) header scrambled"
            case 2:
                let page = Int.random(in: 1..<(original.count / pageSize), using: &generator)
                bytes.replaceSubrange(page * pageSize..<(page + 1) * pageSize, with: Data(count: pageSize))
                kind = "page \(page) zeroed"
            default:
                // The bytes of the header SQLite relies on: the magic string, page size, format versions,
                // reserved space and payload fractions (the rest is reserved for expansion and unused).
                let offset = Int.random(in: 0..<24, using: &generator)
                bytes[offset] ^= 0xFF
                kind = "header byte \(offset) flipped"
            }
            let path = triad.folder.appendingPathComponent("damaged-\(copy).sqlite").path
            try bytes.write(to: URL(fileURLWithPath: path))
            // A damaged file is refused before anything can write to it: its header and length are checked on
            // every opening, its pages whenever it is not as triad left it (as here: another program wrote it).
            let write = try triad.run(["action", "add", "Must not land", "--owner", "DPO", "--db", path])
            let after = try Data(contentsOf: URL(fileURLWithPath: path))
            if write.status == 0 || after != bytes {
                silent.append("\(kind): a write went through or changed the file")
            }
            for command in [["db", "check"], ["report", "mandate", "MINUSCA", "--as-of", "2025-11-01"]] {
                let outcome = try triad.run(command + ["--db", path])
                if outcome.status >= 128 || outcome.status == 70 {
                    crashes.append("\(kind): \(command[0]) exited \(outcome.status) \(outcome.stderr)")
                } else if command[0] == "db", outcome.status == 0 || !outcome.stderr.hasPrefix("error: ") {
                    silent.append("\(kind): \(outcome.stdout)")
                }
            }
        }
        #expect(crashes.isEmpty, "\(crashes.prefix(3))")
        #expect(silent.isEmpty, "\(silent.prefix(3))")
        print("corruption test: 200 damaged copies tried, \(crashes.count) crashes, \(silent.count) undetected")
    }

    @Test(
        "hostile text round-trips exactly: quotes, SQL, right-to-left, combining marks, 10,000 characters",
        arguments: Backend.allCases)
    func hostileText(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        let titles = [
            "Robert'); DROP TABLE meeting; --", "\"quoted\" and 'single'", "اجتماع مع البلدان المساهمة بقوات",
            "e\u{301}le\u{300}ve \u{202E}reversed\u{202C}", String(repeating: "Ω", count: 10_000),
            "<script>alert(1)</script>",
        ]
        for title in titles {
            try triad.succeed([
                "meeting", "log", "informal", "--date", "2025-10-01", "--title", title, "--attendee", "CIV",
            ])
        }
        let meetings = try triad.succeed(["meeting", "list", "--format", "json"])
        let read = try ExternalTool.python(json: meetings, "json.dumps([m['title'] for m in d], ensure_ascii=True)")
        let decoded = try JSONDecoder().decode([String].self, from: Data(read.utf8))
        #expect(decoded.map { Array($0.unicodeScalars) } == titles.map { Array($0.unicodeScalars) })
        #expect(try triad.databaseChecks() == "ok")
        let bundle = triad.folder.appendingPathComponent("nul.json")
        try Data(
            #"{"format":"triad-bundle","version":1,"parties":[{"code":"AB\u0000C","name":"x","kind":"state","isReference":false,"createdAt":"a","updatedAt":"a"}]}"#
                .utf8
        ).write(to: bundle)
        let refused = try triad.run(["import", "json", bundle.path])
        #expect(refused.status == 65 && refused.stderr.contains("NUL character"))
    }

    @Test(
        "commands killed at a random moment of their write leave each change whole or absent",
        arguments: Backend.allCases)
    func killedWrites(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        try triad.succeed([
            "meeting", "log", "informal", "--date", "2025-10-01", "--title", "Outreach", "--attendee", "FRA",
        ])
        var generator = SystemRandomNumberGenerator()
        for round in 1...40 {
            let process = Process()
            process.executableURL = TriadProcess.executable
            process.arguments = [
                "action", "add", "Round \(round)", "--owner", "DPO", "--meeting", "M-1", "--a4p", "protection,wps",
                "--details", String(repeating: "x", count: 2_000), "--db", triad.database,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.04, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        #expect(try triad.databaseChecks() == "ok")
        // Every action has its two areas and its journal entry; every journaled addition has its action.
        let consistency = try triad.query(
            """
            SELECT (SELECT count(*) FROM actionItem a WHERE (SELECT count(*) FROM actionItemArea WHERE actionItemId = a.id) != 2),
                   (SELECT count(*) FROM actionItem a WHERE NOT EXISTS (SELECT 1 FROM journalChange WHERE entity = 'actionItem' AND rowKey = a.id)),
                   (SELECT count(*) FROM journalChange j WHERE entity = 'actionItem' AND NOT EXISTS (SELECT 1 FROM actionItem WHERE id = j.rowKey));
            """)
        #expect(consistency == "0|0|0")
        #expect(try triad.run(["db", "check"]).status == 0)
    }

    @Test("an upgrade killed at a random moment leaves the old schema or the new one, with the data either way")
    func killedUpgrades() throws {
        let triad = try TriadProcess()
        var generator = SystemRandomNumberGenerator()
        var upgraded = 0
        for round in 1...20 {
            let path = triad.folder.appendingPathComponent("old-\(round).sqlite").path
            var script = "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);\n"
            for migration in SchemaMigration.all.prefix(3) {
                script += migration.sql + "\nINSERT INTO grdb_migrations VALUES ('\(migration.identifier)');\n"
            }
            script += """
                INSERT INTO journalCommand (uuid, at, actor, commandLine, summary) VALUES ('c', '2025-10-30T12:00:00.000Z', 'desk', 'x', 'old');
                INSERT INTO actionItem (uuid, title, ownerPartyId, status, createdAt, updatedAt)
                  SELECT 'a', 'Old action', id, 'open', '2025-10-30T12:00:00.000Z', '2025-10-30T12:00:00.000Z' FROM party WHERE code = 'DPO';
                PRAGMA journal_mode = WAL;
                """
            _ = try ExternalTool.run(["sqlite3", path], input: script)
            let process = Process()
            process.executableURL = TriadProcess.executable
            process.arguments = ["action", "list", "--db", path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.01...0.12, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try ExternalTool.sqliteChecks(path) == "ok", "round \(round)")
            let state = try ExternalTool.run([
                "sqlite3", path, "SELECT (SELECT max(identifier) FROM grdb_migrations), (SELECT title FROM actionItem)",
            ]).output.trimmingCharacters(in: .whitespacesAndNewlines)
            // Each migration is one transaction: a kill leaves the old schema, the newest, or one between.
            let schemas = SchemaMigration.all.map(\.identifier).drop { $0 != "v0003_change_journal" }
            #expect(schemas.contains { state == "\($0)|Old action" }, "round \(round): \(state)")
            if state.hasPrefix(SchemaMigration.all.last!.identifier) { upgraded += 1 }
            let after = try triad.run(["action", "list", "--db", path, "--format", "json"])
            #expect(after.status == 0 && after.stdout.contains("Old action"), "round \(round): \(after.stderr)")
        }
        print("upgrade kill test: 20 rounds, \(upgraded) upgrades had finished before the kill")
    }
}
