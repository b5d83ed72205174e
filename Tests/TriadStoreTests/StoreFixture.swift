import Foundation
import TriadCore
import TriadSQLite
import TriadStore
import TriadTestSupport

/// A fresh database of one backend and helpers to fill it.
struct StoreFixture {
    let database: any RecordStore
    let backend: Backend

    init(_ backend: Backend = .sqlite) throws {
        self.backend = backend
        database = try backend.makeStore(context: StoreFixture.context)
    }

    /// Helpers for a database opened elsewhere.
    init(_ database: any RecordStore) {
        self.database = database
        backend = database is SQLiteStore ? .sqlite : .postgresql
    }

    /// Who the journal records as acting: the actor given on SQLite, the connecting role on PostgreSQL.
    var actor: String {
        backend == .sqlite ? StoreFixture.context.actor : PostgresServer.role
    }

    static let context = ChangeContext(
        actor: "tester", commandLine: "triad test", now: Timestamp(millisecondsSince1970: 1_761_991_200_000))

    static func day(_ text: String) -> Day { try! Day(parsing: text) }

    /// A row count of a table, read through the store's own history of changes when the table is not public.
    func historyCount() throws -> Int {
        try database.read { try $0.history(limit: 10_000) }.count
    }

    /// MINUSCA with mandate 2759 (2024), three contributors and a triangular consultation.
    func minusca() throws -> MeetingID {
        try database.addMandate(
            MandateDraft(
                mission: "MINUSCA", resolution: ResolutionReference(number: 2759, year: 2024),
                adopted: StoreFixture.day("2024-11-14"), expires: StoreFixture.day("2025-11-15"), troopCeiling: 14_400,
                policeCeiling: 3_020, penholders: ["FRA"], reportsDue: [StoreFixture.day("2025-10-15")]))
        for (code, troops) in [("RWA", 2150), ("PAK", 1240), ("BGD", 1350)] {
            try database.setContribution(
                mission: "MINUSCA", party: code, asOf: StoreFixture.day("2025-09-30"), PersonnelChange(troops: troops))
        }
        return try database.logMeeting(
            MeetingDraft(
                kind: .tpccConsultation, title: "Private meeting with MINUSCA T/PCCs",
                start: MeetingStart(day: StoreFixture.day("2025-10-30")), status: .held, missions: ["MINUSCA"],
                chair: "RUS", a4p: [.protection],
                attendees: [("FRA", "Amb."), ("PAK", nil), ("RWA", nil), ("BGD", nil), ("DPO", nil), ("CAF", nil)]))
    }
}
