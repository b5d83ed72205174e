import Testing
import TriadCore
import TriadSQLite
import TriadStore
import TriadTestSupport

@Suite("Reference data seeded on creation")
struct ReferenceDataTests {
    @Test("193 member states, 2 observers, 10 Secretariat entities, 10 organizations", arguments: Backend.allCases)
    func parties(_ backend: Backend) throws {
        let database = try StoreFixture(backend).database
        let parties = try database.read { try $0.parties(on: StoreFixture.day("2025-06-01")) }
        #expect(parties.filter { $0.kind == .state }.count == 195)
        #expect(
            parties.filter { $0.kind == .secretariat }.map(\.code).sorted()
                == ["DMSPC", "DOS", "DPO", "DPPA", "DSS", "EOSG", "OLA", "OMA", "OROLSI", "UNPOL"])
        #expect(parties.filter { $0.kind == .organization }.count == 10)
        #expect(parties.contains { $0.code == "TUR" && $0.name == "Türkiye" })
        #expect(parties.contains { $0.code == "VAT" && $0.name == "Holy See" })
        #expect(parties.contains { $0.code == "BOL" && $0.name == "Bolivia (Plurinational State of)" })
    }

    @Test(
        "the Council has the 15 members of each year",
        arguments: Backend.allCases,
        [
            ("2024-06-01", "CHE DZA ECU GUY JPN KOR MLT MOZ SLE SVN"),
            ("2025-06-01", "DNK DZA GRC GUY KOR PAK PAN SLE SOM SVN"),
            ("2026-06-01", "BHR COD COL DNK GRC LBR LVA PAK PAN SOM"),
        ])
    func council(_ backend: Backend, _ year: (day: String, elected: String)) throws {
        let (day, elected) = year
        let members = try StoreFixture(backend).database.read { try $0.councilMembers(on: StoreFixture.day(day)) }
        #expect(members.count == 15)
        #expect(members.filter(\.permanent).map(\.party) == ["CHN", "FRA", "GBR", "RUS", "USA"])
        #expect(
            members.filter { !$0.permanent }.map(\.party).sorted() == elected.split(separator: " ").map(String.init))
    }

    @Test("the 12 missions of DOMAIN.md, MINUSMA closed", arguments: Backend.allCases)
    func missions(_ backend: Backend) throws {
        let database = try StoreFixture(backend).database
        let missions = try database.read { try $0.missions() }
        #expect(missions.count == 12)
        #expect(try database.read { try $0.missions(activeOn: StoreFixture.day("2025-01-01")) }.count == 11)
        #expect(missions.first { $0.acronym == "UNMOGIP" }?.hosts == ["IND", "PAK"])
        #expect(missions.first { $0.acronym == "MINURSO" }?.territory == "Western Sahara")
    }

    @Test("seeding is not journaled: a new database has no history", arguments: Backend.allCases)
    func noHistory(_ backend: Backend) throws {
        #expect(try StoreFixture(backend).historyCount() == 0)
    }
}
