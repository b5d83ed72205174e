import Foundation
import Testing
import TriadSchema
import TriadTestSupport

/// triad on a real PostgreSQL server (started by `Scripts/pg-server`): the schema applied by `triad init`
/// under an advisory lock, and every way a connection fails, each with one sentence and its exit code.
@Suite("PostgreSQL: connecting and the schema")
struct PostgresCommandTests {
    /// The newest migration, and how many there are.
    static let newest = PostgresMigration.all.last?.identifier ?? ""
    static let migrations = "\(PostgresMigration.all.count)"

    @Test("init applies the schema and the reference data once, and a second init changes nothing")
    func initialize() throws {
        let triad = try TriadProcess()
        let uri = try PostgresServer.newDatabase()
        let first = try triad.run(["init", "--db", uri])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasSuffix("is ready (schema \(PostgresCommandTests.newest)).\n"), "\(first.stdout)")
        #expect(try PostgresServer.query(uri, "SELECT count(*) FROM party") == "220")
        #expect(try PostgresServer.query(uri, "SELECT count(*) FROM councilSeat WHERE isPermanent") == "5")
        #expect(
            try PostgresServer.query(
                uri, "SELECT string_agg(identifier, ',' ORDER BY identifier) FROM triad_migrations")
                == PostgresMigration.all.map(\.identifier).joined(separator: ","))
        let again = try triad.run(["init", "--db", uri, "--format", "json"])
        #expect(again.status == 0)
        #expect(try JSON(again.stdout)["schemaVersion"] == .string(PostgresCommandTests.newest))
        #expect(try PostgresServer.query(uri, "SELECT count(*) FROM party") == "220")
    }

    @Test("four first runs at once on an empty database apply the schema once")
    func racingFirstRuns() throws {
        let triad = try TriadProcess()
        let uri = try PostgresServer.newDatabase()
        let outcomes = try (0..<4).map { _ in try triad.start(["init", "--db", uri]) }.map { $0.wait() }
        #expect(outcomes.allSatisfy { $0.status == 0 }, "\(outcomes.map(\.stderr))")
        #expect(
            try PostgresServer.query(uri, "SELECT count(*) FROM triad_migrations") == PostgresCommandTests.migrations)
        #expect(try PostgresServer.query(uri, "SELECT count(*) FROM party") == "220")
    }

    @Test("a URI is never taken for a file: a server that is not there is 69, and nothing is created")
    func unreachable() throws {
        let triad = try TriadProcess()
        let missingSocket = triad.folder.appendingPathComponent("no-server").path
        for uri in [
            "postgresql://postgres@/triad?host=\(missingSocket)&port=5999",
            "postgres://postgres@127.0.0.1:1/triad", "POSTGRESQL://postgres@127.0.0.1:1/triad",
        ] {
            for command in [["init"], ["report", "follow-up"], ["meeting", "list"]] {
                let outcome = try triad.run(command + ["--db", uri], directory: triad.folder)
                #expect(outcome.status == 69, "\(command) \(uri): \(outcome.stderr)")
                #expect(outcome.stderr.hasPrefix("error: cannot reach the PostgreSQL server at "))
                #expect(outcome.stderr.split(separator: "\n").count == 1)
            }
        }
        let missing = try triad.run(["init", "--db", "postgresql://postgres@/triad?host=\(missingSocket)&port=5999"])
        #expect(missing.stderr.contains(missingSocket) && missing.stderr.contains("port 5999"), "where it looked")
        let created = try FileManager.default.contentsOfDirectory(atPath: triad.folder.path)
        #expect(created.filter { !$0.hasPrefix("triad.sqlite") }.isEmpty, "\(created)")
    }

    @Test("a database that is not there is 69 and says how to create it")
    func missingDatabase() throws {
        let triad = try TriadProcess()
        let outcome = try triad.run(["init", "--db", PostgresServer.uri(database: "triad_never_created")])
        #expect(outcome.status == 69)
        #expect(
            outcome.stderr.contains("has no database 'triad_never_created'; create it (createdb triad_never_created)"))
    }

    @Test("a wrong password or an unknown role is 77, and the password never shows")
    func refused() throws {
        let triad = try TriadProcess()
        let port = try #require(PostgresServer.parameter("port"))
        let wrong = try triad.run(["init", "--db", "postgresql://postgres:s3cret-wrong@127.0.0.1:\(port)/triad_test"])
        #expect(wrong.status == 77, "\(wrong.stderr)")
        #expect(wrong.stderr.contains("password authentication failed") && !wrong.stderr.contains("s3cret-wrong"))
        let stranger = try triad.run(
            ["init", "--db", PostgresServer.uri(database: "triad_test")],
            environment: [
                "PGUSER": "nobody_here"
            ])
        #expect(stranger.status == 0 || stranger.status == 77, "a URI's role comes before PGUSER")
        let host = try #require(PostgresServer.parameter("host"))
        let unknown = try triad.run(["init", "--db", "postgresql://nobody_here@/triad_test?host=\(host)&port=\(port)"])
        #expect(unknown.status == 77 && unknown.stderr.contains("role \"nobody_here\" does not exist"))
    }

    @Test("a password on the command line never reaches the journal or the history")
    func journalHidesPasswords() throws {
        let triad = try TriadProcess()
        try triad.succeed([
            "party", "add", "XKX", "--kind", "organization", "--name", "postgresql://alice:s3cret@host/triad",
        ])
        let history = try triad.succeed(["history"])
        #expect(history.contains("postgresql://alice:***@host/triad") && !history.contains("s3cret"), "\(history)")
    }

    @Test("PG* variables name the server as they do for psql")
    func environment() throws {
        let triad = try TriadProcess()
        let uri = try PostgresServer.newDatabase()
        let database = String(uri.split(separator: "?")[0].split(separator: "/").last ?? "")
        let outcome = try triad.run(
            ["init", "--db", "postgresql://"],
            environment: [
                "PGHOST": try #require(PostgresServer.parameter("host")),
                "PGPORT": try #require(PostgresServer.parameter("port")), "PGUSER": "postgres", "PGDATABASE": database,
            ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(
            try PostgresServer.query(uri, "SELECT count(*) FROM triad_migrations") == PostgresCommandTests.migrations)
    }

    @Test("a database of another program is 65, and of a newer triad 75; neither is touched")
    func notOurs() throws {
        let triad = try TriadProcess()
        let foreign = try PostgresServer.newDatabase()
        _ = try PostgresServer.query(foreign, "CREATE TABLE invoices (id int)")
        let refused = try triad.run(["init", "--db", foreign])
        #expect(refused.status == 65 && refused.stderr.contains("holds tables of another program"), "\(refused.stderr)")
        #expect(try PostgresServer.query(foreign, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "1")
        let newer = try PostgresServer.newDatabase()
        try triad.succeed(["init", "--db", newer])
        _ = try PostgresServer.query(newer, "INSERT INTO triad_migrations VALUES ('p9999_future', 'x')")
        let outcome = try triad.run(["init", "--db", newer])
        #expect(outcome.status == 75 && outcome.stderr.contains("newer version of triad (schema p9999_future)"))
    }

    @Test("the first command on an empty database creates the schema, as a first command creates a file")
    func firstCommand() throws {
        let triad = try TriadProcess()
        let uri = try PostgresServer.newDatabase()
        let outcome = try triad.run(["action", "list", "--db", uri])
        #expect(outcome.status == 0 && outcome.stdout.contains("No action"), "\(outcome.stdout)\(outcome.stderr)")
        #expect(
            try PostgresServer.query(uri, "SELECT count(*) FROM triad_migrations") == PostgresCommandTests.migrations)
    }
}
