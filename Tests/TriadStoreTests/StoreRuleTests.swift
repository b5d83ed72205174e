import Testing
import TriadCore
import TriadSQLite
import TriadStore
import TriadTestSupport

/// The rules the store applies in SQL, each at its edges: a day before, on, and after the day that
/// changes the answer, and every way a record can fall outside. Each rule is asked through every read that
/// applies it, so a rule changed in one place and not another fails here.
@Suite("Rules the store applies")
struct StoreRuleTests {
    let day = StoreFixture.day

    /// Groups of `code` on `day`, as `party list` (over every mission) and `party show` see them.
    func groups(_ store: any RecordStore, _ code: String, on day: Day, mission: String? = nil) throws
        -> [StakeholderGroup]
    {
        try store.read { reader in
            let listed =
                try reader.parties(kind: nil, group: nil, on: day, mission: mission)
                .first { $0.code == code }?.groups ?? []
            if mission == nil { #expect(try reader.party(code, on: day).groups == listed) }
            return listed
        }
    }

    @Test(
        "a Council seat counts from its first day to its last, both included; a permanent one has no end",
        arguments: Backend.allCases)
    func councilSeat(_ backend: Backend) throws {
        let store = try StoreFixture(backend).database
        try store.seatOnCouncil("IND", from: day("2028-01-01"), to: day("2029-12-31"), permanent: false)
        #expect(try groups(store, "IND", on: day("2027-12-31")) == [.partners])
        #expect(try groups(store, "IND", on: day("2028-01-01")) == [.council])
        #expect(try groups(store, "IND", on: day("2029-12-31")) == [.council])
        #expect(try groups(store, "IND", on: day("2030-01-01")) == [.partners])
        #expect(try groups(store, "FRA", on: day("2099-01-01")) == [.council])
        let members = try store.read { try $0.councilMembers(on: day("2028-01-01")) }.map(\.party)
        #expect(members.contains("IND") && members.contains("FRA") && !members.contains("PAK"))
        #expect(try store.read { try $0.councilMembers(on: day("2029-12-31")) }.map(\.party).contains("IND"))
        #expect(!(try store.read { try $0.councilMembers(on: day("2030-01-01")) }.map(\.party).contains("IND")))
    }

    @Test(
        "a contributor is one whose latest record on or before the day has anyone deployed", arguments: Backend.allCases
    )
    func contributorOnADay(_ backend: Backend) throws {
        let store = try StoreFixture(backend).database
        try store.setContribution(
            mission: "UNIFIL", party: "GHA", asOf: day("2025-03-31"), PersonnelChange(troops: 800))
        try store.setContribution(mission: "UNIFIL", party: "GHA", asOf: day("2025-06-30"), PersonnelChange(troops: 0))
        try store.setContribution(mission: "UNIFIL", party: "GHA", asOf: day("2025-09-30"), PersonnelChange(police: 4))
        try store.setContribution(
            mission: "UNIFIL", party: "IRL", asOf: day("2025-03-31"), PersonnelChange(troops: 300))
        func ranked(_ on: Day) throws -> [String] {
            try store.read { try $0.contributors(mission: "UNIFIL", on: on) }.map(\.contribution.party)
        }
        #expect(try ranked(day("2025-03-30")) == [])
        #expect(try ranked(day("2025-03-31")) == ["GHA", "IRL"])
        #expect(try ranked(day("2025-06-29")) == ["GHA", "IRL"])
        #expect(try ranked(day("2025-06-30")) == ["IRL"], "a latest record of zero: the party has left")
        #expect(try ranked(day("2025-09-30")) == ["IRL", "GHA"], "back, with four police")
        for (on, expected) in [
            ("2025-03-30", [StakeholderGroup.partners]), ("2025-03-31", [.contributors]),
            ("2025-06-30", [.partners]), ("2025-09-30", [.contributors]),
        ] {
            #expect(try groups(store, "GHA", on: day(on), mission: "UNIFIL") == expected, "\(on)")
            #expect(try groups(store, "GHA", on: day(on)) == expected, "\(on), any mission")
        }
        #expect(try groups(store, "GHA", on: day("2025-04-01"), mission: "MINUSCA") == [.partners])
        let shares = try store.read { try $0.contributors(mission: "UNIFIL", on: day("2025-04-01")) }.map(\.share)
        #expect(shares == [800.0 / 1_100, 300.0 / 1_100])
    }

    @Test("an attendee's groups are those of the meeting day, for the meeting's missions", arguments: Backend.allCases)
    func attendeeGroups(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.database
        _ = try fixture.minusca()
        try store.setContribution(
            mission: "UNIFIL", party: "GHA", asOf: day("2025-10-01"), PersonnelChange(troops: 800))
        try store.setContribution(mission: "MINUSCA", party: "BGD", asOf: day("2025-10-15"), PersonnelChange(troops: 0))
        func attendees(_ date: String, missions: [String]) throws -> [String: [StakeholderGroup]] {
            let id = try store.logMeeting(
                MeetingDraft(
                    kind: .informal, title: "Outreach", start: MeetingStart(day: day(date)), status: .held,
                    missions: missions, attendees: [("GHA", nil), ("BGD", nil), ("PAK", nil), ("DPO", nil)]))
            let detail = try store.read { try $0.meetingDetail(id) }
            return Dictionary(uniqueKeysWithValues: detail.attendees.map { ($0.party, $0.groups) })
        }
        let minusca = try attendees("2025-10-14", missions: ["MINUSCA"])
        #expect(minusca["GHA"] == [.partners], "contributes elsewhere, not to the meeting's mission")
        #expect(minusca["BGD"] == [.contributors] && minusca["PAK"] == [.council, .contributors])
        #expect(minusca["DPO"] == [.secretariat])
        #expect(try attendees("2025-10-15", missions: ["MINUSCA"])["BGD"] == [.partners], "left that day")
        let both = try attendees("2025-10-14", missions: ["MINUSCA", "UNIFIL"])
        #expect(both["GHA"] == [.contributors] && both["BGD"] == [.contributors])
        let none = try attendees("2025-10-14", missions: [])
        #expect(none["GHA"] == [.partners], "a meeting of no mission: no one contributes to it")
    }

    @Test(
        "an action's owner has its groups of the as-of day, over the action's missions or any",
        arguments: Backend.allCases)
    func ownerGroups(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.database
        let meeting = try fixture.minusca()
        try store.setContribution(
            mission: "UNIFIL", party: "GHA", asOf: day("2025-10-01"), PersonnelChange(troops: 800))
        let viaMeeting = try store.addAction(try ActionDraft(title: "a", owner: "GHA", meeting: meeting))
        let viaMission = try store.addAction(try ActionDraft(title: "b", owner: "GHA", mission: "UNIFIL"))
        let loose = try store.addAction(try ActionDraft(title: "c", owner: "GHA"))
        func groups(_ id: ActionID, on: String) throws -> [StakeholderGroup] {
            try store.read { try $0.action(id, asOf: day(on)) }.ownerGroups
        }
        #expect(try groups(viaMeeting, on: "2025-10-02") == [.partners])
        #expect(try groups(viaMission, on: "2025-10-02") == [.contributors])
        #expect(try groups(viaMission, on: "2025-09-30") == [.partners])
        #expect(try groups(loose, on: "2025-10-02") == [.contributors])
        let byGroup = try store.read {
            try $0.actions(ActionFilter(group: .contributors), asOf: day("2025-10-02"))
        }.map(\.id)
        #expect(byGroup == [viaMission, loose])
        #expect(try store.read { try $0.actionCount(ActionFilter(group: .contributors), asOf: day("2025-10-02")) } == 2)
    }

    @Test(
        "overdue: open or in progress, due before the as-of day; the same in lists, counts and by owner",
        arguments: Backend.allCases)
    func overdue(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.database
        let meeting = try fixture.minusca()
        let asOf = day("2025-11-01")
        func add(_ title: String, due: String?, owner: String = "DPO") throws -> ActionID {
            try store.addAction(try ActionDraft(title: title, owner: owner, meeting: meeting, due: due.map(day)))
        }
        let yesterday = try add("due yesterday", due: "2025-10-31")
        let today = try add("due today", due: "2025-11-01")
        let longAgo = try add("in progress, long overdue", due: "2025-09-01", owner: "FRA")
        try store.updateAction(longAgo, try ActionUpdate(status: .inProgress), asOf: asOf)
        let done = try add("done late", due: "2025-09-01")
        try store.changeActionStatus(done, to: .done, note: nil, asOf: asOf)
        let cancelled = try add("cancelled", due: "2025-09-01")
        try store.changeActionStatus(cancelled, to: .cancelled, note: nil, asOf: asOf)
        _ = try add("undated", due: nil)
        try store.read { reader in
            let all = try reader.actions(ActionFilter(status: .all), asOf: asOf)
            let overdue = all.filter(\.isOverdue).map(\.id)
            #expect(Set(overdue) == [yesterday, longAgo])
            #expect(all.first { $0.id == yesterday }?.daysOverdue == 1)
            #expect(all.first { $0.id == today }?.isOverdue == false)
            #expect(try reader.actions(ActionFilter(status: .overdue), asOf: asOf).map(\.id) == [longAgo, yesterday])
            #expect(try reader.actionCount(ActionFilter(status: .overdue), asOf: asOf) == 2)
            let counts = try reader.actionStatusCounts(mission: "MINUSCA", asOf: asOf)
            #expect(counts == ActionStatusCounts(open: 3, inProgress: 1, overdue: 2, done: 1, cancelled: 1))
            let byOwner = try reader.actionCountsByOwner(mission: "MINUSCA", asOf: asOf)
            #expect(
                byOwner == [
                    "DPO": OwnedActionCounts(open: 3, overdue: 1), "FRA": OwnedActionCounts(open: 1, overdue: 1),
                ])
            #expect(try reader.actions(ActionFilter(), asOf: asOf).count == 4, "open ones: open or in progress")
            let dueSoon = try reader.actions(ActionFilter(dueWithin: 0), asOf: asOf).map(\.id)
            #expect(dueSoon == [today], "due within zero days: today only")
        }
    }

