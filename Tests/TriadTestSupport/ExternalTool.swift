import Foundation

/// Other programs that read what triad writes: `sqlite3` and Python's parsers.
public enum ExternalTool {
    /// A program that exited with an error.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// Runs a program with arguments and optional standard input; returns status and combined output.
    public static func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inputPipe.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// `PRAGMA integrity_check; PRAGMA foreign_key_check` through the sqlite3 program: "ok" when clean.
    public static func sqliteChecks(_ path: String) throws -> String {
        try run(["sqlite3", path, "PRAGMA integrity_check; PRAGMA foreign_key_check;"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Parses JSON with Python's `json` module and evaluates `expression` on it (bound to `d`).
    public static func python(json: String, _ expression: String) throws -> String {
        let script = "import json,sys\nd=json.load(sys.stdin)\nresult=(\(expression))\nprint(result)"
        let result = try run(["python3", "-c", script], input: json)
        guard result.status == 0 else { throw Failure(description: "python: \(result.output)") }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs a Python script with `input` on its standard input; returns what it printed, or throws what it said.
    public static func python(script: String, input: String) throws -> String {
        let result = try run(["python3", "-c", script], input: input)
        guard result.status == 0 else { throw Failure(description: "python: \(result.output)") }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
