import Testing
import TriadCore
import TriadStore
import TriadTestSupport

/// The mission catalogue, the links between missions, their phases and the new meeting formats, on both
/// backends.
@Suite("Mission catalogue, phases and meeting formats")
struct MissionCatalogueTests {
    let day = StoreFixture.day

    func mission(_ acronym: String, in fixture: StoreFixture) throws -> Mission {
        try fixture.database.read { try $0.mission(acronym) }
    }

    @Test(
        "the catalogue: every operation since 1948, the political missions, one date convention",
        arguments: Backend.allCases)
    func catalogue(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let missions = try fixture.database.read { try $0.missions() }
        #expect(missions.count(where: { $0.type == .peacekeeping }) == 70)
        #expect(
            missions.filter { $0.type == .political }.map(\.acronym) == ["BINUB", "BNUB", "UNAMA", "UNAMI", "UNMIN"])
        // The dates the resolutions give: UNAMID's res. 1769 (2007) to its end on 31 December 2020.
        let unamid = try mission("UNAMID", in: fixture)
        #expect((unamid.established, unamid.closed) == (day("2007-07-31"), day("2020-12-31")))
        #expect(unamid.hosts == ["SDN"] && unamid.territory == "Darfur")
        let unama = try mission("unama", in: fixture)
        #expect(unama.type == .political && unama.closed == nil && unama.phase(on: day("2026-12-05")) == .active)
        // MONUSCO's and UNMISS's establishing resolutions, not the day they took over.
        #expect(try mission("MONUSCO", in: fixture).established == day("2010-05-28"))
        #expect(try mission("UNMISS", in: fixture).established == day("2011-07-08"))
        // Every mission of the real statistics is in the catalogue.
        for acronym in [
            "BINUB", "BNUB", "MINURCAT", "MINURSO", "MINUSMA", "MINUSTAH", "MONUC", "MONUSCO", "UNAMA", "UNAMI",
            "UNAMID", "UNDOF", "UNFICYP", "UNIFIL", "UNISFA", "UNMIK", "UNMIL", "UNMIN", "UNMIS", "UNMISS", "UNMIT",
            "UNMOGIP", "UNOCI", "UNSMIS", "UNTSO",
        ] {
            #expect(missions.contains { $0.acronym == acronym }, "\(acronym)")
        }
        #expect(missions.allSatisfy { $0.established != nil })
        #expect(missions.allSatisfy { mission in mission.closed.map { $0 >= mission.established! } ?? true })
    }

    @Test("predecessors and successors", arguments: Backend.allCases)
    func links(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let monusco = try mission("MONUSCO", in: fixture)
        let monuc = try mission("MONUC", in: fixture)
        #expect(monusco.predecessor == "MONUC" && monuc.successor == "MONUSCO" && monuc.predecessor == nil)
        #expect(try mission("MINUSTAH", in: fixture).successor == "MINUJUSTH")
        #expect(try mission("BNUB", in: fixture).predecessor == "BINUB")
        // A user's mission names its predecessor; one unknown, or itself, is refused and nothing is written.
        let history = try fixture.historyCount()
        #expect(throws: (any Error).self) {
            try fixture.database.addMission(try Mission(acronym: "UNXX", name: "X", predecessor: "NOPE"))
        }
        #expect(throws: DomainError.ownPredecessor(mission: "UNXX")) {
            try Mission(acronym: "UNXX", name: "X", predecessor: "unxx")
        }
        #expect(try fixture.historyCount() == history)
        let added = try fixture.database.addMission(
            try Mission(
                acronym: "UNXX", name: "X", established: day("2027-01-01"), type: .political, predecessor: "UNIFIL"))
        #expect(added.predecessor == "UNIFIL" && added.type == .political)
        #expect(try mission("UNIFIL", in: fixture).successor == "UNXX")
    }

    @Test(
        "phases: seeded from the resolutions, recorded, replaced for a day, refused before the establishment, undone",
        arguments: Backend.allCases)
    func phases(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let unifil = try mission("UNIFIL", in: fixture)
        #expect(
            unifil.phases == [
                MissionPhaseChange(phase: .drawdown, from: day("2025-08-28"), source: "S/RES/2790 (2025)")
            ])
        #expect(unifil.phase(on: day("2025-08-27")) == .active && unifil.phase(on: day("2025-08-28")) == .drawdown)
        // MINUSMA withdrew from res. 2690 (2023) and is closed after its last day.
        let minusma = try mission("MINUSMA", in: fixture)
        #expect(minusma.phase(on: day("2023-12-31")) == .withdrawal && minusma.phase(on: day("2024-01-01")) == .closed)
        #expect(minusma.phase(on: day("2013-04-24")) == nil)

        let history = try fixture.historyCount()
        #expect(
            throws: DomainError.phaseBeforeEstablishment(
                mission: "MINUSCA", phase: .drawdown, from: day("2014-01-01"), established: day("2014-04-10"))
        ) {
            try fixture.database.setMissionPhase(
                "MINUSCA", MissionPhaseChange(phase: .drawdown, from: day("2014-01-01")))
        }
        #expect(throws: StoreError.self) {
            try fixture.database.setMissionPhase("NOPE", MissionPhaseChange(phase: .drawdown, from: day("2024-01-01")))
        }
        #expect(try fixture.historyCount() == history)

        try fixture.database.setMissionPhase(
            "UNIFIL", MissionPhaseChange(phase: .withdrawal, from: day("2027-01-01"), source: "S/RES/2790 (2025)"))
        try fixture.database.setMissionPhase("UNIFIL", MissionPhaseChange(phase: .liquidation, from: day("2027-01-01")))
        let changed = try mission("UNIFIL", in: fixture)
        #expect(changed.phases.map(\.phase) == [.drawdown, .liquidation])
        #expect(
            changed.phase(on: day("2026-12-31")) == .drawdown && changed.phase(on: day("2027-01-01")) == .liquidation)
        try fixture.database.undo()
        try fixture.database.undo()
        #expect(try mission("UNIFIL", in: fixture) == unifil)
    }

    @Test("phases and links go across a bundle to the other backend", arguments: Backend.allCases)
    func bundles(_ backend: Backend) throws {
        let source = try StoreFixture(.sqlite)
        try source.database.addMission(
            try Mission(acronym: "UNZZ", name: "Earlier", established: day("2020-01-01"), type: .political))
        // Its successor sorts before it, so the merge must write the predecessor first.
        try source.database.addMission(
            try Mission(acronym: "UNXY", name: "Later", established: day("2027-01-01"), predecessor: "UNZZ"))
        try source.database.setMissionPhase("UNZZ", MissionPhaseChange(phase: .drawdown, from: day("2026-06-30")))
        try source.database.setMissionPhase("UNIFIL", MissionPhaseChange(phase: .withdrawal, from: day("2027-01-01")))
        let bundle = try source.database.read { try $0.exportBundle() }
        let target = try StoreFixture(backend)
        #expect(try target.database.importBundle(bundle).restored)
        for acronym in ["UNZZ", "UNXY", "UNIFIL"] {
            #expect(try mission(acronym, in: target) == (try mission(acronym, in: source)), "\(acronym)")
        }
    }

    @Test("the formats beyond res. 1353's: logged, listed, undone", arguments: Backend.allCases)
    func meetingFormats(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let kinds: [MeetingKind] = [.forceCommanders, .policeCommanders, .scAUPSC, .arria, .interactiveDialogue]
        for (index, kind) in kinds.enumerated() {
            try fixture.database.logMeeting(
                MeetingDraft(
                    kind: kind, title: "Meeting \(index)",
                    start: MeetingStart(day: day("2025-10-0\(index + 1)")), status: .held))
        }
        for kind in kinds {
            #expect(try fixture.database.read { try $0.meetings(MeetingFilter(kind: kind)) }.map(\.kind) == [kind])
        }
        try fixture.database.undo()
        #expect(try fixture.database.read { try $0.meetings(MeetingFilter(kind: .interactiveDialogue)) }.isEmpty)
    }
}