    @Test(
        "the mandate in force is the latest adopted on or before the day, for reads, meetings and renewals",
        arguments: Backend.allCases)
    func mandateInForce(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.database
        _ = try fixture.minusca()
        try store.addMandate(
            MandateDraft(
                mission: "MINUSCA", resolution: ResolutionReference(number: 2800, year: 2025),
                adopted: day("2025-11-13"), expires: day("2026-11-15")))
        func meeting(on date: String) throws -> ResolutionReference? {
            let id = try store.logMeeting(
                MeetingDraft(
                    kind: .informal, title: "x", start: MeetingStart(day: day(date)), status: .held,
                    missions: ["MINUSCA"]))
            return try store.read { try $0.meetingDetail(id) }.meeting.mandate
        }
        for (date, expected) in [("2024-11-13", nil), ("2024-11-14", 2759), ("2025-11-12", 2759), ("2025-11-13", 2800)]
        {
            #expect(try meeting(on: date)?.number == expected, "meeting on \(date)")
            #expect(try store.read { try $0.mandate(mission: "MINUSCA", on: day(date)) }?.resolution.number == expected)
        }
        let listed = try store.read { try $0.meetings(MeetingFilter(mission: "MINUSCA")) }
        #expect(listed.map { $0.mandate?.number } == [nil, 2759, 2759, 2759, 2800])
        let renewals = { (on: String) in
            try store.read { try $0.mandates(mission: nil, expiringWithin: 30, asOf: day(on)) }.map(\.resolution.number)
        }
        #expect(try renewals("2025-11-12") == [2759])
        #expect(try renewals("2025-11-13") == [], "the renewal is in force, and expires in a year")
        #expect(
            try store.read { try $0.mandate(try ResolutionReference(number: 2800, year: 2025)) }.supersedes?.number
                == 2759)
    }

    @Test("the last consultation: a held T/PCC consultation of the mission, up to the day", arguments: Backend.allCases)
    func lastConsultation(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.database
        _ = try fixture.minusca()
        func log(_ kind: MeetingKind, _ date: String, _ status: MeetingStatus, mission: String = "MINUSCA") throws {
            try store.logMeeting(
                MeetingDraft(
                    kind: kind, title: "x", start: MeetingStart(day: day(date)), status: status, missions: [mission],
                    attendees: [("RWA", nil)]))
        }
        try log(.tpccConsultation, "2025-11-10", .scheduled)
        try log(.informal, "2025-11-05", .held)
        try log(.tpccConsultation, "2025-11-06", .held, mission: "UNIFIL")
        let scheduledThenCancelled = try store.logMeeting(
            MeetingDraft(
                kind: .tpccConsultation, title: "y", start: MeetingStart(day: day("2025-11-07")), status: .scheduled,
                missions: ["MINUSCA"]))
        try store.setMeetingStatus(scheduledThenCancelled, to: .cancelled)
        try log(.tpccConsultation, "2025-11-20", .held)
        func last(_ on: String) throws -> Day? {
            try store.read { try $0.lastConsultations(missions: ["MINUSCA", "UNIFIL"], upTo: day(on)) }["MINUSCA"]
        }
        #expect(try last("2025-10-29") == nil)
        #expect(try last("2025-10-30") == day("2025-10-30"))
        #expect(
            try last("2025-11-19") == day("2025-10-30"),
            "scheduled, cancelled, informal and other missions' do not count")
        #expect(try last("2025-11-20") == day("2025-11-20"))
        #expect(
            try store.read { try $0.lastConsultations(missions: ["UNIFIL"], upTo: day("2025-11-06")) } == [
                "UNIFIL": day("2025-11-06")
            ])
    }

    @Test(
        "consulted: present at a held meeting of the mission, up to the day; counted in a period with its ends",
        arguments: Backend.allCases)
    func consulted(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.database
        _ = try fixture.minusca()
        let scheduled = try store.logMeeting(
            MeetingDraft(
                kind: .informal, title: "later", start: MeetingStart(day: day("2025-11-05")), status: .scheduled,
                missions: ["MINUSCA"], attendees: [("EGY", nil), ("RWA", nil)]))
        try store.logMeeting(
            MeetingDraft(
                kind: .informal, title: "elsewhere", start: MeetingStart(day: day("2025-10-31")), status: .held,
                missions: ["UNIFIL"], attendees: [("EGY", nil)]))
        try store.read { reader in
            let last = try reader.lastAttendance(mission: "MINUSCA", upTo: day("2025-11-30"))
            #expect(last["RWA"] == day("2025-10-30") && last["EGY"] == nil, "a scheduled meeting is no consultation")
            #expect(try reader.lastAttendance(mission: "MINUSCA", upTo: day("2025-10-29"))["RWA"] == nil)
            #expect(try reader.lastAttendance(mission: "MINUSCA", upTo: day("2025-10-30"))["RWA"] == day("2025-10-30"))
            #expect(
                try reader.attendanceCounts(mission: "MINUSCA", from: day("2025-10-30"), to: day("2025-10-30"))["RWA"]
                    == 1)
            #expect(
                try reader.attendanceCounts(mission: "MINUSCA", from: day("2025-10-31"), to: day("2025-12-31"))["RWA"]
                    == nil)
        }
        try store.setMeetingStatus(scheduled, to: .held)
        #expect(
            try store.read { try $0.lastAttendance(mission: "MINUSCA", upTo: day("2025-11-30")) }["EGY"]
                == day("2025-11-05"), "held: now it counts")
    }
}
