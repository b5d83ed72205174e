import Foundation
import TriadTestSupport

/// The built `triad` binary, run on a temporary database as a user would run it: a SQLite file, or a
/// PostgreSQL database of its own on the tests' server.
struct TriadProcess {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The folder of this test run: the database file, if any, and anything else a test writes.
    let folder: URL
    let backend: Backend
    /// The database the commands use, through `TRIAD_DB`: the file, or a PostgreSQL URI.
    let database: String
    /// The SQLite file in the folder (which the SQLite backend's commands use).
    var databasePath: String { folder.appendingPathComponent("triad.sqlite").path }

    init(_ backend: Backend = .sqlite) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("triad-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.backend = backend
        switch backend {
        case .sqlite:
            database = folder.appendingPathComponent("triad.sqlite").path
        case .postgresql:
            database = try PostgresTemplate.newDatabase { uri in
                let process = Process()
                process.executableURL = TriadProcess.executable
                process.arguments = ["init", "--db", uri]
                process.standardOutput = FileHandle.nullDevice
                try process.run()
                process.waitUntilExit()
                guard process.terminationStatus == 0 else {
                    throw Failure(message: "triad init --db \(uri) exited \(process.terminationStatus)")
                }
            }
        }
    }

    /// Who the journal records as acting: `TRIAD_ACTOR` in a file, the connecting role on PostgreSQL.
    var actor: String {
        backend == .sqlite ? "e2e" : PostgresServer.role
    }

    /// What the database holds, to compare before and after a command that must change nothing: the file's
    /// bytes, or on PostgreSQL every row as `pg_dump` writes it (without the identity sequences, which a
    /// rolled-back insert advances without changing any record).
    func snapshot() throws -> Data {
        switch backend {
        case .sqlite:
            return try Data(contentsOf: URL(fileURLWithPath: databasePath))
        case .postgresql:
            let dump = try ExternalTool.run(["pg_dump", "--data-only", "--no-owner", database])
            guard dump.status == 0 else { throw Failure(message: "pg_dump: \(dump.output)") }
            // Sequences may advance in a transaction rolled back; `\restrict` lines carry a random key per dump.
            let rows = dump.output.split(separator: "\n").filter {
                !$0.hasPrefix("SELECT pg_catalog.setval") && !$0.hasPrefix("\\restrict")
                    && !$0.hasPrefix("\\unrestrict")
            }
            return Data(rows.joined(separator: "\n").utf8)
        }
    }

    /// The rows a query returns, as `sqlite3` or `psql -At` print them (values joined by `|`).
    func query(_ sql: String) throws -> String {
        let result =
            switch backend {
            case .sqlite: try ExternalTool.run(["sqlite3", databasePath, sql])
            case .postgresql: try ExternalTool.run(["psql", database, "-v", "ON_ERROR_STOP=1", "-Atc", sql])
            }
        guard result.status == 0 else { throw Failure(message: "\(sql): \(result.output)") }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The database's own checks: `sqlite3`'s integrity and foreign key checks, or on PostgreSQL `triad db
    /// check` (the server enforces its foreign keys and keeps its own pages); "ok" when sound.
    func databaseChecks() throws -> String {
        switch backend {
        case .sqlite: return try ExternalTool.sqliteChecks(databasePath)
        case .postgresql:
            let outcome = try run(["db", "check"])
            return outcome.status == 0 ? "ok" : outcome.stderr
        }
    }

    /// The binary: beside the test bundle in the build folder.
    static let executable: URL = {
        var candidates: [URL] = []
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("triad"))
        }
        let arguments0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(arguments0.deletingLastPathComponent().appendingPathComponent("triad"))
        candidates.append(
            arguments0.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("triad"))
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/triad"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// Runs `triad` with `arguments`, returning its exit status and output.
    @discardableResult
    func run(
        _ arguments: [String], environment extra: [String: String] = [:], directory: URL? = nil
    ) throws -> Outcome {
        try start(arguments, environment: extra, directory: directory).wait()
    }

    /// A `triad` process started and not yet waited for.
    struct Running {
        let process: Process
        let output: Pipe
        let errors: Pipe

        /// Waits for the process to end; its exit status and output.
        func wait() -> Outcome {
            let outputData = output.fileHandleForReading.readDataToEndOfFile()
            let errorData = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Outcome(
                status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
                stderr: String(decoding: errorData, as: UTF8.self))
        }
    }

    /// Starts `triad` with `arguments`, in `directory` when given; several can run at once.
    func start(_ arguments: [String], environment extra: [String: String] = [:], directory: URL? = nil) throws
        -> Running
    {
        let process = Process()
        process.executableURL = TriadProcess.executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["TRIAD_DB"] = database
        environment["TRIAD_ACTOR"] = "e2e"
        environment["TZ"] = "America/New_York"
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = nil
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Running(process: process, output: output, errors: errors)
    }

    /// Runs a command that must succeed, returning its standard output.
    @discardableResult
    func succeed(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let outcome = try run(arguments, environment: environment)
        guard outcome.status == 0 else {
            throw Failure(
                message: "triad \(arguments.joined(separator: " ")) exited \(outcome.status): \(outcome.stderr)")
        }
        return outcome.stdout
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
