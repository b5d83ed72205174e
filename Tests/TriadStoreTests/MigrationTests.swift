import Foundation
import Testing
import TriadCore
import TriadSchema
import TriadSQLite
import TriadStore

@Suite("Schema migrations")
struct MigrationTests {
    /// Each landed migration's length and FNV-1a hash. A migration is never edited once landed: a change
    /// to the schema is a new file. If this test fails, put the file back and add a migration instead.
    static let frozen: [String: (bytes: Int, hash: UInt64)] = [
        "v0001_initial": (9739, 10_740_894_505_374_408_578),
        "v0002_reference_data": (25553, 15_527_870_628_050_226_340),
        "v0003_change_journal": (27211, 13_834_876_676_967_801_338),
        "v0004_undo": (654, 11_977_695_943_103_039_748),
        "v0005_closed_action_indexes": (392, 9_812_810_232_151_075_007),
        "v0006_mission_links": (7047, 3_220_361_036_898_181_542),
        "v0007_area_order": (594, 12_118_231_544_999_738_263),
        "v0009_bodies": (2335, 16_408_934_977_217_732_647),
        "v0008_council_history": (16703, 16_826_895_803_803_678_710),
        "v0010_personnel_by_type": (12791, 1_145_507_645_780_048_802),
        "v0012_classification": (11369, 17_720_314_661_273_436_907),
        "v0013_positions": (5945, 9_457_688_400_942_297_557),
        "v0011_mission_catalogue": (23162, 7_532_144_377_245_406_062),
    ]

    /// The same for the PostgreSQL schema's own migrations.
    static let frozenPostgres: [String: (bytes: Int, hash: UInt64)] = [
        "p0001_initial": (10946, 6_936_583_460_098_240_295),
        "p0002_reference_data": (26290, 5_359_064_384_500_102_994),
        "p0003_byte_order": (932, 11_996_371_534_130_983_998),
        "p0004_change_journal": (32989, 11_966_478_374_946_358_985),
        "p0005_mission_links": (5928, 2_727_964_471_130_076_126),
        "p0007_bodies": (1778, 9_188_684_567_431_594_588),
        "p0006_council_history": (16002, 15_983_179_447_714_897_541),
        "p0008_personnel_by_type": (11822, 7_659_740_354_804_344_613),
        "p0010_classification": (10573, 1_441_026_037_834_234_137),
        "p0011_clearances": (7691, 4_474_767_830_594_935_276),
        "p0012_positions": (9158, 11_205_494_777_149_878_718),
        "p0009_mission_catalogue": (18770, 8_540_941_928_149_124_817),
    ]

