import Testing
import TriadCore
import TriadSQLite
import TriadStore
import TriadTestSupport

@Suite("Undo")
struct UndoTests {
    let day = StoreFixture.day

    @Test(
        "undo reverses the last command, one command at a time, many rows at once, and is journaled",
        arguments: Backend.allCases)
    func reverses(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let meeting = try fixture.minusca()
        let action = try fixture.database.addAction(
            try ActionDraft(title: "Share requirements", owner: "DPO", meeting: meeting, due: day("2025-10-25")))
        try fixture.database.changeActionStatus(action, to: .done, note: "Sent", asOf: day("2025-11-01"))
        #expect(try fixture.database.undo().summary == "marked action A-1 done")
        let reopened = try fixture.database.read { try $0.action(action, asOf: day("2025-11-01")) }
        #expect(reopened.status == .open && reopened.notes.isEmpty && reopened.closedAt == nil)
        #expect(try fixture.database.undo().summary == "added action A-1")
        #expect(throws: StoreError.unknownAction(action)) {
            try fixture.database.read { try $0.action(action, asOf: day("2025-11-01")) }
        }
        let logged = try fixture.database.undo()
        #expect(logged.summary == "logged meeting M-1" && logged.changes == 9)
        #expect(try fixture.database.read { try $0.meetings(MeetingFilter()) }.isEmpty)
        #expect(
            try fixture.database.read { try $0.history(limit: 3) }.map(\.summary) == [
                "undid #5: logged meeting M-1", "undid #6: added action A-1", "undid #7: marked action A-1 done",
            ])
        #expect(try fixture.database.health().isSound)
    }

    @Test("undo restores deleted rows and updated values exactly", arguments: Backend.allCases)
    func updates(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let meeting = try fixture.minusca()
        try fixture.database.editMeeting(meeting, try MeetingEdit(title: "Renamed", a4p: [.wps]))
        try fixture.database.undo()
        let detail = try fixture.database.read { try $0.meetingDetail(meeting) }
        #expect(detail.meeting.title == "Private meeting with MINUSCA T/PCCs" && detail.meeting.a4p == [.protection])
    }

    @Test("nothing to undo in a new database; an undone command is not undone twice", arguments: Backend.allCases)
    func nothing(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: StoreError.nothingToUndo) { try fixture.database.undo() }
        try fixture.database.addParty(try Party(code: "XKX", name: "Liaison", kind: .organization))
        try fixture.database.undo()
        #expect(throws: StoreError.nothingToUndo) { try fixture.database.undo() }
    }
}

@Suite("Undoing an earlier command")
struct UndoEarlierTests {
    @Test(
        "an earlier command is undone when nothing later touched its records, refused when something did",
        arguments: Backend.allCases)
    func earlier(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let first = try fixture.database.addAction(try ActionDraft(title: "First", owner: "DPO"))
        let second = try fixture.database.addAction(try ActionDraft(title: "Second", owner: "FRA"))
        try fixture.database.addNote("Still open", to: first, asOf: StoreFixture.day("2025-11-01"))
        #expect(
            throws: StoreError.undoBlocked(
                command: "#1 (added action A-1)", laterCommand: "#3 (added a note to action A-1)")
        ) {
            try fixture.database.undo(1)
        }
        #expect(try fixture.database.undo(2).summary == "added action A-2")
        #expect(throws: StoreError.unknownAction(second)) {
            try fixture.database.read { try $0.action(second, asOf: StoreFixture.day("2025-11-01")) }
        }
        #expect(throws: StoreError.notUndoable(2)) { try fixture.database.undo(2) }
        #expect(throws: StoreError.notUndoable(99)) { try fixture.database.undo(99) }
        #expect(
            try fixture.database.read { try $0.action(first, asOf: StoreFixture.day("2025-11-01")) }.notes.count == 1)
    }

    @Test(
        "many writes as one command: one history entry, undone at once; nothing kept when one fails",
        arguments: Backend.allCases)
    func oneCommand(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let meeting = try fixture.minusca()
        let before = try fixture.historyCount()
        let later = fixture.database.recording(at: Timestamp(millisecondsSince1970: 1_762_000_000_000))
        try fixture.database.asOneCommand(summary: "two actions and a closure") {
            let first = try later.addAction(try ActionDraft(title: "First", owner: "DPO", meeting: meeting))
            try later.addAction(try ActionDraft(title: "Second", owner: "PAK", meeting: meeting))
            try later.changeActionStatus(first, to: .done, note: "Done at once", asOf: StoreFixture.day("2025-11-01"))
        }
        #expect(try fixture.historyCount() == before + 1)
        #expect(try fixture.database.read { try $0.history(limit: 1) }.first?.summary == "two actions and a closure")
        let all = try fixture.database.read {
            try $0.actions(ActionFilter(status: .all), asOf: StoreFixture.day("2025-11-01"))
        }
        #expect(all.map { $0.title } == ["First", "Second"])
        #expect(all.allSatisfy { $0.createdAt == Timestamp(millisecondsSince1970: 1_762_000_000_000) })
        #expect(throws: StoreError.unknownParty("NOPE", suggestion: nil)) {
            try fixture.database.asOneCommand(summary: "fails half-way") {
                try fixture.database.addAction(try ActionDraft(title: "Third", owner: "DPO", meeting: meeting))
                try fixture.database.addAction(try ActionDraft(title: "Fourth", owner: "NOPE", meeting: meeting))
            }
        }
        #expect(
            try fixture.database.read {
                try $0.actions(ActionFilter(status: .all), asOf: StoreFixture.day("2025-11-01"))
            }.count == 2)
        #expect(try fixture.database.undo().summary == "two actions and a closure")
        #expect(
            try fixture.database.read {
                try $0.actions(ActionFilter(status: .all), asOf: StoreFixture.day("2025-11-01"))
            }.isEmpty)
        #expect(try fixture.database.health().isSound)
    }
}
