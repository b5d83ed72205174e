import Testing
import TriadCore
import TriadStore
import TriadTestSupport

/// Women per personnel type, ceilings by type and the parity targets, on both backends.
@Suite("Personnel by type: women, ceilings, parity targets")
struct PersonnelByTypeTests {
    let day = StoreFixture.day

    func womenOf(_ party: String, in fixture: StoreFixture, on text: String) throws -> Personnel? {
        try fixture.database.read { try $0.contributors(mission: "MINUSCA", on: day(text)) }
            .first { $0.contribution.party == party }?.contribution.women
    }

    @Test(
        "women are kept per type, kept when not given, refused above the type's total, undone",
        arguments: Backend.allCases)
    func women(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        _ = try fixture.minusca()
        let set = try fixture.database.setContribution(
            mission: "MINUSCA", party: "RWA", asOf: day("2025-10-31"),
            PersonnelChange(troops: 2_000, staffOfficers: 40, women: [.troops: 150, .staffOfficers: 9]))
        #expect(set.women == (try Personnel(troops: 150, staffOfficers: 9)))
        // A later change of the troops alone keeps the women recorded that day.
        try fixture.database.setContribution(
            mission: "MINUSCA", party: "RWA", asOf: day("2025-10-31"), PersonnelChange(troops: 2_100))
        #expect(try womenOf("RWA", in: fixture, on: "2025-11-01") == (try Personnel(troops: 150, staffOfficers: 9)))

        let history = try fixture.historyCount()
        #expect(throws: DomainError.moreWomenThanPersonnel(type: "troops", women: 2_101, personnel: 2_100)) {
            try fixture.database.setContribution(
                mission: "MINUSCA", party: "RWA", asOf: day("2025-10-31"), PersonnelChange(women: [.troops: 2_101]))
        }
        #expect(throws: DomainError.moreWomenThanPersonnel(type: "staff officers", women: 9, personnel: 5)) {
            try fixture.database.setContribution(
                mission: "MINUSCA", party: "RWA", asOf: day("2025-10-31"), PersonnelChange(staffOfficers: 5))
        }
        #expect(try fixture.historyCount() == history)

        try fixture.database.setContribution(
            mission: "MINUSCA", party: "RWA", asOf: day("2025-10-31"), PersonnelChange(women: [.troops: 300]))
        #expect(try womenOf("RWA", in: fixture, on: "2025-11-01")?.troops == 300)
        try fixture.database.undo()
        #expect(try womenOf("RWA", in: fixture, on: "2025-11-01")?.troops == 150)
    }

    @Test("a mandate keeps each ceiling it sets; a negative one is refused", arguments: Backend.allCases)
    func ceilings(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let ceilings = try TypeCeilings(observersAndStaff: 600, individualPolice: 443, formedPolice: 1_270)
        try fixture.database.addMandate(
            MandateDraft(
                mission: "MONUSCO", resolution: ResolutionReference(number: 2808, year: 2025),
                adopted: day("2025-12-19"),
                expires: day("2026-12-20"), troopCeiling: 11_500, ceilings: ceilings))
        let held = try fixture.database.read { try $0.mandate(ResolutionReference(number: 2808, year: 2025)) }
        #expect(held.ceilings == ceilings && held.ceiling(of: .militaryContingents) == 11_500)
        #expect(held.ceiling(of: .justiceAndCorrections) == nil)
        #expect(throws: DomainError.negativeNumber(field: "the corrections ceiling", value: -1)) {
            try TypeCeilings(corrections: -1)
        }
    }

    @Test("women and ceilings go across a bundle to the other backend and merge", arguments: Backend.allCases)
    func bundles(_ backend: Backend) throws {
        let source = try StoreFixture(.sqlite)
        _ = try source.minusca()
        try source.database.addMandate(
            MandateDraft(
                mission: "MINUSCA", resolution: ResolutionReference(number: 2800, year: 2025),
                adopted: day("2025-11-13"),
                expires: day("2026-11-15"), troopCeiling: 14_046,
                ceilings: try TypeCeilings(corrections: 108)))
        try source.database.setContribution(
            mission: "MINUSCA", party: "PAK", asOf: day("2025-09-30"), PersonnelChange(women: [.troops: 61]))
        let bundle = try source.database.read { try $0.exportBundle() }
        let target = try StoreFixture(backend)
        #expect(try target.database.importBundle(bundle).restored)
        #expect(try womenOf("PAK", in: target, on: "2025-10-01")?.troops == 61)
        #expect(
            try target.database.read { try $0.mandate(ResolutionReference(number: 2800, year: 2025)) }.ceilings
                .corrections == 108)

        // A later edit of the women alone is a change a merge takes.
        var theirs = bundle
        let index = try #require(theirs.contributions.firstIndex { $0.party == "PAK" })
        theirs.contributions[index].women = try Personnel(troops: 70)
        theirs.contributions[index].updatedAt = Timestamp(millisecondsSince1970: 1_800_000_000_000)
        let merged = try target.database.importBundle(theirs)
        #expect(
            merged.updated == 1 && merged.conflicts.first?.contains("took the bundle's version") == true, "\(merged)")
        #expect(try womenOf("PAK", in: target, on: "2025-10-01")?.troops == 70)
        // A bundle whose women exceed the personnel is refused.
        theirs.contributions[index].women = try Personnel(troops: 5_000)
        theirs.contributions[index].updatedAt = Timestamp(millisecondsSince1970: 1_900_000_000_000)
        #expect(throws: (any Error).self) { try target.database.importBundle(theirs) }
        #expect(try womenOf("PAK", in: target, on: "2025-10-01")?.troops == 70)
    }

    @Test(
        "parity targets: the seeded ones with their sources, corrected by a user, undone", arguments: Backend.allCases)
    func parityTargets(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let seeded = try fixture.database.read { try $0.parityTargets(year: 2025) }
        #expect(seeded.map(\.category) == [.formedPolice, .militaryContingents, .observersAndStaff])
        #expect(seeded.map(\.perMille) == [150, 120, 220] && seeded.allSatisfy { $0.source.contains("SIPRI") })
        try fixture.database.setParityTarget(
            try ParityTarget(year: 2025, category: .militaryContingents, perMille: 125, source: "a correction"))
        try fixture.database.setParityTarget(
            try ParityTarget(year: 2026, category: .individualPolice, perMille: 295, source: "UGPS"))
        #expect(
            try fixture.database.read { try $0.parityTargets(year: 2025) }.first {
                $0.category == .militaryContingents
            }?
            .perMille == 125)
        #expect(try fixture.database.read { try $0.parityTargets(year: 2026) }.map(\.perMille) == [295])
        try fixture.database.undo()
        try fixture.database.undo()
        #expect(try fixture.database.read { try $0.parityTargets(year: 2025) } == seeded)
        #expect(try fixture.database.read { try $0.parityTargets(year: 2026) }.isEmpty)
        #expect(try fixture.database.read { try $0.parityTargets(year: nil) }.count == 9)
    }
}
