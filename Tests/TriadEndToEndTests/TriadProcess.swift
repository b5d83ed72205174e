import Foundation

/// The built `triad` binary, run on a temporary database as a user would run it.
struct TriadProcess {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The folder of this test run: the database and anything else a test writes.
    let folder: URL
    /// The database the commands use, through `TRIAD_DB`.
    var databasePath: String { folder.appendingPathComponent("triad.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("triad-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
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
        environment["TRIAD_DB"] = databasePath
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
