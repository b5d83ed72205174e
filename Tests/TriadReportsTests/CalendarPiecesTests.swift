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

    @Test("meetings and actions read a page at a time: every event once, by day then uid, days outside left out")
    func pagesMerged() throws {
        let dates = ["2025-11-02", "2025-10-30", "2025-10-16", "2025-11-02", "2025-12-01", "2025-10-30", "2025-09-01"]
        let meetings = dates.enumerated().map { index, date in
            ReportFixture.meeting(Int64(index + 1), .informal, date, title: "Meeting \(index + 1)").meeting
        }.sorted { $0.start.day < $1.start.day }
        let dues = ["2025-10-30", nil, "2025-11-15", "2025-10-16", "2025-11-02", "2025-08-01"]
        let actions = dues.enumerated().map { index, due in
            ReportFixture.action(
                Int64(index + 1), owner: "DPO", groups: [.secretariat], due: due, status: index == 4 ? .done : .open)
        }.sorted { ($0.due ?? Day(ordinal: .max)) < ($1.due ?? Day(ordinal: .max)) }
        let days = ReportFixture.day("2025-10-01")...ReportFixture.day("2025-11-30")
        for size in [1, 2, 50] {
            var (meetingPages, actionPages) = (pages(meetings, size: size), pages(actions, size: size))
            var events: [CalendarEvent] = []
            try CalendarExport.forEachEvent(
                meetings: { meetingPages.popLast() }, actions: { actionPages.popLast() },
                mandates: [ReportFixture.mandate()], days: days
            ) { events.append($0) }
            #expect(events.map(\.uid) == events.sorted { ($0.day, $0.uid) < ($1.day, $1.uid) }.map(\.uid))
            let expected =
                meetings.filter { days.contains($0.start.day) }.map { "\($0.uuid)@triad" }
                + actions.filter { action in
                    !action.status.isClosed && action.due.map { days.contains($0) } == true
                }.map { "\($0.uuid)-due@triad" }
                + ["-expiry@triad", "-consultation-due@triad"].map { ReportFixture.mandate().uuid + $0 }
            #expect(events.map(\.uid).sorted() == expected.sorted(), "pages of \(size)")
            let held = CalendarExport(
                meetings: meetings.reversed(), actions: actions.reversed(), mandates: [ReportFixture.mandate()],
                days: days)
            #expect(held.events.map(\.uid) == events.map(\.uid))
        }
    }

    /// The records in pages of `size`, last page first, for `popLast()`.
    private func pages<Record>(_ records: [Record], size: Int) -> [[Record]] {
        stride(from: 0, to: records.count, by: size).map { Array(records[$0..<min(records.count, $0 + size)]) }
            .reversed()
    }

    @Test(
        "each special character alone is escaped, other text passed on as it is; a line over 75 octets is folded",
        arguments: [
            ("a,b", "a\\,b"), ("a;b", "a\\;b"), ("a\\b", "a\\\\b"), ("a\nb", "a\\nb"), ("a\tb", "ab"),
            ("a\r\nb", "a\\nb"),
            ("Réunion à Bangui", "Réunion à Bangui"),
        ])
    func escaped(title: String, written: String) {
        let meeting = ReportFixture.meeting(1, .informal, "2025-10-30", title: title, missions: []).meeting
        let text = ICalendarWriter.write(CalendarExport(meetings: [meeting], actions: [], mandates: []), name: "triad")
        #expect(text.contains("\r\nSUMMARY:" + written + "\r\n"), "\(title)")
    }

    @Test("a line of 75 octets stays whole; one of 76 is folded after its 75th octet")
    func folded() {
        for (length, lines) in [
            (75, ["SUMMARY:" + String(repeating: "x", count: 67)]),
            (76, ["SUMMARY:" + String(repeating: "x", count: 67), " x"]),
        ] {
            let title = String(repeating: "x", count: length - "SUMMARY:".count)
            let meeting = ReportFixture.meeting(1, .informal, "2025-10-30", title: title, missions: []).meeting
            let text = ICalendarWriter.write(
                CalendarExport(meetings: [meeting], actions: [], mandates: []), name: "triad")
            #expect(text.contains("\r\n" + lines.joined(separator: "\r\n") + "\r\nDESCRIPTION"), "\(length) octets")
        }
    }
}
