import Testing
import TriadCore
import TriadSQLite
import TriadStore
import TriadTestSupport

/// An export hands on the bundle a record at a time, in the order its JSON lists them and, within a list, in
/// the order that does not depend on a database's numbers: what `export json` writes as it reads.
@Suite("Exporting a bundle record by record")
struct BundleExportTests {
    /// A database whose numbers run against the bundle's orders: meetings logged latest first, actions
    /// recorded at times that go back and forth, agenda items at two levels.
    static func filled(_ backend: Backend, meetings: Int, actionsPerMeeting: Int) throws -> any RecordStore {
        let store = try StoreFixture(backend).database
        let first = StoreFixture.day("2020-01-01")
        try store.asOneCommand(summary: "filled") {
            for index in 0..<meetings {
                let kind: MeetingKind = index % 3 == 0 ? .tpccConsultation : .wgpko
                let meeting = try store.logMeeting(
                    MeetingDraft(
                        kind: kind, title: "Meeting \(index)",
                        start: MeetingStart(day: first.adding(days: meetings - index)), status: .held,
                        missions: ["MINUSCA"], attendees: [("DPO", nil)]))
                try store.addAgendaItem(meeting, title: "Item", a4p: [], outcome: nil)
                for number in 0..<actionsPerMeeting {
                    let at = Timestamp(
                        millisecondsSince1970: 1_700_000_000_000 + Int64((index * 7 + number * 13) % 101) * 1_000)
                    let action = try store.recording(at: at).addAction(
                        try ActionDraft(title: "Action \(index).\(number)", owner: "DPO", meeting: meeting))
                    if number == 0 { try store.addNote("Noted", to: action, asOf: StoreFixture.day("2025-11-01")) }
                }
            }
        }
        try store.addAction(try ActionDraft(title: "One more", owner: "PAK"))
        return store
    }

    /// What an export hands on, in order.
    static func records(of store: any RecordStore) throws -> [BundleRecord] {
        var records: [BundleRecord] = []
        try store.read { try $0.exportBundle { records.append($0) } }
        return records
    }

    @Test(
        "lists in the JSON's order, each command followed by its changes; each list in its own order",
        arguments: Backend.allCases)
    func order(_ backend: Backend) throws {
        let store = try BundleExportTests.filled(backend, meetings: 12, actionsPerMeeting: 3)
        let records = try BundleExportTests.records(of: store)
        let lists = records.map(\.list)
        #expect(lists == lists.sorted())
        #expect(Set(lists).isSuperset(of: [.actions, .journal, .meetings]))
        if case .command = records.first(where: { $0.list == .journal }) {
        } else {
            Issue.record("the journal starts with a command")
        }
        var bundle = TriadBundle()
        records.forEach { bundle.append($0) }
        #expect(bundle.meetings.count == 12 && bundle.actions.count == 37 && bundle.journal.count == 2)
        #expect(bundle.journal.allSatisfy { !$0.changes.isEmpty })
        BundleExportTests.expectOrdered(bundle)
        #expect(bundle == (try store.read { try $0.exportBundle() }))
    }

    @Test(
        "the tally counts what the export hands on, and the agenda items by their meeting's level",
        arguments: Backend.allCases)
    func tally(_ backend: Backend) throws {
        let store = try BundleExportTests.filled(backend, meetings: 6, actionsPerMeeting: 2)
        var handedOn = BundleTally()
        for record in try BundleExportTests.records(of: store) { handedOn.count(record) }
        let tally = try store.read { try $0.bundleTally() }
        #expect(tally == handedOn)
        #expect(tally.meetings == 6 && tally.actions == 13 && tally.notes == 6 && tally.commands == 2)
        #expect(tally.agendaItemsByMeetingLevel == [.confidential: 2, .unclassified: 4])
        #expect(tally.agendaItems(ofMeetingsUpTo: .unclassified) == 4 && tally.agendaItems == 6)
        let hidden = try store.read(upTo: .unclassified) { try $0.bundleTally() }
        #expect(hidden.meetings == 4 && hidden.agendaItems == 4 && hidden.actions == 9)
    }

    @Test("on SQLite, meetings and actions are read a thousand at a time and keep their order across batches")
    func batches() throws {
        let store = try BundleExportTests.filled(.sqlite, meetings: 1_050, actionsPerMeeting: 2)
        let bundle = try store.read { try $0.exportBundle() }
        #expect(bundle.meetings.count == 1_050 && bundle.actions.count == 2_101)
        #expect(Set(bundle.actions.map(\.uuid)).count == 2_101)
        BundleExportTests.expectOrdered(bundle)
    }

    static func expectOrdered(_ bundle: TriadBundle) {
        let meetings = bundle.meetings.map { ($0.startsAt.iso8601, $0.uuid) }
        #expect(zip(meetings, meetings.dropFirst()).allSatisfy { $0 < $1 })
        let actions = bundle.actions.map { ($0.createdAt, $0.uuid) }
        #expect(zip(actions, actions.dropFirst()).allSatisfy { $0 < $1 })
        let journal = bundle.journal.map { ($0.at, $0.uuid) }
        #expect(zip(journal, journal.dropFirst()).allSatisfy { $0 < $1 })
    }
}
