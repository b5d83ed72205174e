import Testing
import TriadCore
import TriadReports

/// A calendar of every meeting is written in pieces, never held whole as one text.
@Suite("Calendar written in pieces")
struct CalendarPiecesTests {
    @Test("thousands of events: the same text as the whole document, in pieces of about 64 KB")
    func manyEvents() throws {
        let meetings = (1...3000).map { number in
            ReportFixture.meeting(
                number, .tpccConsultation, number % 2 == 0 ? "2025-10-30" : "2025-11-02",
                title: "Meeting \(number); \"quoted\", with a title long enough to be folded at 75 octets — très long"
            ).meeting
        }
        let calendar = CalendarExport(meetings: meetings, actions: [], mandates: [ReportFixture.mandate()])
        var pieces: [String] = []
        ICalendarWriter.write(calendar, name: "triad") { pieces.append($0) }
        #expect(pieces.joined() == ICalendarWriter.write(calendar, name: "triad"))
        #expect(pieces.count > 10)
        #expect(pieces.allSatisfy { $0.utf8.count < 80_000 })
        #expect(pieces.joined().components(separatedBy: "BEGIN:VEVENT").count == 3000 + 2 + 1)
    }

    @Test("a failing output stops the writing at its first piece")
    func failingOutput() {
        struct Full: Error {}
        var calls = 0
        #expect(throws: Full.self) {
            try ICalendarWriter.write(CalendarFixture.calendar, name: "triad") { _ in
                calls += 1
                throw Full()
            }
        }
        #expect(calls == 1)
    }
}
