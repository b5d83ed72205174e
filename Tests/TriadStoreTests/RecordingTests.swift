import Testing
import TriadCore
import TriadSQLite
import TriadStore
import TriadTestSupport

@Suite("Recording the triangle")
struct RecordingTests {
    let day = StoreFixture.day

    @Test(
        "a meeting's attendees get their groups on the meeting day, and the meeting is triangular",
        arguments: Backend.allCases)
    func groupsPresent(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let meeting = try fixture.minusca()
        let detail = try fixture.database.read { try $0.meetingDetail(meeting) }
        let groups = Dictionary(uniqueKeysWithValues: detail.attendees.map { ($0.party, $0.groups) })
        #expect(groups["FRA"] == [.council])
        #expect(groups["PAK"] == [.council, .contributors])
        #expect(groups["RWA"] == [.contributors])
        #expect(groups["DPO"] == [.secretariat])
        #expect(groups["CAF"] == [.partners])
        #expect(detail.groupsPresent == [.council, .contributors, .secretariat, .partners])
        #expect(detail.isTriangular)
        #expect(detail.meeting.mandate?.description == "2759 (2024)")
        #expect(detail.attendees.first { $0.party == "FRA" }?.representative == "Amb.")
    }

    @Test("without the Secretariat a meeting is not triangular", arguments: Backend.allCases)
    func notTriangular(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        _ = try fixture.minusca()
        let id = try fixture.database.logMeeting(
            MeetingDraft(
                kind: .informal, title: "Penholder outreach", start: MeetingStart(day: day("2025-11-05")),
                status: .held, missions: ["MINUSCA"], attendees: [("FRA", nil), ("RWA", nil)]))
        let detail = try fixture.database.read { try $0.meetingDetail(id) }
        #expect(detail.groupsPresent == [.council, .contributors] && !detail.isTriangular)
    }

    @Test(
        "a contributor whose latest record is zero has left: no longer in the contributors group",
        arguments: Backend.allCases)
    func departure(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        _ = try fixture.minusca()
        try fixture.database.setContribution(
            mission: "MINUSCA", party: "BGD", asOf: day("2025-10-15"), PersonnelChange(troops: 0))
        let before = try fixture.database.read { try $0.contributors(mission: "MINUSCA", on: day("2025-10-01")) }
        let after = try fixture.database.read { try $0.contributors(mission: "MINUSCA", on: day("2025-10-20")) }
        #expect(before.map(\.contribution.party) == ["RWA", "BGD", "PAK"])
        #expect(after.map(\.contribution.party) == ["RWA", "PAK"])
        #expect(try fixture.database.read { try $0.contributors(mission: "MINUSCA", on: day("2025-01-01")) }.isEmpty)
        let contributors = try fixture.database.read {
            try $0.parties(kind: nil, group: .contributors, on: day("2025-10-20"), mission: "MINUSCA")
        }
        #expect(contributors.map(\.code) == ["PAK", "RWA"])
    }

    @Test("contribution set keeps the types it is not given for the same day", arguments: Backend.allCases)
    func partialUpdate(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.database.setContribution(
            mission: "UNIFIL", party: "FRA", asOf: day("2025-01-31"), PersonnelChange(troops: 600, staffOfficers: 20))
        let updated = try fixture.database.setContribution(
            mission: "UNIFIL", party: "FRA", asOf: day("2025-01-31"), PersonnelChange(police: 5))
        #expect(updated.personnel == (try Personnel(troops: 600, staffOfficers: 20, police: 5)))
        let next = try fixture.database.setContribution(
            mission: "UNIFIL", party: "FRA", asOf: day("2025-02-28"), PersonnelChange(troops: 610))
        #expect(next.personnel.total == 610)
    }

