import Testing
import TriadCore

@Suite("Rules of a mission's phases and its renewal")
struct MissionPhaseRuleTests {
    func day(_ text: String) -> Day { try! Day(parsing: text) }

    func mission(_ phases: [MissionPhaseChange], closed: String? = nil) throws -> Mission {
        try Mission(
            acronym: "UNXX", name: "X", established: day("2020-03-01"), closed: closed.map(day), phases: phases)
    }

    @Test("nothing before the establishment; active from its day; a phase recorded that day stands")
    func establishment() throws {
        let plain = try mission([])
        #expect(plain.phase(on: day("2020-02-29")) == nil)
        #expect(plain.phaseChange(on: day("2020-03-01")) == MissionPhaseChange(phase: .active, from: day("2020-03-01")))
        let drawnDown = try mission([MissionPhaseChange(phase: .drawdown, from: day("2020-03-01"))])
        #expect(drawnDown.phase(on: day("2020-03-01")) == .drawdown)
        // A mission whose establishment is unknown is active from the beginning.
        #expect(try Mission(acronym: "UNYY", name: "Y").phase(on: day("1950-01-01")) == .active)
    }

    @Test("the latest phase on or before the day stands, whatever the order they were recorded in")
    func latest() throws {
        let unifil = try mission([
            MissionPhaseChange(phase: .withdrawal, from: day("2027-01-01")),
            MissionPhaseChange(phase: .drawdown, from: day("2025-08-28")),
        ])
        #expect(unifil.phase(on: day("2025-08-27")) == .active)
        #expect(unifil.phase(on: day("2025-08-28")) == .drawdown)
        #expect(unifil.phase(on: day("2026-12-31")) == .drawdown)
        #expect(unifil.phase(on: day("2027-01-01")) == .withdrawal)
    }

    @Test("closed after its last day, unless a phase recorded after that day says more")
    func closing() throws {
        let minusma = try mission(
            [MissionPhaseChange(phase: .withdrawal, from: day("2023-06-30"))], closed: "2023-12-31")
        #expect(minusma.phase(on: day("2023-12-31")) == .withdrawal)
        #expect(
            minusma.phaseChange(on: day("2024-01-01")) == MissionPhaseChange(phase: .closed, from: day("2024-01-01")))
        let liquidating = try mission(
            [
                MissionPhaseChange(phase: .withdrawal, from: day("2023-06-30")),
                MissionPhaseChange(phase: .liquidation, from: day("2024-01-01")),
            ], closed: "2023-12-31")
        #expect(liquidating.phase(on: day("2024-06-01")) == .liquidation)
    }

    @Test("a phase may begin on the establishment, not before it")
    func check() throws {
        let plain = try mission([])
        try plain.check(MissionPhaseChange(phase: .drawdown, from: day("2020-03-01")))
        #expect(
            throws: DomainError.phaseBeforeEstablishment(
                mission: "UNXX", phase: .drawdown, from: day("2020-02-29"), established: day("2020-03-01"))
        ) { try plain.check(MissionPhaseChange(phase: .drawdown, from: day("2020-02-29"))) }
        #expect(throws: DomainError.ownPredecessor(mission: "UNXX")) {
            try Mission(acronym: "unxx", name: "X", predecessor: "UNXX")
        }
    }

    @Test("only an active mission or one in drawdown has a renewal to consult on")
    func renewal() throws {
        #expect(MissionPhase.allCases.filter(\.expectsRenewal) == [.active, .drawdown])
        let mandate = try Mandate(
            uuid: "m", mission: "UNXX", resolution: ResolutionReference(number: 1, year: 2026),
            adopted: day("2026-01-01"),
            expires: day("2026-12-31"))
        let asOf = day("2026-12-30")
        #expect(
            ConsultationSchedule.standard.assess(mandate, meetings: [], asOf: asOf, phase: .drawdown).status == .overdue
        )
        #expect(
            ConsultationSchedule.standard.assess(mandate, meetings: [], asOf: asOf, phase: .withdrawal).status
                == .notApplicable)
        #expect(ConsultationSchedule.standard.assess(mandate, meetings: [], asOf: asOf).status == .overdue)
    }
}
