import Foundation
import Testing
import TriadCore
import TriadStore

@Suite("Database files")
struct FileTests {
    func temporaryPath() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("triad-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("nested/triad.sqlite").path
    }

    @Test("a new file is created readable by its owner only, and reopens with its data")
    func createAndReopen() throws {
        let path = try temporaryPath()
        let first = try TriadDatabase.open(path: path, context: StoreFixture.context)
        try first.addParty(try Party(code: "XKX", name: "Kosovo", kind: .organization))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let again = try TriadDatabase.open(path: path, context: StoreFixture.context)
        #expect(try again.schemaVersion() == "v0004_undo")
        #expect(
            try again.parties(kind: .organization, on: StoreFixture.day("2025-01-01")).contains { $0.code == "XKX" })
    }

    @Test("a file that is not SQLite is refused and left as it was")
    func notSQLite() throws {
        let path = try temporaryPath()
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("meeting notes, not a database\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) {
            try TriadDatabase.open(path: path, context: StoreFixture.context)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "meeting notes, not a database\n")
    }

    @Test("a database of another program is refused untouched")
    func foreign() throws {
        let path = try temporaryPath()
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try SQLiteShell.run(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.foreignDatabase(path: path)) {
            try TriadDatabase.open(path: path, context: StoreFixture.context)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a database from a newer triad is refused untouched")
    func newer() throws {
        let path = try temporaryPath()
        _ = try TriadDatabase.open(path: path, context: StoreFixture.context)
        try SQLiteShell.run(path, "INSERT INTO grdb_migrations VALUES ('v9999_future');")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["v9999_future"])) {
            try TriadDatabase.open(path: path, context: StoreFixture.context)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("the schema passes SQLite's own integrity and foreign key checks after use")
    func integrity() throws {
        let path = try temporaryPath()
        let database = try TriadDatabase.open(path: path, context: StoreFixture.context)
        try database.setContribution(
            mission: "UNIFIL", party: "IDN", asOf: StoreFixture.day("2025-01-31"), PersonnelChange(troops: 1200))
        #expect(try SQLiteShell.run(path, "PRAGMA integrity_check; PRAGMA foreign_key_check;") == "ok\n")
    }
}
