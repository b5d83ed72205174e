import Testing
import TriadCore
import TriadSQLite
import TriadStore
import TriadTestSupport

@Suite("Importing contributions")
struct ImportTests {
    let day = StoreFixture.day

    func line(_ number: Int, _ mission: String, _ party: String, _ date: String, troops: Int) -> ContributionImportInput
    {
        .line(
            ContributionLine(
                line: number, mission: mission, party: party, asOf: day(date), personnel: try! Personnel(troops: troops)
            ))
    }

    func run(
        _ database: any RecordStore, _ items: [ContributionImportInput], createMissing: Bool = false,
        dryRun: Bool = false
    ) throws -> ContributionImportSummary {
        var iterator = items.makeIterator()
        return try database.importContributions(
            next: { iterator.next() }, createMissing: createMissing, dryRun: dryRun, progress: { _ in })
    }

    @Test(
        "each (mission, day) is a snapshot: a contributor absent from a later one has departed",
        arguments: Backend.allCases)
    func departures(_ backend: Backend) throws {
        let database = try StoreFixture(backend).database
        let summary = try run(
            database,
            [
                line(2, "UNIFIL", "IDN", "2025-01-31", troops: 1200),
                line(3, "UNIFIL", "ITA", "2025-01-31", troops: 1000),
                line(4, "UNIFIL", "IDN", "2025-02-28", troops: 1150),
            ])
        #expect(summary.recordsWritten == 3 && summary.departuresRecorded == 1 && !summary.isRefused)
        #expect(
            try database.read { try $0.contributors(mission: "UNIFIL", on: day("2025-02-28")) }.map(
                \.contribution.party) == ["IDN"])
        #expect(
            try database.read { try $0.contributors(mission: "UNIFIL", on: day("2025-02-01")) }.map(
                \.contribution.party) == [
                    "IDN", "ITA",
                ])
        let again = try run(
            database,
            [
                line(2, "UNIFIL", "IDN", "2025-01-31", troops: 1200),
                line(3, "UNIFIL", "ITA", "2025-01-31", troops: 1000),
                line(4, "UNIFIL", "IDN", "2025-02-28", troops: 1150),
            ])
        #expect(again.recordsWritten == 0 && again.departuresRecorded == 0 && again.rowsUnchanged == 3)
        #expect(try database.read { try $0.history(limit: 10) }.count == 1)
    }

    @Test(
        "unknown parties or missions, or contradicting rows, import nothing and say where", arguments: Backend.allCases)
    func allOrNothing(_ backend: Backend) throws {
        let database = try StoreFixture(backend).database
        let summary = try run(
            database,
            [
                line(2, "UNIFIL", "IDN", "2025-01-31", troops: 1200), line(3, "UNIFIL", "XXX", "2025-01-31", troops: 5),
                line(4, "UNXYZ", "IND", "2009-11-30", troops: 4000),
                line(5, "UNIFIL", "IDN", "2025-01-31", troops: 1300),
                .problems([ImportProblem(kind: "negative number", detail: "of troops", line: 6)]),
            ])
        #expect(summary.isRefused && summary.rowsRead == 5)
        #expect(
            summary.problems.lines == [
                "negative number of troops: 1 row (line 6)", "unknown party 'XXX': 1 row (line 3)",
                "unknown mission (use --create-missing to add it) 'UNXYZ': 1 row (line 4)",
                "row contradicting line 2 for IDN in UNIFIL on 2025-01-31: 1 row (line 5)",
            ])
        #expect(try database.read { try $0.contributors(mission: "UNIFIL", on: day("2025-12-31")) }.isEmpty)
        #expect(try database.read { try $0.history(limit: 10) }.isEmpty)
    }

    @Test(
        "--create-missing adds a mission the catalogue does not know, without inventing its dates; a dry run writes nothing",
        arguments: Backend.allCases)
    func createMissing(_ backend: Backend) throws {
        let database = try StoreFixture(backend).database
        let rows = [
            line(2, "UNXYZ", "IND", "2009-11-30", troops: 4000), line(3, "UNXYZ", "IND", "2010-05-31", troops: 3800),
            line(4, "MONUC", "IND", "2010-05-31", troops: 3000),
        ]
        let dry = try run(database, rows, createMissing: true, dryRun: true)
        #expect(dry.missionsCreated == ["UNXYZ"] && dry.recordsWritten == 3 && dry.dryRun)
        #expect(!(try database.read { try $0.missions() }.contains { $0.acronym == "UNXYZ" }))
        _ = try run(database, rows, createMissing: true)
        let created = try database.read { try $0.mission("UNXYZ") }
        #expect(created.established == nil && created.closed == nil && created.name == "UNXYZ")
        #expect(created.type == .peacekeeping && created.phase(on: day("2010-01-01")) == .active)
        // A mission of the catalogue keeps the catalogue's dates.
        let monuc = try database.read { try $0.mission("MONUC") }
        #expect(monuc.established == day("1999-11-30") && monuc.closed == day("2010-06-30"))
    }

    @Test(
        "an imported record and a record set by hand share one identity, so two offices' copies merge",
        arguments: Backend.allCases)
    func stableIdentity(_ backend: Backend) throws {
        let database = try StoreFixture(backend).database
        _ = try run(database, [line(2, "UNIFIL", "IDN", "2025-01-31", troops: 1200)])
        let set = try database.setContribution(
            mission: "UNIFIL", party: "IDN", asOf: day("2025-01-31"), PersonnelChange(troops: 1250))
        #expect(set.uuid == StableUUID.contribution(mission: "UNIFIL", party: "IDN", asOf: day("2025-01-31")))
        #expect(StableUUID.make("x") == StableUUID.make("x") && StableUUID.make("x") != StableUUID.make("y"))
        #expect(StableUUID.make("x").count == 36 && Array(StableUUID.make("x"))[14] == "8")
    }
}
