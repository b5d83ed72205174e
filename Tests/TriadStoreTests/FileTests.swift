import Foundation
import Testing
import TriadCore
import TriadSchema
import TriadSQLite
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
        let first = try SQLiteStore.open(path: path, context: StoreFixture.context)
        try first.addParty(try Party(code: "XKX", name: "Kosovo", kind: .organization))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let again = try SQLiteStore.open(path: path, context: StoreFixture.context)
        #expect(try again.schemaVersion() == SchemaMigration.all.last?.identifier)
        #expect(
            try again.read {
                try $0.parties(kind: .organization, group: nil, on: StoreFixture.day("2025-01-01"), mission: nil)
            }.contains { $0.code == "XKX" })
    }

    @Test("a file that is not SQLite is refused and left as it was")
    func notSQLite() throws {
        let path = try temporaryPath()
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("meeting notes, not a database\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) {
            try SQLiteStore.open(path: path, context: StoreFixture.context)
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
            try SQLiteStore.open(path: path, context: StoreFixture.context)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a database from a newer triad is refused untouched")
    func newer() throws {
        let path = try temporaryPath()
        _ = try SQLiteStore.open(path: path, context: StoreFixture.context)
        try SQLiteShell.run(path, "INSERT INTO grdb_migrations VALUES ('v9999_future');")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["v9999_future"])) {
            try SQLiteStore.open(path: path, context: StoreFixture.context)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("the schema passes SQLite's own integrity and foreign key checks after use")
    func integrity() throws {
        let path = try temporaryPath()
        let database = try SQLiteStore.open(path: path, context: StoreFixture.context)
        try database.setContribution(
            mission: "UNIFIL", party: "IDN", asOf: StoreFixture.day("2025-01-31"), PersonnelChange(troops: 1200))
        #expect(try SQLiteShell.run(path, "PRAGMA integrity_check; PRAGMA foreign_key_check;") == "ok\n")
    }

    @Test("a command that only reads leaves the lock file alone; one that writes records the file's new state")
    func lockFileWrittenOnlyAfterChanges() throws {
        let path = try temporaryPath()
        let lockPath = path + ".lock"
        do {
            let database = try SQLiteStore.open(path: path, context: StoreFixture.context)
            try database.addParty(try Party(code: "XKX", name: "Kosovo", kind: .organization))
        }
        let recorded = try String(contentsOfFile: lockPath, encoding: .utf8)
        #expect(recorded.hasPrefix("triad-file-state-1 "))
        // Dated in the past, so that any rewrite of the lock file would show in its modification time.
        let past = Date(timeIntervalSince1970: 946_684_800)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: lockPath)
        do {
            let reader = try SQLiteStore.open(path: path, context: StoreFixture.context)
            #expect(!reader.checkedOnOpening)
            #expect(
                try reader.read {
                    try $0.parties(kind: .organization, group: nil, on: StoreFixture.day("2025-01-01"), mission: nil)
                }.contains { $0.code == "XKX" })
        }
        let afterRead = try FileManager.default.attributesOfItem(atPath: lockPath)[.modificationDate] as? Date
        #expect(afterRead == past)
        #expect(try String(contentsOfFile: lockPath, encoding: .utf8) == recorded)
        do {
            let writer = try SQLiteStore.open(path: path, context: StoreFixture.context)
            try writer.addParty(try Party(code: "XKY", name: "Elsewhere", kind: .organization))
        }
        #expect(try String(contentsOfFile: lockPath, encoding: .utf8) != recorded)
        let reopened = try SQLiteStore.open(path: path, context: StoreFixture.context)
        #expect(!reopened.checkedOnOpening)
    }

    @Test("pages are checked only when the file is not as triad left it, and a damaged page refuses the opening")
    func pagesCheckedAfterOutsideChange() throws {
        let path = try temporaryPath()
        do {
            let database = try SQLiteStore.open(path: path, context: StoreFixture.context)
            try database.addParty(try Party(code: "XKX", name: "Kosovo", kind: .organization))
        }
        do {
            let unchanged = try SQLiteStore.open(path: path, context: StoreFixture.context)
            #expect(!unchanged.checkedOnOpening)
        }
        // Another program rewrote the file (here it only restored the same bytes).
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.write(to: URL(fileURLWithPath: path))
        do {
            let touched = try SQLiteStore.open(path: path, context: StoreFixture.context)
            #expect(touched.checkedOnOpening)
        }
        do {
            let checkedOnce = try SQLiteStore.open(path: path, context: StoreFixture.context)
            #expect(!checkedOnce.checkedOnOpening)
        }
        // A zeroed page of the party table, which no write below would read.
        let pageSize = 4096
        let page = try Int(
            SQLiteShell.run(path, "SELECT rootpage FROM sqlite_master WHERE name = 'party'")
                .trimmingCharacters(in: .whitespacesAndNewlines))
        var damaged = try Data(contentsOf: URL(fileURLWithPath: path))
        let rootPage = try #require(page)
        damaged.replaceSubrange((rootPage - 1) * pageSize..<rootPage * pageSize, with: Data(count: pageSize))
        try damaged.write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try SQLiteStore.open(path: path, context: StoreFixture.context)
        } throws: { error in
            guard case StoreError.damaged(_, let detail) = error else { return false }
            return detail == "page \(rootPage) fails SQLite's check"
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == damaged)
    }
}
