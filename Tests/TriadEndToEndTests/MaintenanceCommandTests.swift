import Foundation
import Testing
import TriadSchema
import TriadTestSupport

/// Undo, check, backup and stats through the binary.
@Suite("Looking after the database")
struct MaintenanceCommandTests {
    @Test("undo an import of many rows, then check, back up and describe the database")
    func undoAndCheck() throws {
        let triad = try TriadProcess()
        let file = triad.folder.appendingPathComponent("stats.csv")
        try Data("date,party,mission,troops\n2025-01-31,RWA,MINUSCA,2100\n2025-01-31,PAK,MINUSCA,1200\n".utf8).write(
            to: file)
        try triad.succeed([
            "import", "contributions", file.path, "--date-column", "date", "--party-column", "party",
            "--mission-column", "mission", "--troops-column", "troops",
        ])
        let undone = try triad.succeed(["undo"])
        #expect(undone.hasPrefix("Undid #1 (imported 2 contribution rows), 2 rows put back"))
        #expect(
            try triad.succeed(["contribution", "list", "MINUSCA", "--as-of", "2025-02-01", "--format", "json"])
                == "[\n\n]\n")
        let nothing = try triad.run(["undo"])
        #expect(
            nothing.status == 65
                && nothing.stderr == "error: there is nothing to undo; 'triad history' lists the commands.\n")
        #expect(try triad.succeed(["history"]).contains("undid #1: imported 2 contribution rows"))

        let check = try triad.succeed(["db", "check", "--format", "json"])
        let health = try JSON(check)
        #expect(health["integrity"].strings == ["ok"] && health["foreignKeyViolations"].int == 0)
        #expect(health["schemaVersion"].string == SchemaMigration.all.last?.identifier)
        let copy = triad.folder.appendingPathComponent("copy.sqlite").path
        try triad.succeed(["db", "backup", copy])
        #expect((try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int) == 0o600)
        #expect(try triad.succeed(["db", "check", "--db", copy]).contains("sound"))
        #expect(try ExternalTool.sqliteChecks(copy) == "ok")
        let again = try triad.run(["db", "backup", copy])
        #expect(again.status == 74 && again.stderr.contains("exists already"))
        #expect(try triad.succeed(["db", "stats"]).contains("Schema \(SchemaMigration.all.last!.identifier)"))
    }

    @Test("mission summaries out of step are found, left alone, and rebuilt with --repair")
    func summariesRepaired() throws {
        let triad = try TriadProcess()
        try triad.succeed(["demo", "--db", triad.databasePath])
        #expect(
            try ExternalTool.run(["sqlite3", triad.databasePath, "UPDATE missionAction SET status = 'cancelled'"])
                .status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: triad.databasePath))
        let check = try triad.run(["db", "check"])
        #expect(check.status == 65, "\(check.stderr)")
        #expect(check.stderr.hasPrefix("error: '\(triad.databasePath)' has "))
        #expect(
            check.stderr.hasSuffix("out of step with its records; run 'triad db check --repair' to rebuild them.\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: triad.databasePath)) == before)
        let repaired = try triad.run(["db", "check", "--repair"])
        #expect(repaired.status == 0 && repaired.stdout.contains("sound"), "\(repaired.stderr)")
        #expect(repaired.stderr.hasPrefix("Rebuilt the mission summaries ("))
        #expect(try triad.succeed(["db", "check"]).contains("sound"))
        #expect(try ExternalTool.sqliteChecks(triad.databasePath) == "ok")
    }

    @Test("a damaged file is refused with a message, never a crash")
    func damaged() throws {
        let triad = try TriadProcess()
        try triad.succeed(["demo", "--db", triad.databasePath])
        var bytes = try Data(contentsOf: URL(fileURLWithPath: triad.databasePath))
        let truncated = triad.folder.appendingPathComponent("truncated.sqlite").path
        try bytes.prefix(bytes.count / 3).write(to: URL(fileURLWithPath: truncated))
        let outcome = try triad.run(["db", "check", "--db", truncated])
        #expect(outcome.status != 0 && outcome.status < 128 && outcome.stderr.hasPrefix("error: "))
        for offset in stride(from: 4096, to: bytes.count, by: 8192) { bytes[offset] ^= 0xFF }
        let flipped = triad.folder.appendingPathComponent("flipped.sqlite").path
        try bytes.write(to: URL(fileURLWithPath: flipped))
        let check = try triad.run(["db", "check", "--db", flipped])
        #expect(check.status == 65 && check.stderr.hasPrefix("error: "), "\(check.stderr)")
    }
}