    static func fingerprint(_ sql: String) -> (bytes: Int, hash: UInt64) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in sql.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return (sql.utf8.count, hash)
    }

    @Test("landed migrations are unchanged")
    func frozenMigrations() {
        for migration in SchemaMigration.all {
            guard let frozen = MigrationTests.frozen[migration.identifier] else {
                Issue.record("\(migration.identifier) has no frozen fingerprint; add it once the migration lands")
                continue
            }
            let now = MigrationTests.fingerprint(migration.sql)
            #expect(now.bytes == frozen.bytes && now.hash == frozen.hash, "\(migration.identifier) was edited: \(now)")
        }
    }

    @Test("landed PostgreSQL migrations are unchanged")
    func frozenPostgresMigrations() {
        for migration in PostgresMigration.all {
            guard let frozen = MigrationTests.frozenPostgres[migration.identifier] else {
                Issue.record("\(migration.identifier) has no frozen fingerprint; add it once the migration lands")
                continue
            }
            let now = MigrationTests.fingerprint(migration.sql)
            #expect(now.bytes == frozen.bytes && now.hash == frozen.hash, "\(migration.identifier) was edited: \(now)")
        }
    }

    @Test("a database of an earlier schema, with data, is upgraded with nothing lost, after a backup beside it")
    func upgrade() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("triad-upgrade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("old.sqlite").path
        // The database as the first three migrations left it, with a mandate, a meeting and an action.
        var script = "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);\n"
        for migration in SchemaMigration.all.prefix(3) {
            script += migration.sql + "\nINSERT INTO grdb_migrations VALUES ('\(migration.identifier)');\n"
        }
        script += """
            INSERT INTO journalCommand (uuid, at, actor, commandLine, summary) VALUES ('c1', '2025-10-30T12:00:00.000Z', 'desk', 'triad …', 'old data');
            INSERT INTO mandate (uuid, missionId, resolutionNumber, resolutionYear, adoptedOn, expiresOn, createdAt, updatedAt)
              SELECT 'm1', id, 2759, 2024, '2024-11-14', '2025-11-15', '2024-11-15T00:00:00.000Z', '2024-11-15T00:00:00.000Z' FROM mission WHERE acronym = 'MINUSCA';
            INSERT INTO meeting (uuid, kind, title, meetingDay, startsAt, status, createdAt, updatedAt)
              VALUES ('g1', 'tpcc-consultation', 'Old consultation', '2025-10-30', '2025-10-30', 'held', '2025-10-30T12:00:00.000Z', '2025-10-30T12:00:00.000Z');
            INSERT INTO meetingMission (meetingId, missionId, position) SELECT 1, id, 1 FROM mission WHERE acronym = 'MINUSCA';
            INSERT INTO attendance (meetingId, partyId) SELECT 1, id FROM party WHERE code = 'FRA';
            INSERT INTO actionItem (uuid, title, ownerPartyId, meetingId, dueOn, status, createdAt, updatedAt)
              SELECT 'a1', 'Old action', id, 1, '2025-11-05', 'open', '2025-10-30T12:00:00.000Z', '2025-10-30T12:00:00.000Z' FROM party WHERE code = 'DPO';
            PRAGMA journal_mode = WAL;
            """
        try SQLiteShell.run(path, script)
        let database = try SQLiteStore.open(path: path, context: StoreFixture.context)
        #expect(try database.schemaVersion() == SchemaMigration.all.last?.identifier)
        let backup = try #require(database.upgradeBackup)
        #expect(backup.hasPrefix(path + ".before-v0003_change_journal-"))
        #expect(try SQLiteShell.run(backup, "SELECT count(*) FROM grdb_migrations") == "3\n")
        #expect((try FileManager.default.attributesOfItem(atPath: backup)[.posixPermissions] as? Int) == 0o600)
        #expect(try database.read { try $0.meetings(MeetingFilter()) }.map(\.title) == ["Old consultation"])
        #expect(
            try database.read { try $0.action(ActionID(rawValue: 1), asOf: StoreFixture.day("2025-11-10")) }.daysOverdue
                == 5)
        #expect(
            try database.read { try $0.mandate(ResolutionReference(number: 2759, year: 2024)) }.expires
                == StoreFixture.day("2025-11-15"))
        #expect(try database.read { try $0.history(limit: 5) }.map(\.summary) == ["old data"])
        // The Councils seeded by v0008 are reference data, not part of the latest command: its changes are the
        // rows it wrote, and undoing it would not take the seats away.
        let old = try database.read { try $0.history(limit: 5) }
        #expect(old.map(\.changes) == [5])
        #expect(try database.read { try $0.councilMembers(on: StoreFixture.day("2011-06-01")) }.count == 15)
        #expect(try database.health().isSound)
        // v0011 widened the meeting formats in place: the upgraded file takes an Arria-formula meeting at once,
        // still refuses an unknown format, and holds the catalogue.
        try database.logMeeting(
            MeetingDraft(
                kind: .arria, title: "After the upgrade", start: MeetingStart(day: StoreFixture.day("2025-11-01")),
                status: .held))
        #expect(throws: (any Error).self) {
            try SQLiteShell.run(
                path,
                """
                INSERT INTO meeting (uuid, kind, title, meetingDay, startsAt, status, createdAt, updatedAt)
                VALUES ('x', 'bogus', 't', 'd', 's', 'held', 'c', 'u');
                """)
        }
        #expect(try SQLiteShell.run(path, "SELECT count(*) FROM meeting WHERE kind = 'arria'") == "1\n")
        #expect(try database.read { try $0.mission("UNAMID") }.closed == StoreFixture.day("2020-12-31"))
        // v0012 gave the old private meeting its default level, and its action the meeting's.
        #expect(
            try database.read { try $0.meetingDetail(MeetingID(rawValue: 1)) }.meeting.classification == .confidential)
        #expect(
            try database.read { try $0.action(ActionID(rawValue: 1), asOf: StoreFixture.day("2025-11-10")) }
                .classification == RecordClassification(.confidential, isOwn: false))
        #expect(try SQLiteShell.run(path, "PRAGMA integrity_check") == "ok\n")
        // The mission summaries (v0006) are filled from the data already there.
        let asOf = StoreFixture.day("2025-11-10")
        #expect(
            try database.read { try $0.actionStatusCounts(mission: "MINUSCA", asOf: asOf) }
                == ActionStatusCounts(open: 1, overdue: 1))
        #expect(
            try database.read { try $0.lastAttendance(mission: "MINUSCA", upTo: asOf) } == [
                "FRA": StoreFixture.day("2025-10-30")
            ])
        let reopened = try SQLiteStore.open(path: path, context: StoreFixture.context)
        #expect(reopened.upgradeBackup == nil)
    }
}
