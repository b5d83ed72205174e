import Foundation

/// The PostgreSQL server the tests run against: the one `TRIAD_TEST_POSTGRES_URI` names (`.ci/run` starts it
/// with `Scripts/pg-server`), else one this test process starts with the same script in a temporary folder
/// and stops when it exits. Each test takes a database of its own.
public enum PostgresServer {
    /// The URI of the server's first database, as the script prints it.
    public static let uri: String = {
        if let uri = ProcessInfo.processInfo.environment["TRIAD_TEST_POSTGRES_URI"], !uri.isEmpty { return uri }
        // The script is run through the shell with its output in files: the server it starts keeps running
        // after it, and Foundation's Process waits on pipes and children that a daemon keeps.
        let status = system("'\(script)' start '\(folder)' > '\(folder).uri' 2> '\(folder).log' < /dev/null")
        let uri = (try? String(contentsOfFile: folder + ".uri", encoding: .utf8)) ?? ""
        guard status == 0, !uri.isEmpty else {
            let log = (try? String(contentsOfFile: folder + ".log", encoding: .utf8)) ?? ""
            fatalError("cannot start a PostgreSQL server for the tests (Scripts/pg-server): \(log)")
        }
        atexit {
            _ = system("'\(PostgresServer.script)' stop '\(PostgresServer.folder)' > /dev/null 2>&1 < /dev/null")
            unlink(PostgresServer.folder + ".uri")
            unlink(PostgresServer.folder + ".log")
        }
        return uri.trimmingCharacters(in: .whitespacesAndNewlines)
    }()

    /// Runs `Scripts/pg-server COMMAND FOLDER` for a server of a test's own (one it may restart or stop);
    /// its exit status and what it printed (the URI, for `start`: its last line, so that a warning printed
    /// before it is never taken for part of it).
    public static func script(_ command: String, _ folder: String) -> (status: Int32, output: String) {
        let output = folder + ".out"
        defer { unlink(output) }
        let status = system("'\(script)' \(command) '\(folder)' > '\(output)' 2>&1 < /dev/null")
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        let lines = text.split(whereSeparator: \.isNewline)
        return (
            status,
            command == "start"
                ? lines.last.map(String.init) ?? "" : text.trimmingCharacters(in: .whitespacesAndNewlines)
        )
    }

    /// The role the tests connect as (the URI's user).
    public static var role: String {
        URLComponents(string: uri)?.user ?? "postgres"
    }

    /// Where this process starts its own server when none is given.
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("triad-pg-\(getpid())").path

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scripts/pg-server").path

    /// A new, empty database on the server; its URI.
    public static func newDatabase() throws -> String {
        let name = "triad_\(UUID().uuidString.prefix(8).lowercased())"
        let created = try ExternalTool.run(["psql", uri, "-v", "ON_ERROR_STOP=1", "-qc", "CREATE DATABASE \(name)"])
        guard created.status == 0 else { throw ExternalTool.Failure(description: created.output) }
        return uri(database: name)
    }

    /// The server's URI with another database in its path.
    public static func uri(database: String) -> String {
        guard let scheme = uri.range(of: "://") else { return uri }
        let rest = uri[scheme.upperBound...]
        let pathStart = rest.firstIndex(of: "/") ?? rest.endIndex
        let pathEnd = rest[pathStart...].firstIndex(of: "?") ?? rest.endIndex
        return String(uri[..<pathStart]) + "/" + database + String(uri[pathEnd...])
    }

    /// A value of the URI's query (`host`, `port`).
    public static func parameter(_ name: String) -> String? {
        URLComponents(string: uri)?.queryItems?.first { $0.name == name }?.value
    }

    /// The first value `psql` prints for a query on the database at `uri`.
    public static func query(_ uri: String, _ sql: String) throws -> String {
        let result = try ExternalTool.run(["psql", uri, "-v", "ON_ERROR_STOP=1", "-Atc", sql])
        guard result.status == 0 else { throw ExternalTool.Failure(description: result.output) }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
