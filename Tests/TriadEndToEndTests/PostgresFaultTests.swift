import Foundation
import Testing
import TriadSchema
import TriadTestSupport

/// What goes wrong on a shared server, as a team meets it: a role that may only read, a server restarted
/// between two commands, a connection cut in the middle of a write, a first run killed while it sets up the
/// schema. Each: one sentence, its exit code, and the record whole.
@Suite("PostgreSQL: faults")
struct PostgresFaultTests {
    @Test("a role that may only read: lists and reports work, a write is 77 and changes nothing")
    func readOnlyRole() throws {
        let triad = try TriadProcess(.postgresql)
        try triad.succeed(["action", "add", "Brief the contributors", "--owner", "DPO", "--due", "2025-12-01"])
        let role = "reader_\(UUID().uuidString.prefix(8).lowercased())"
        _ = try triad.query("CREATE ROLE \(role) LOGIN")
        try triad.succeed(["access", "grant", role, "--up-to", "strictly-confidential"])
        let asReader = [
            "TRIAD_DB": triad.database.replacingOccurrences(of: "://\(PostgresServer.role)@", with: "://\(role)@")
        ]
        let before = try triad.snapshot()
        let list = try triad.run(["action", "list", "--as-of", "2025-11-01"], environment: asReader)
        #expect(list.status == 0 && list.stdout.contains("Brief the contributors"), "\(list.stderr)")
        for write in [
            ["action", "add", "Another", "--owner", "DPO"], ["action", "done", "A-1"], ["undo"],
            ["import", "json", "/nonexistent.json"],
        ] {
            let outcome = try triad.run(write, environment: asReader)
            let expected: Int32 = write[0] == "import" ? 66 : 77
            #expect(outcome.status == expected, "\(write): \(outcome.stderr)")
            #expect(outcome.stderr.hasPrefix("error: ") && outcome.stderr.split(separator: "\n").count == 1)
        }
        let refused = try triad.run(["action", "add", "Another", "--owner", "DPO"], environment: asReader)
        #expect(refused.stderr.contains("refused access (permission denied"), "\(refused.stderr)")
        #expect(try triad.snapshot() == before)
    }

    @Test("a server restarted between two commands: the next command connects again; while it is down, 69")
    func restartedServer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("triad-pg-restart-\(UUID())").path
        defer { _ = PostgresServer.script("stop", folder) }
        let started = PostgresServer.script("start", folder)
        try #require(started.status == 0, "\(started.output)")
        let uri = started.output
        let triad = try TriadProcess()
        let environment = ["TRIAD_DB": uri]
        _ = try triad.succeed(["action", "add", "Before the restart", "--owner", "DPO"], environment: environment)
        #expect(PostgresServer.script("restart", folder).status == 0)
        _ = try triad.succeed(["action", "add", "After the restart", "--owner", "DPO"], environment: environment)
        let list = try triad.succeed(["action", "list", "--format", "json"], environment: environment)
        #expect(list.contains("Before the restart") && list.contains("After the restart"))

        // The server stopped and its folder gone (socket and all), as a server that is down: the next command
        // cannot connect, and says so.
        #expect(PostgresServer.script("stop", folder).status == 0)
        let left = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let down = try triad.run(["action", "list"], environment: environment)
        #expect(
            down.status == 69 && down.stderr.contains("cannot reach the PostgreSQL server"),
            "exit \(down.status) with TRIAD_DB=\(uri); stderr: \(down.stderr); stdout: \(down.stdout); folder: \(left)")
    }

    @Test("a connection cut in the middle of an import: 69, and not one row of it kept")
    func connectionCut() throws {
        let triad = try TriadProcess(.postgresql)
        let database = try triad.query("SELECT current_database()")
        let running = try triad.start(["import", "contributions", ImportCommandTests.realFile, "--create-missing"])
        // Wait until the import is writing, then end its session from the server's side.
        var cut = "0"
        for _ in 0..<200 where cut == "0" {
            usleep(20_000)
            cut = try triad.query(
                """
                SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                WHERE datname = '\(database)' AND application_name = 'triad' AND state <> 'idle'
                  AND backend_xid IS NOT NULL
                """)
        }
        let outcome = running.wait()
        try #require(cut != "0", "the import was never seen writing")
        #expect(outcome.status == 69, "\(outcome.stderr)")
        #expect(
            outcome.stderr.contains("the connection was lost") || outcome.stderr.contains("terminat"),
            "\(outcome.stderr)")
        #expect(outcome.stderr.split(separator: "\n").count == 1, "\(outcome.stderr)")
        #expect(try triad.query("SELECT count(*) FROM contribution") == "0")
        #expect(try triad.query("SELECT count(*) FROM journalCommand") == "0")
        #expect(try triad.databaseChecks() == "ok")
    }

    @Test("first runs killed at a random moment of setting up the schema: the next run finishes it")
    func killedInit() throws {
        let triad = try TriadProcess()
        for _ in 0..<5 {
            let uri = try PostgresServer.newDatabase()
            let running = try triad.start(["init", "--db", uri])
            usleep(UInt32.random(in: 5_000...250_000))
            kill(running.process.processIdentifier, SIGKILL)
            _ = running.wait()
            let again = try triad.run(["init", "--db", uri])
            #expect(again.status == 0, "\(again.stderr)")
            #expect(
                try PostgresServer.query(uri, "SELECT count(*) FROM triad_migrations")
                    == "\(PostgresMigration.all.count)")
            #expect(try PostgresServer.query(uri, "SELECT count(*) FROM party") == "220")
        }
    }
}
