import Testing
import TriadCore
import TriadStore
import TriadTestSupport

/// A long list read a page at a time holds what the list read whole holds, in the same order, on both
/// backends: the follow-up and the calendar read so.
@Suite("Lists read a page at a time")
struct RecordPagesTests {
    let day = StoreFixture.day

    /// MINUSCA's consultation, more meetings on other days (two on one day, one at a set time), and actions
    /// overdue, due later and undated, owned by a Council member, contributors and the Secretariat, some from
    /// the meeting, some with notes, one done.
    func filled(_ backend: Backend) throws -> StoreFixture {
        let fixture = try StoreFixture(backend)
        let consultation = try fixture.minusca()
        for (index, date) in ["2025-11-04", "2025-09-12", "2025-11-04", "2025-10-01"].enumerated() {
            try fixture.database.logMeeting(
                MeetingDraft(
                    kind: .informal, title: "Briefing \(index)",
                    start: index == 2
                        ? try MeetingStart(iso8601: date + "T10:00:00-05:00") : MeetingStart(day: day(date)),
                    status: .held, missions: ["MINUSCA"], attendees: [("DPO", nil), ("RWA", nil)]))
        }
        let dues = ["2025-10-20", nil, "2025-12-01", "2025-10-20", "2025-11-10", nil, "2025-09-30"]
        for (index, due) in dues.enumerated() {
            let owner = ["PAK", "RWA", "DPO"][index % 3]
            let id = try fixture.database.addAction(
                try ActionDraft(
                    title: "Action \(index)", owner: owner, meeting: index % 2 == 0 ? consultation : nil,
                    due: due.map(day)))
            if index % 3 == 1 { try fixture.database.addNote("Called \(index)", to: id, asOf: day("2025-11-01")) }
            if index == 4 { try fixture.database.changeActionStatus(id, to: .done, note: nil, asOf: day("2025-11-01")) }
        }
        return fixture
    }

    @Test(
        "actions by pages of one, two and a hundred: the list read whole, also by owner group and mission",
        arguments: Backend.allCases)
    func actions(_ backend: Backend) throws {
        let fixture = try filled(backend)
        let asOf = day("2025-11-01")
        let filters = [
            ActionFilter(), ActionFilter(group: .contributors), ActionFilter(group: .secretariat),
            ActionFilter(mission: "MINUSCA"), ActionFilter(status: .all),
        ]
        for filter in filters {
            let whole = try fixture.database.read { try $0.actions(filter, asOf: asOf) }
            #expect(!whole.isEmpty)
            if let group = filter.group {
                // The group is the owner's on the day: contributors are RWA and PAK, the Secretariat DPO.
                let open = try fixture.database.read { try $0.actions(ActionFilter(), asOf: asOf) }
                #expect(whole.allSatisfy { $0.ownerGroups.contains(group) } && whole.count < open.count)
            }
            for size in [1, 2, 100] {
                let paged = try fixture.database.read { reader in
                    var pages = try RecordPages(actions: filter, asOf: asOf, in: reader, size: size)
                    var read: [[ActionItem]] = []
                    try pages.forEach { read.append($0) }
                    return read
                }
                #expect(
                    paged.flatMap(\.self).map(\.id) == whole.map(\.id), "size \(size), group \(filter.group as Any)")
                #expect(paged.flatMap(\.self).map(\.notes.count) == whole.map(\.notes.count))
                #expect(paged.flatMap(\.self).map(\.ownerGroups) == whole.map(\.ownerGroups))
                #expect(paged.allSatisfy { $0.count <= size })
                if filter.group == nil { #expect(paged.count == (whole.count + size - 1) / size) }
            }
        }
        // Overdue first, then due later, undated last.
        let order = try fixture.database.read { try $0.actions(ActionFilter(), asOf: asOf) }.map { $0.due?.description }
        #expect(order == ["2025-09-30", "2025-10-20", "2025-10-20", "2025-12-01", nil, nil])
    }

    @Test("meetings by pages of one, two and a hundred: the list read whole, oldest first", arguments: Backend.allCases)
    func meetings(_ backend: Backend) throws {
        let fixture = try filled(backend)
        for filter in [MeetingFilter(), MeetingFilter(mission: "MINUSCA", from: day("2025-10-01"))] {
            let whole = try fixture.database.read { try $0.meetings(filter) }
            for size in [1, 2, 100] {
                let paged = try fixture.database.read { reader in
                    var pages = try RecordPages(meetings: filter, in: reader, size: size)
                    var read: [Meeting] = []
                    try pages.forEach { read += $0 }
                    return read
                }
                #expect(paged.map(\.id) == whole.map(\.id), "size \(size)")
                #expect(paged.map(\.missions) == whole.map(\.missions))
            }
        }
        let days = try fixture.database.read { try $0.meetings(MeetingFilter()) }.map(\.start.day.description)
        #expect(days == ["2025-09-12", "2025-10-01", "2025-10-30", "2025-11-04", "2025-11-04"])
    }
}
