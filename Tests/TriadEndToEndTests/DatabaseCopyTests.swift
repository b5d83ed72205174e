import Foundation
import Testing
import TriadTestSupport

/// `triad db copy --to`: an office's file onto a team's server and back, the whole record or nothing.
@Suite("Copying a database")
struct DatabaseCopyTests {
    /// A record with something of every kind: the demo's scenario, an undone command, a note.
    private static func recorded(_ backend: Backend) throws -> TriadProcess {
        let triad = try TriadProcess(backend)
        try triad.succeed(["demo", "--db", triad.database])
        try triad.succeed(["action", "note", "A-1", "Asked the mission for figures"])
        try triad.succeed(["party", "add", "XKX", "--name", "Kosovo", "--kind", "organization"])
        try triad.succeed(["undo"])
        return triad
    }

    @Test("a file onto a server and back: the same bundle, the same history, sound databases")
    func roundTrip() throws {
        let file = try DatabaseCopyTests.recorded(.sqlite)
        let server = try PostgresServer.newDatabase()
        let onServer = try file.succeed(["db", "copy", "--to", server])
        #expect(onServer.hasPrefix("Copied \(file.database) to postgresql://"), "\(onServer)")
        let back = file.folder.appendingPathComponent("back.sqlite").path
        let onFile = try file.succeed(["db", "copy", "--db", server, "--to", back, "--format", "json"])
        let result = try JSONSerialization.jsonObject(with: Data(onFile.utf8)) as? [String: Any]
        #expect(result?["to"] as? String == back)
        #expect((result?["records"] as? Int ?? 0) > 30, "\(onFile)")

        let exports = try [file.database, server, back].map { try file.succeed(["export", "json", "--db", $0]) }
        #expect(exports[0] == exports[1] && exports[1] == exports[2])
        // The history comes across whole, under the same numbers ("undid #48" cites the same command).
        let histories = try [file.database, server, back].map { try file.succeed(["history", "--db", $0]) }
        #expect(histories[0].contains("undid #") && histories[0] == histories[1] && histories[1] == histories[2])
        #expect(try ExternalTool.sqliteChecks(back) == "ok")
        #expect(try file.run(["db", "check", "--db", server]).status == 0)
        #expect(
            try file.succeed(["report", "mandate", "MINUSCA", "--as-of", "2025-11-01", "--db", server])
                == file.succeed(["report", "mandate", "MINUSCA", "--as-of", "2025-11-01"]))
        // Numbers go on from the copy's: the next meeting on the server is not a number the file used.
        let meetings = try file.query("SELECT max(id) FROM meeting")
        let next = try file.succeed([
            "meeting", "log", "informal", "--date", "2025-12-01", "--title", "Next", "--db", server,
        ])
        #expect(next.contains("M-\((Int(meetings) ?? 0) + 1)"), "\(next)")
    }

    @Test("into a database that holds records: refused, both untouched", arguments: Backend.allCases)
    func notEmpty(_ backend: Backend) throws {
        let source = try DatabaseCopyTests.recorded(.sqlite)
        let target = try TriadProcess(backend)
        try target.succeed(["action", "add", "Brief the contributors", "--owner", "DPO"])
        let (sourceBefore, targetBefore) = (try source.snapshot(), try target.snapshot())
        let outcome = try source.run(["db", "copy", "--to", target.database])
        #expect(outcome.status == 65)
        #expect(
            outcome.stderr.hasPrefix("error: ") && outcome.stderr.contains("already holds records"), "\(outcome.stderr)"
        )
        #expect(outcome.stderr.split(separator: "\n").count == 1)
        #expect(try source.snapshot() == sourceBefore)
        #expect(try target.snapshot() == targetBefore)
    }

    @Test("an empty triad database, or a new one, takes the copy", arguments: Backend.allCases)
    func emptyTarget(_ backend: Backend) throws {
        let source = try TriadProcess(backend)
        try source.succeed(["action", "add", "Brief the contributors", "--owner", "DPO", "--due", "2025-12-01"])
        let initialized = try TriadProcess(.sqlite)
        try initialized.succeed(["init"])
        for target in [initialized.database, try PostgresServer.newDatabase()] {
            try source.succeed(["db", "copy", "--to", target])
            #expect(try source.succeed(["export", "json", "--db", target]) == source.succeed(["export", "json"]))
        }
    }

    @Test("refusals: one line, the exit code, nothing created or changed")
    func refused() throws {
        let triad = try DatabaseCopyTests.recorded(.sqlite)
        let before = try triad.snapshot()
        let port = PostgresServer.parameter("port") ?? "5432"
        let nowhere = triad.folder.appendingPathComponent("no-server").path
        let cases: [(arguments: [String], status: Int32, message: String)] = [
            (["db", "copy", "--to", triad.database], 64, "--to names the database being copied"),
            (["db", "copy"], 64, "missing expected argument '--to <database>'"),
            (
                ["db", "copy", "--to", "postgresql://nobody@/triad?host=\(nowhere)&port=\(port)"], 69,
                "cannot reach the PostgreSQL server"
            ),
            (["db", "copy", "--to", "/proc/none/copy.sqlite"], 74, "cannot write '/proc/none/copy.sqlite'"),
            (
                ["db", "copy", "--db", triad.folder.appendingPathComponent("missing.sqlite").path, "--to", "x.sqlite"],
                66, "no such file"
            ),
        ]
        for refusal in cases {
            let outcome = try triad.run(refusal.arguments, directory: triad.folder)
            #expect(outcome.status == refusal.status, "\(refusal.arguments): \(outcome.stderr)")
            #expect(
                outcome.stderr.hasPrefix("error: ") && outcome.stderr.contains(refusal.message), "\(outcome.stderr)")
            #expect(outcome.stdout.isEmpty)
        }
        #expect(try triad.snapshot() == before)
        let left = try FileManager.default.contentsOfDirectory(atPath: triad.folder.path).sorted()
        #expect(left.allSatisfy { $0.hasPrefix("triad.sqlite") }, "\(left)")
        #expect(!FileManager.default.fileExists(atPath: nowhere))
    }

    @Test("a copy killed at a random moment leaves the target without a record, and the next copy goes through")
    func killed() throws {
        let source = try TriadProcess(.sqlite)
        // A part of the real file: enough for a copy of a few seconds.
        let lines = try String(contentsOfFile: ImportCommandTests.realFile, encoding: .utf8).split(separator: "\n")
        let part = source.folder.appendingPathComponent("part.csv")
        try Data(lines.prefix(6_000).joined(separator: "\n").utf8).write(to: part)
        try source.succeed(["import", "contributions", part.path, "--create-missing"])
        let expected = try source.succeed(["export", "json"])
        let server = try PostgresServer.newDatabase()
        let file = source.folder.appendingPathComponent("copy.sqlite").path
        for target in [server, file] {
            let running = try source.start(["db", "copy", "--to", target])
            usleep(UInt32.random(in: 300_000...1_500_000))
            kill(running.process.processIdentifier, SIGKILL)
            let outcome = running.wait()
            if outcome.status == 0 { continue }  // finished before the kill
            if FileManager.default.fileExists(atPath: file) || target == server {
                #expect(
                    try source.succeed(["db", "stats", "--db", target, "--format", "json"]).contains(
                        "\"contribution\" : 0"))
            }
            try source.succeed(["db", "copy", "--to", target])
            #expect(try source.succeed(["export", "json", "--db", target]) == expected)
        }
    }
}