    @Test("mandates: supersedes, in force, expiring within", arguments: Backend.allCases)
    func mandates(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        _ = try fixture.minusca()
        let renewal = try fixture.database.addMandate(
            MandateDraft(
                mission: "minusca", resolution: ResolutionReference(number: 2800, year: 2025),
                adopted: day("2025-11-13"),
                expires: day("2026-11-15"), troopCeiling: 14_046, penholders: ["fra"]))
        #expect(renewal.supersedes?.description == "2759 (2024)")
        #expect(renewal.penholders == ["FRA"])
        #expect(
            try fixture.database.read { try $0.mandateInForce(mission: "MINUSCA", on: day("2025-11-12")) }.resolution
                .number == 2759)
        #expect(
            try fixture.database.read { try $0.mandateInForce(mission: "MINUSCA", on: day("2025-11-13")) }.resolution
                .number == 2800)
        #expect(
            try fixture.database.read { try $0.mandates(mission: nil, expiringWithin: 30, asOf: day("2025-11-01")) }
                .map(\.resolution.number) == [
                    2759
                ])
        #expect(
            try fixture.database.read { try $0.mandates(mission: nil, expiringWithin: 30, asOf: day("2025-11-14")) }
                .isEmpty)
        #expect(throws: StoreError.noMandateInForce(mission: "MINUSCA", on: day("2020-01-01"))) {
            try fixture.database.read { try $0.mandateInForce(mission: "MINUSCA", on: day("2020-01-01")) }
        }
    }

    @Test("actions: overdue, by mission through the meeting, by group, and their notes", arguments: Backend.allCases)
    func actions(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let meeting = try fixture.minusca()
        let late = try fixture.database.addAction(
            try ActionDraft(title: "Share requirements", owner: "DPO", meeting: meeting, due: day("2025-10-25")))
        let soon = try fixture.database.addAction(
            try ActionDraft(title: "Draft elements", owner: "FRA", meeting: meeting, due: day("2025-11-05")))
        let other = try fixture.database.addAction(
            try ActionDraft(title: "UNIFIL item", owner: "FRA", mission: "UNIFIL", due: day("2025-10-01")))
        let asOf = day("2025-11-01")
        let overdue = try fixture.database.read { try $0.actions(ActionFilter(status: .overdue), asOf: asOf) }
        #expect(overdue.map(\.id) == [other, late])
        #expect(overdue.first { $0.id == late }?.daysOverdue == 7)
        let minusca = try fixture.database.read { try $0.actions(ActionFilter(mission: "MINUSCA"), asOf: asOf) }
        #expect(minusca.map(\.id) == [late, soon])
        // Its missions say what the filter and the reports count it for: through its meeting, or its own.
        #expect(minusca.allSatisfy { $0.mission == nil && $0.missions == ["MINUSCA"] })
        #expect(try fixture.database.read { try $0.action(other, asOf: asOf) }.missions == ["UNIFIL"])
        let both = try fixture.database.addAction(
            try ActionDraft(title: "Both", owner: "FRA", meeting: meeting, mission: "UNIFIL"))
        #expect(try fixture.database.read { try $0.action(both, asOf: asOf) }.missions == ["UNIFIL", "MINUSCA"])
        #expect(
            try fixture.database.read { try $0.actions(ActionFilter(mission: "UNIFIL"), asOf: asOf) }.map(\.id)
                == [other, both])
        try fixture.database.undo()
        #expect(
            try fixture.database.read { try $0.actions(ActionFilter(group: .secretariat), asOf: asOf) }.map(\.id) == [
                late
            ])
        #expect(
            try fixture.database.read { try $0.actions(ActionFilter(dueWithin: 7), asOf: asOf) }.map(\.id) == [soon])
        let done = try fixture.database.changeActionStatus(late, to: .done, note: "Sent", asOf: asOf)
        #expect(done.status == .done && done.closedAt != nil && !done.isOverdue)
        #expect(done.notes.map(\.text) == ["Sent"] && done.notes[0].actor == fixture.actor)
        #expect(
            try fixture.database.read { try $0.actions(ActionFilter(status: .overdue), asOf: asOf) }.map(\.id) == [
                other
            ])
        #expect(throws: DomainError.illegalActionTransition(action: late.description, from: .done, to: .done)) {
            try fixture.database.changeActionStatus(late, to: .done, note: nil, asOf: asOf)
        }
        let reopened = try fixture.database.changeActionStatus(late, to: .open, note: nil, asOf: asOf)
        #expect(reopened.status == .open && reopened.closedAt == nil)
        let owned = try fixture.database.updateAction(
            soon, try ActionUpdate(owner: "DPO", priority: .urgent, note: "Moved"), asOf: asOf)
        #expect(owned.owner == "DPO" && owned.ownerGroups == [.secretariat] && owned.priority == .urgent)
    }

    @Test("a meeting is held or cancelled only from scheduled", arguments: Backend.allCases)
    func meetingStatus(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let id = try fixture.database.logMeeting(
            MeetingDraft(
                kind: .informal, title: "Outreach", start: MeetingStart(day: day("2025-11-05")), status: .scheduled))
        #expect(
            try fixture.database.setMeetingStatus(id, to: .cancelled, reason: "Overtaken").meeting.cancelReason
                == "Overtaken")
        #expect(throws: DomainError.self) { try fixture.database.setMeetingStatus(id, to: .held) }
    }

    @Test("a failing command changes nothing and leaves no journal entry", arguments: Backend.allCases)
    func atomic(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let meeting = try fixture.minusca()
        let before = try fixture.historyCount()
        #expect(throws: StoreError.unknownParty("RWD", suggestion: PartyReference(party: "RWA", name: "Rwanda"))) {
            try fixture.database.logMeeting(
                MeetingDraft(
                    kind: .informal, title: "x", start: MeetingStart(day: day("2025-11-05")), status: .held,
                    attendees: [("FRA", nil), ("RWD", nil)]))
        }
        #expect(throws: StoreError.unknownMeeting(MeetingID(rawValue: 99))) {
            try fixture.database.attend(MeetingID(rawValue: 99), parties: ["FRA"], representative: nil)
        }
        #expect(try fixture.historyCount() == before)
        #expect(try fixture.database.read { try $0.meetings(MeetingFilter()) }.map(\.id) == [meeting])
    }

    @Test("every change is journaled with its command, actor and row count", arguments: Backend.allCases)
    func journal(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        _ = try fixture.minusca()
        let history = try fixture.database.read { try $0.history(limit: 100) }
        #expect(
            history.map(\.summary) == [
                "logged meeting M-1", "set BGD in MINUSCA as of 2025-09-30 to 1350",
                "set PAK in MINUSCA as of 2025-09-30 to 1240",
                "set RWA in MINUSCA as of 2025-09-30 to 2150", "added mandate 2759 (2024) for MINUSCA",
            ])
        #expect(history.allSatisfy { $0.actor == fixture.actor && $0.commandLine == "triad test" && $0.changes > 0 })
        #expect(history[0].changes == 9)
        #expect(try fixture.database.read { try $0.history(limit: 2) }.count == 2)
    }

    @Test("duplicates and overlaps are refused with a pointer to the existing record", arguments: Backend.allCases)
    func duplicates(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: StoreError.duplicateParty("RWA")) {
            try fixture.database.addParty(try Party(code: "rwa", name: "R", kind: .state))
        }
        #expect(throws: StoreError.duplicateMission("MINUSCA")) {
            try fixture.database.addMission(try Mission(acronym: "minusca", name: "M"))
        }
        #expect(throws: StoreError.overlappingSeat(party: "PAK", from: day("2025-01-01"), to: day("2026-12-31"))) {
            try fixture.database.seatOnCouncil("PAK", from: day("2026-06-01"), to: nil, permanent: false)
        }
        let seat = try fixture.database.seatOnCouncil(
            "IND", from: day("2028-01-01"), to: day("2029-12-31"), permanent: false)
        #expect(seat.name == "India")
        #expect(
            try fixture.database.read { try $0.councilMembers(on: day("2028-06-01")) }.contains { $0.party == "IND" })
    }
}
