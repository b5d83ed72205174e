import Foundation
import Testing
import TriadCore
import TriadSQLite
import TriadStore
import TriadTestSupport

@Suite("Reference data seeded on creation")
struct ReferenceDataTests {
    @Test(
        "193 member states, 2 observers, 10 Secretariat entities, 10 organizations and the 5 bodies of DOMAIN.md",
        arguments: Backend.allCases)
    func parties(_ backend: Backend) throws {
        let database = try StoreFixture(backend).database
        let parties = try database.read { try $0.parties(on: StoreFixture.day("2025-06-01")) }
        #expect(parties.filter { $0.kind == .state }.count == 195)
        #expect(
            parties.filter { $0.kind == .secretariat }.map(\.code).sorted()
                == ["DMSPC", "DOS", "DPO", "DPPA", "DSS", "EOSG", "OLA", "OMA", "OROLSI", "UNPOL"])
        #expect(parties.filter { $0.kind == .organization }.count == 15)
        #expect(
            Set(["PBC", "ACABQ", "C34", "EAC", "ICGLR"]).isSubset(
                of: parties.filter { $0.kind == .organization && $0.groups == [.partners] }.map(\.code)))
        #expect(parties.contains { $0.code == "TUR" && $0.name == "Türkiye" })
        #expect(parties.contains { $0.code == "VAT" && $0.name == "Holy See" })
        #expect(parties.contains { $0.code == "BOL" && $0.name == "Bolivia (Plurinational State of)" })
    }

    @Test(
        "the Council has the 15 members of each year",
        arguments: Backend.allCases,
        [
            // Held out (DOMAIN.md) and checked by hand against the General Assembly's elections.
            ("2000-06-01", "ARG BGD CAN JAM MLI MYS NAM NLD TUN UKR"),
            ("2011-06-01", "BIH BRA COL DEU GAB IND LBN NGA PRT ZAF"),
            ("2017-06-01", "BOL EGY ETH ITA JPN KAZ SEN SWE UKR URY"),
            ("2018-06-01", "BOL CIV ETH GNQ KAZ KWT NLD PER POL SWE"),
            ("2023-06-01", "ALB ARE BRA CHE ECU GAB GHA JPN MLT MOZ"),
            ("2024-06-01", "CHE DZA ECU GUY JPN KOR MLT MOZ SLE SVN"),
            ("2025-06-01", "DNK DZA GRC GUY KOR PAK PAN SLE SOM SVN"),
            ("2026-06-01", "BHR COD COL DNK GRC LBR LVA PAK PAN SOM"),
            ("2027-06-01", "AUT BHR COD COL KGZ LBR LVA PRT TTO ZWE"),
        ])
    func council(_ backend: Backend, _ year: (day: String, elected: String)) throws {
        let (day, elected) = year
        let members = try StoreFixture(backend).database.read { try $0.councilMembers(on: StoreFixture.day(day)) }
        #expect(members.count == 15)
        #expect(members.filter(\.permanent).map(\.party) == ["CHN", "FRA", "GBR", "RUS", "USA"])
        #expect(
            members.filter { !$0.permanent }.map(\.party).sorted() == elected.split(separator: " ").map(String.init))
    }

    @Test(
        "every month from 2000 to 2027 has a President: a member that month, next in the English alphabetical order",
        arguments: Backend.allCases)
    func presidency(_ backend: Backend) throws {
        let database = try StoreFixture(backend).database
        let presidencies = try database.read {
            try $0.councilPresidencies(from: StoreFixture.day("1990-01-01"), to: StoreFixture.day("2030-12-31"))
        }
        #expect(presidencies.count == 28 * 12)
        #expect(presidencies.first?.month == "2000-01" && presidencies.last?.month == "2027-12")
        // Rule 18: each month the presidency passes to the member whose English name comes next among that
        // month's members, wrapping round; the names are the UN's, accents aside.
        let names = Dictionary(
            uniqueKeysWithValues: try database.read { try $0.parties(on: StoreFixture.day("2025-01-01")) }.map {
                ($0.code, $0.name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil))
            })
        var previous: String?
        for presidency in presidencies {
            let members = try database.read { try $0.councilMembers(on: presidency.from) }.map(\.party)
                .sorted { names[$0, default: $0] < names[$1, default: $1] }
            #expect(members.contains(presidency.party), "\(presidency.month): \(presidency.party) is not a member")
            if let previous {
                let next =
                    members.first { names[$0, default: $0] > names[previous, default: previous] } ?? members[0]
                #expect(presidency.party == next, "\(presidency.month): \(presidency.party), not \(next)")
            }
            previous = presidency.party
        }
        // The months DOMAIN.md names.
        let president = { (day: String) in try database.read { try $0.councilPresident(on: StoreFixture.day(day)) } }
        #expect(try president("2024-07-15")?.party == "RUS")
        #expect(try president("2025-04-01")?.party == "FRA")
        #expect(try president("2025-10-31")?.party == "RUS")
        #expect(try president("1999-12-31") == nil)
    }

    @Test("the 12 missions of DOMAIN.md among the catalogue's 75, MINUSMA closed", arguments: Backend.allCases)
    func missions(_ backend: Backend) throws {
        let database = try StoreFixture(backend).database
        let missions = try database.read { try $0.missions() }
        #expect(missions.count == 75)
        // The 11 operations of DOMAIN.md's table that are still deployed, and UNAMA and UNAMI.
        let active = try database.read { try $0.missions(activeOn: StoreFixture.day("2025-01-01")) }
        #expect(
            active.map(\.acronym) == [
                "MINURSO", "MINUSCA", "MONUSCO", "UNAMA", "UNAMI", "UNDOF", "UNFICYP", "UNIFIL", "UNISFA", "UNMIK",
                "UNMISS", "UNMOGIP", "UNTSO",
            ])
        #expect(missions.first { $0.acronym == "MINUSMA" }?.closed == StoreFixture.day("2023-12-31"))
        #expect(missions.first { $0.acronym == "UNMOGIP" }?.hosts == ["IND", "PAK"])
        #expect(missions.first { $0.acronym == "MINURSO" }?.territory == "Western Sahara")
    }

    @Test("seeding is not journaled: a new database has no history", arguments: Backend.allCases)
    func noHistory(_ backend: Backend) throws {
        #expect(try StoreFixture(backend).historyCount() == 0)
    }
}
