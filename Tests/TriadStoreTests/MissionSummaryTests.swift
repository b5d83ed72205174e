import Foundation
import Testing
import TriadCore
import TriadPostgres
import TriadSQLite
import TriadStore
import TriadTestSupport

/// The per-mission summaries of schema v0006 (actions and attendance by mission), kept by triggers.
@Suite("Mission summaries")
struct MissionSummaryTests {
    let day = StoreFixture.day
    let asOf = StoreFixture.day("2025-11-01")

    /// The summaries agree with what they derive from, and the figures read from them agree with the
    /// same figures counted from the actions and meetings themselves.
    func expectInStep(_ database: any RecordStore, _ step: String) throws {
        #expect(try database.health(quick: true).summaryRowsAmiss == 0, "after \(step)")
        for mission in ["MINUSCA", "MONUSCO"] {
            let all = try database.read { try $0.actions(ActionFilter(mission: mission, status: .all), asOf: asOf) }
            let counts = try database.read { try $0.actionStatusCounts(mission: mission, asOf: asOf) }
            let counted = ActionStatusCounts(
                open: all.count(where: { $0.status == .open }),
                inProgress: all.count(where: { $0.status == .inProgress }),
                overdue: all.count(where: { !$0.status.isClosed && ($0.due.map { $0 < asOf } ?? false) }),
                done: all.count(where: { $0.status == .done }), cancelled: all.count(where: { $0.status == .cancelled })
            )
            #expect(counts == counted, "\(mission) after \(step)")
            // Several missions at once (the renewals calendar), open actions only; a mission with no linked
            // action counts zero.
            let open = try database.read {
                try $0.actionStatusCounts(missions: [mission, "UNMISS"], asOf: asOf, openOnly: true)
            }
            var openCounted = counted
            (openCounted.done, openCounted.cancelled) = (0, 0)
            #expect(open[mission] == openCounted, "\(mission) after \(step)")
            #expect((open["UNMISS"] ?? ActionStatusCounts()) == ActionStatusCounts(), "after \(step)")
            for filter in [
                ActionFilter(mission: mission, status: .all), ActionFilter(mission: mission),
                ActionFilter(mission: mission, status: .overdue), ActionFilter(group: .secretariat, mission: mission),
            ] {
                #expect(
                    try database.read { try $0.actionCount(filter, asOf: asOf) }
                        == database.read { try $0.actions(filter, asOf: asOf) }.count,
                    "\(mission) after \(step)")
            }
            let meetings = try database.read { try $0.meetings(MeetingFilter(mission: mission)) }
            var last: [String: Day] = [:]
            for meeting in meetings where meeting.status == .held && meeting.start.day <= asOf {
                for attendee in try database.read { try $0.meetingDetail(meeting.id) }.attendees {
                    last[attendee.party] = max(last[attendee.party] ?? meeting.start.day, meeting.start.day)
                }
            }
            #expect(
                try database.read { try $0.lastAttendance(mission: mission, upTo: asOf) } == last,
                "\(mission) after \(step)")
        }
    }

    @Test(
        "the summaries follow meetings, attendance, actions, status changes, undo and bundle merges",
        arguments: Backend.allCases)
    func followEveryChange(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let database = fixture.database
        let first = try fixture.minusca()
        try expectInStep(database, "logging a meeting")
        let both = try database.logMeeting(
            MeetingDraft(
                kind: .secretariatBriefing, title: "Briefing on MINUSCA and MONUSCO",
                start: MeetingStart(day: day("2025-09-12")), status: .held, missions: ["MINUSCA", "MONUSCO"],
                attendees: [("DPO", nil), ("PAK", nil), ("FRA", nil)]))
        let planned = try database.logMeeting(
            MeetingDraft(
                kind: .tpccConsultation, title: "MONUSCO T/PCCs", start: MeetingStart(day: day("2025-10-20")),
                status: .scheduled, missions: ["MONUSCO"], attendees: [("IND", nil), ("DPO", nil)]))
        try expectInStep(database, "logging meetings of two missions, one not yet held")
        let fromMeeting = try database.addAction(
            try ActionDraft(title: "Share the force requirements", owner: "DPO", meeting: first, due: day("2025-10-25"))
        )
        let fromBoth = try database.addAction(
            try ActionDraft(title: "Brief the contributors", owner: "PAK", meeting: both, due: day("2025-12-01")))
        let direct = try database.addAction(
            try ActionDraft(title: "Draft the report", owner: "FRA", mission: "MONUSCO", due: day("2025-10-01")))
        let crossing = try database.addAction(
            try ActionDraft(title: "Compare mandates", owner: "DOS", meeting: first, mission: "MONUSCO"))
        let redundant = try database.addAction(
            try ActionDraft(title: "Same mission twice", owner: "DPO", meeting: first, mission: "MINUSCA"))
        try expectInStep(database, "adding actions through meetings, missions and both")
        try database.changeActionStatus(fromMeeting, to: .done, note: "Sent", asOf: asOf)
        try database.changeActionStatus(direct, to: .inProgress, note: nil, asOf: asOf)
        try database.changeActionStatus(crossing, to: .cancelled, note: "Overtaken", asOf: asOf)
        _ = try database.updateAction(fromBoth, try ActionUpdate(due: day("2025-10-02"), owner: "BGD"), asOf: asOf)
        try database.addNote("Asked again", to: redundant, asOf: asOf)
        try expectInStep(database, "status, owner and due date changes")
        _ = try database.attend(planned, parties: ["BGD", "PAK"], representative: nil)
        try expectInStep(database, "attendance at a meeting not yet held")
        _ = try database.setMeetingStatus(planned, to: .held)
        try expectInStep(database, "marking a meeting held")
        _ = try database.editMeeting(both, try MeetingEdit(start: MeetingStart(day: day("2025-09-14"))))
        let postponed = try database.logMeeting(
            MeetingDraft(
                kind: .wgpko, title: "Working Group", start: MeetingStart(day: day("2025-10-31")), status: .scheduled,
                missions: ["MINUSCA"], attendees: [("CHN", nil)]))
        _ = try database.setMeetingStatus(postponed, to: .cancelled, reason: "Postponed")
        try expectInStep(database, "moving a meeting, and cancelling one")
        #expect(try database.read { try $0.lastAttendance(mission: "MINUSCA", upTo: asOf) }["CHN"] == nil)
        #expect(try database.read { try $0.lastAttendance(mission: "MONUSCO", upTo: asOf) }["BGD"] == day("2025-10-20"))
        for _ in 1...5 { try database.undo() }
        try expectInStep(database, "undoing a cancellation, a meeting, a move, a status change and attendance")
        for _ in 1...6 { try database.undo() }
        try expectInStep(database, "undoing notes, updates and status changes")
        let later = try database.logMeeting(
            MeetingDraft(
                kind: .informal, title: "Informal exchange", start: MeetingStart(day: day("2025-10-28")), status: .held,
                missions: ["MONUSCO", "MINUSCA"], attendees: [("RWA", nil), ("CHN", nil)]))
        try database.addAction(try ActionDraft(title: "Follow up", owner: "RWA", meeting: later))
        try expectInStep(database, "logging a meeting of two missions with an action")
        for _ in 1...2 { try database.undo() }
        try expectInStep(database, "undoing that action and that meeting")

        let bundle = try database.read { try $0.exportBundle() }
        // The other office works a day later, so its changes win the merge.
        let copy = try backend.makeStore(
            context: ChangeContext(
                actor: "other office", commandLine: "triad test",
                now: Timestamp(millisecondsSince1970: StoreFixture.context.now.millisecondsSince1970 + 86_400_000)))
        _ = try copy.importBundle(bundle)
        try expectInStep(copy, "restoring a bundle into an empty database")
        _ = try copy.attend(both, parties: ["IND"], representative: nil)
        try copy.changeActionStatus(fromBoth, to: .done, note: "Done in the other office", asOf: asOf)
        _ = try database.importBundle(try copy.read { try $0.exportBundle() })
        try expectInStep(database, "merging another office's bundle")
        #expect(try database.read { try $0.lastAttendance(mission: "MONUSCO", upTo: asOf) }["IND"] == day("2025-09-12"))
        #expect(try database.read { try $0.action(fromBoth, asOf: asOf) }.status == .done)
    }

    @Test("a summary row another program changed is found by the check and rebuilt")
    func foundWhenAmiss() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("triad-summary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("triad.sqlite").path
        let database = try SQLiteStore.open(path: path, context: StoreFixture.context)
        let fixture = StoreFixture(database)
        let meeting = try fixture.minusca()
        try database.addAction(try ActionDraft(title: "Share requirements", owner: "DPO", meeting: meeting))
        #expect(try database.health().summaryRowsAmiss == 0)
        try SQLiteShell.run(
            path,
            """
            UPDATE missionAction SET status = 'done';
            DELETE FROM missionAttendance WHERE partyId = (SELECT id FROM party WHERE code = 'FRA');
            """)
        let reopened = try SQLiteStore.open(path: path, context: StoreFixture.context)
        let health = try reopened.health()
        #expect(health.summaryRowsAmiss == 3 && !health.isSound)
        #expect(try reopened.rebuildSummaries() == 3)
        #expect(try reopened.health().isSound)
        #expect(
            try reopened.read { try $0.lastAttendance(mission: "MINUSCA", upTo: StoreFixture.day("2025-11-01")) }["FRA"]
                != nil)
    }

    @Test("on PostgreSQL, summary rows changed through psql are found by the check and rebuilt")
    func foundWhenAmissOnServer() throws {
        let uri = try PostgresTemplate.newDatabase {
            _ = try PostgresStore.open(uri: $0, context: StoreFixture.context)
        }
        let database = try PostgresStore.open(uri: uri, context: StoreFixture.context)
        let meeting = try StoreFixture(database).minusca()
        try database.addAction(try ActionDraft(title: "Share requirements", owner: "DPO", meeting: meeting))
        #expect(try database.health().summaryRowsAmiss == 0)
        _ = try PostgresServer.query(
            uri,
            """
            UPDATE missionAction SET status = 'done';
            DELETE FROM missionAttendance WHERE partyId = (SELECT id FROM party WHERE code = 'FRA');
            """)
        let health = try database.health()
        #expect(health.summaryRowsAmiss == 3 && !health.isSound)
        #expect(try database.rebuildSummaries() == 3)
        #expect(try database.health().isSound)
        #expect(
            try database.read { try $0.lastAttendance(mission: "MINUSCA", upTo: StoreFixture.day("2025-11-01")) }["FRA"]
                != nil)
    }
}
