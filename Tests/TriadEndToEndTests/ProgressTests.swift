import Foundation
import Testing
import TriadTestSupport

/// Long work says how far it has gone on stderr when that is a terminal (a pseudo-terminal here, as a user's
/// shell gives), and nothing when it is not: an import of the UN's file, a bundle's import, a copy.
@Suite("Progress on a terminal")
struct ProgressTests {
    /// Runs triad with its standard error on a pseudo-terminal; what the terminal received, and the exit status.
    static func onTerminal(_ arguments: [String], database: String) throws -> (status: Int32, terminal: String) {
        let script = """
            import os, pty, subprocess, sys
            master, slave = pty.openpty()
            child = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave)
            os.close(slave)
            received = b""
            while True:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                received += chunk
            child.wait()
            sys.stdout.write(received.decode("utf-8", "replace"))
            sys.exit(child.returncode)
            """
        let outcome = try ExternalTool.run(
            [
                "TRIAD_DB=\(database)", "TRIAD_ACTOR=e2e", "TRIAD_PROGRESS_AFTER=0", "python3", "-c", script,
                TriadProcess.executable.path,
            ] + arguments)
        return (outcome.status, outcome.output)
    }

    @Test(
        "import contributions, import json, export json and db copy count their work on a terminal, and not in a pipe")
    func progress() throws {
        let triad = try TriadProcess()
        let file = ImportCommandTests.realFile
        let imported = try ProgressTests.onTerminal(
            ["import", "contributions", file, "--create-missing"], database: triad.database)
        #expect(imported.status == 0, "\(imported.terminal)")
        #expect(
            imported.terminal.contains("\r\u{1B}[KRead 5,000 of ") && imported.terminal.contains(" rows, ")
                && imported.terminal.contains(" a second, about "), "\(imported.terminal.debugDescription)")
        #expect(imported.terminal.hasSuffix("\r\u{1B}[K"), "the line is cleared at the end")

        // A bundle and a copy of the demo's database: a few hundred records.
        let demo = triad.folder.appendingPathComponent("demo.sqlite").path
        try triad.succeed(["demo", "--db", demo])
        let bundle = triad.folder.appendingPathComponent("bundle.json").path
        try triad.succeed(["export", "json", "--output", bundle, "--db", demo])
        let restored = try ProgressTests.onTerminal(
            ["import", "json", bundle], database: triad.folder.appendingPathComponent("restored.sqlite").path)
        #expect(restored.status == 0 && restored.terminal.contains(" records, "), "\(restored.terminal)")
        #expect(restored.terminal.contains("Imported "), "\(restored.terminal.debugDescription)")

        let copied = try ProgressTests.onTerminal(
            ["db", "copy", "--to", triad.folder.appendingPathComponent("copy.sqlite").path], database: demo)
        #expect(copied.status == 0 && copied.terminal.contains("Copied "), "\(copied.terminal.debugDescription)")

        // The demo's 4 meetings, 10 actions and 83 commands, counted as they are written.
        let exportedFile = triad.folder.appendingPathComponent("exported.json").path
        let exported = try ProgressTests.onTerminal(["export", "json", "--output", exportedFile], database: demo)
        #expect(
            exported.status == 0 && exported.terminal.contains("\r\u{1B}[KWrote 97 of 97 records, ")
                && exported.terminal.contains("\u{1B}[KWrote 4 meetings, 10 actions and 83 journal commands to "),
            "\(exported.terminal.debugDescription)")
        #expect(
            try String(contentsOfFile: exportedFile, encoding: .utf8) == String(contentsOfFile: bundle, encoding: .utf8)
        )

        // In a pipe, as in a script or a log, not a character of it.
        let pipedExport = try triad.run(["export", "json", "--db", demo], environment: ["TRIAD_PROGRESS_AFTER": "0"])
        #expect(pipedExport.status == 0 && pipedExport.stderr.isEmpty, "\(pipedExport.stderr)")
        let piped = try triad.run(
            ["import", "json", bundle, "--db", triad.folder.appendingPathComponent("piped.sqlite").path],
            environment: ["TRIAD_PROGRESS_AFTER": "0"])
        #expect(piped.status == 0 && piped.stderr.isEmpty, "\(piped.stderr)")
    }
}
