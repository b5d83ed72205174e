import Testing
import TriadCore
import TriadSQLite
import TriadStore
import TriadTestSupport

/// Merging another office's bundle, record type by record type: a record only they have is added, one
/// both hold alike is left alone, one changed on one side takes the change, one changed on both keeps the
/// later edit (and says so), and one with a value the domain refuses stops the import and changes nothing.
@Suite("Merging bundles, record by record")
struct MergeTests {
    /// A record type as a bundle holds it: how to add one, change one, read it back, and spoil one.
    struct Kind: CustomTestStringConvertible, Sendable {
        let name: String
        /// How the record is named in what the import says.
        let label: String
        /// Adds a record of this type that the base does not hold.
        let add: @Sendable (inout TriadBundle) throws -> Void
        /// How many records `add` adds.
        let added: Int
        /// Changes the base record so that it reads `marker`, as edited at `at`.
        let change: @Sendable (inout TriadBundle, _ marker: String, _ at: Timestamp) throws -> Void
        /// What the base record reads in a database.
        let read: @Sendable (any StoreReader) throws -> String
        /// Gives the base record a value the domain refuses, and the words the refusal must hold.
        let spoil: @Sendable (inout TriadBundle) throws -> String

        var testDescription: String { name }
    }

    static let asOf = StoreFixture.day("2025-11-01")

    /// A database holding one record of each type a user adds, and its bundle.
    static func base() throws -> (store: any RecordStore, bundle: TriadBundle) {
        let fixture = try StoreFixture()
        let store = fixture.database
        let meeting = try fixture.minusca()
        try store.addParty(try Party(code: "XKX", name: "Kosovo liaison office", kind: .organization))
        try store.addMission(try Mission(acronym: "TESTM", name: "Test Mission", hosts: ["RWA"]))
        try store.seatOnCouncil(
            "NPL", from: StoreFixture.day("2028-01-01"), to: StoreFixture.day("2029-12-31"), permanent: false)
        try store.addMeetingAgenda(meeting)
        let action = try store.addAction(
            try ActionDraft(
                title: "Share requirements", owner: "DPO", meeting: meeting, due: StoreFixture.day("2025-11-20")))
        try store.addNote("First note", to: action, asOf: asOf)
        try store.addPosition(
            try PositionDraft(
                meeting: meeting, party: "RWA", kind: .request, topic: .ceilings, text: "Keep the ceiling"))
        return (store, try store.read { try $0.exportBundle() })
    }

    /// A second office's database: the base restored.
    static func office(_ bundle: TriadBundle, _ backend: Backend = .sqlite) throws -> any RecordStore {
        let store = try backend.makeStore(context: StoreFixture.context)
        #expect(try store.importBundle(bundle).restored)
        return store
    }

    static func at(_ text: String) -> Timestamp {
        (try? Timestamp(iso8601: text)) ?? Timestamp(millisecondsSince1970: 0)
    }

    static let kinds: [Kind] = [
        Kind(
            name: "parties", label: "party XKX",
            add: { bundle in
                bundle.parties.append(
                    TriadBundle.Party(
                        code: "ZZZ", name: "Liaison office", kind: .organization,
                        createdAt: at("2025-11-02T00:00:00.000Z"),
                        updatedAt: at("2025-11-02T00:00:00.000Z"), isReference: false))
            }, added: 1,
            change: { bundle, marker, time in
                let index = try #require(bundle.parties.firstIndex { $0.code == "XKX" })
                bundle.parties[index].name = marker
                bundle.parties[index].updatedAt = time
            },
            read: { try $0.party("XKX", on: asOf).name },
            spoil: { bundle in
                let index = try #require(bundle.parties.firstIndex { $0.code == "XKX" })
                bundle.parties[index].name = " "
                return "party XKX breaks a rule: the party name cannot be empty"
            }),
        Kind(
            name: "missions", label: "mission TESTM",
            add: { bundle in
                var mission = try #require(bundle.missions.first { $0.acronym == "TESTM" })
                mission.acronym = "TESTN"
                bundle.missions.append(mission)
            }, added: 1,
            change: { bundle, marker, time in
                let index = try #require(bundle.missions.firstIndex { $0.acronym == "TESTM" })
                bundle.missions[index].name = marker
                bundle.missions[index].hosts = ["BGD", "RWA"]
                bundle.missions[index].updatedAt = time
            },
            read: { reader in
                let mission = try reader.mission("TESTM")
                return "\(mission.name) \(mission.hosts)"
            },
            spoil: { bundle in
                let index = try #require(bundle.missions.firstIndex { $0.acronym == "TESTM" })
                bundle.missions[index].established = StoreFixture.day("2020-01-01")
                bundle.missions[index].closed = StoreFixture.day("2019-01-01")
                return "mission TESTM breaks a rule: mission TESTM cannot end on 2019-01-01"
            }),
        Kind(
            name: "Council seats", label: "Council seat of NPL from 2028-01-01",
            add: { bundle in
                var seat = try #require(bundle.councilSeats.first { $0.party == "NPL" })
                seat.from = StoreFixture.day("2031-01-01")
                seat.to = StoreFixture.day("2032-12-31")
                bundle.councilSeats.append(seat)
            }, added: 1,
            change: { bundle, marker, time in
                let index = try #require(bundle.councilSeats.firstIndex { $0.party == "NPL" })
                bundle.councilSeats[index].to = try Day(parsing: marker)
                bundle.councilSeats[index].updatedAt = time
            },
            read: { reader in try reader.councilSeats(of: "NPL").first?.to?.description ?? "none" },
            spoil: { bundle in
                let index = try #require(bundle.councilSeats.firstIndex { $0.party == "NPL" })
                bundle.councilSeats[index].to = StoreFixture.day("2027-01-01")
                return "Council seat of NPL from 2028-01-01 breaks a rule"
            }),
        Kind(
            name: "mandates", label: "mandate 2759 (2024)",
            add: { bundle in
                var mandate = try #require(bundle.mandates.first)
                mandate.uuid = "mandate-2800"
                mandate.resolutionNumber = 2800
                mandate.resolutionYear = 2025
                mandate.adopted = StoreFixture.day("2025-11-13")
                mandate.expires = StoreFixture.day("2026-11-15")
                bundle.mandates.append(mandate)
            }, added: 1,
            change: { bundle, marker, time in
                bundle.mandates[0].troopCeiling = Int(marker)
                bundle.mandates[0].penholders = ["FRA", "GBR"]
                bundle.mandates[0].reportsDue = [StoreFixture.day("2025-06-15")]
                bundle.mandates[0].updatedAt = time
            },
            read: { reader in
                let mandate = try reader.mandate(try ResolutionReference(number: 2759, year: 2024))
                return "\(mandate.troopCeiling.map(String.init) ?? "none") \(mandate.penholders) \(mandate.reportsDue)"
            },
            spoil: { bundle in
                bundle.mandates[0].expires = bundle.mandates[0].adopted
                return "mandate 2759 (2024) breaks a rule: resolution 2759 (2024) cannot expire on 2024-11-14"
            }),
        Kind(
            name: "contributions", label: "contribution of BGD to MINUSCA on 2025-09-30",
            add: { bundle in
                var record = try #require(bundle.contributions.first)
                record.uuid = "contribution-new"
                record.asOf = StoreFixture.day("2025-10-31")
                bundle.contributions.append(record)
            }, added: 1,
            change: { bundle, marker, time in
                bundle.contributions[0].troops = Int(marker) ?? 0
                bundle.contributions[0].updatedAt = time
            },
            read: { reader in
                try reader.contributions(party: "BGD").first.map { "\($0.personnel.troops)" } ?? "none"
            },
            spoil: { bundle in
                bundle.contributions[0].formedPolice = -3
                return "contribution of BGD to MINUSCA on 2025-09-30 breaks a rule: the number of formed police"
            }),
        Kind(
            name: "meetings with attendance and agenda", label: "meeting 'Private meeting with MINUSCA T/PCCs'",
            add: { bundle in
                var meeting = bundle.meetings[0]
                meeting.uuid = "meeting-new"
                meeting.title = "Another meeting"
                bundle.meetings.append(meeting)
            }, added: 1,
            change: { bundle, marker, time in
                bundle.meetings[0].summary = marker
                bundle.meetings[0].attendees.append(TriadBundle.Attendance(party: "IND", representative: "Amb."))
                bundle.meetings[0].attendees.removeAll { $0.party == "CAF" }
                bundle.meetings[0].agenda.append(
                    AgendaItem(
                        position: 2, title: "Any other business", a4p: [.wps], outcome: nil,
                        classification: RecordClassification(.unclassified, isOwn: false)))
                bundle.meetings[0].updatedAt = time
            },
            read: { reader in
                let detail = try reader.meetingDetail(MeetingID(rawValue: 1))
                return
                    "\(detail.meeting.summary ?? "") \(detail.attendees.map(\.party)) \(detail.agenda.map(\.title))"
            },
            spoil: { bundle in
                bundle.meetings[0].agenda[0].title = ""
                return "meeting 'Private meeting with MINUSCA T/PCCs' (2025-10-30) breaks a rule: the agenda item title"
            }),
        Kind(
            name: "actions", label: "action 'Share requirements'",
            add: { bundle in
                var action = bundle.actions[0]
                action.uuid = "action-new"
                action.title = "Another action"
                action.notes = []
                bundle.actions.append(action)
            }, added: 1,
            change: { bundle, marker, time in
                bundle.actions[0].due = try Day(parsing: marker)
                bundle.actions[0].a4p = [.protection]
                bundle.actions[0].updatedAt = time
            },
            read: { reader in
                let action = try reader.action(ActionID(rawValue: 1), asOf: asOf)
                return "\(action.due?.description ?? "none") \(action.a4p)"
            },
            spoil: { bundle in
                bundle.actions[0].owner = "NOPE"
                return "names a party 'NOPE' that neither database has"
            }),
        Kind(
            name: "positions", label: "position of RWA (request on ceilings)",
            add: { bundle in
                var position = try #require(bundle.positions.first)
                position.uuid = "position-new"
                position.party = "PAK"
                position.text = "Another position"
                bundle.positions.append(position)
            }, added: 1,
            change: { bundle, marker, time in
                bundle.positions[0].text = marker
                bundle.positions[0].a4p = [.politics]
                bundle.positions[0].updatedAt = time
            },
            read: { reader in
                let position = try reader.position(PositionID(rawValue: 1))
                return "\(position.text) \(position.a4p)"
            },
            spoil: { bundle in
                bundle.positions[0].party = "MRT"
                return "position of MRT (request on ceilings) breaks a rule: MRT did not attend M-1"
            }),
    ]

    /// The markers each kind is changed to on one side and the other.
    static func markers(_ kind: Kind) -> (ours: String, theirs: String) {
        switch kind.name {
        case "Council seats": ("2029-12-30", "2029-12-29")
        case "mandates": ("14500", "14600")
        case "contributions": ("1400", "1500")
        case "actions": ("2025-12-01", "2025-12-15")
        default: ("Ours", "Theirs")
        }
    }

    @Test("a record only they hold is added", arguments: Backend.allCases, kinds)
    func added(_ backend: Backend, _ kind: Kind) throws {
        let (_, base) = try MergeTests.base()
        let ours = try MergeTests.office(base, backend)
        var theirs = base
        try kind.add(&theirs)
        let summary = try ours.importBundle(theirs)
        #expect(summary.added == kind.added && summary.updated == 0 && summary.conflicts.isEmpty, "\(summary)")
        let again = try ours.importBundle(theirs)
        #expect(again.added == 0 && again.updated == 0 && again.conflicts.isEmpty, "a second merge adds nothing")
    }

    @Test("a record both hold alike is left alone", arguments: Backend.allCases, kinds)
    func same(_ backend: Backend, _ kind: Kind) throws {
        let (_, base) = try MergeTests.base()
        let ours = try MergeTests.office(base, backend)
        let before = try ours.read { try kind.read($0) }
        let summary = try ours.importBundle(base)
        #expect(summary.added == 0 && summary.updated == 0 && summary.kept == 0 && summary.unchanged > 0)
        #expect(try ours.read { try kind.read($0) } == before)
    }

    @Test("a record changed on their side only takes their change", arguments: Backend.allCases, kinds)
    func changedOnTheirSide(_ backend: Backend, _ kind: Kind) throws {
        let (_, base) = try MergeTests.base()
        let ours = try MergeTests.office(base, backend)
        var theirs = base
        try kind.change(&theirs, MergeTests.markers(kind).theirs, MergeTests.at("2025-11-05T09:00:00.000Z"))
        let before = try ours.read { try kind.read($0) }
        let summary = try ours.importBundle(theirs)
        #expect(summary.updated == 1 && summary.added == 0, "\(summary)")
        let after = try ours.read { try kind.read($0) }
        #expect(after != before && after.contains(MergeTests.markers(kind).theirs), "\(after)")
        #expect(after == (try MergeTests.office(theirs).read { try kind.read($0) }), "the record reads as theirs does")
        #expect(try ours.importBundle(theirs).updated == 0, "merging it again changes nothing")
    }

    @Test("a record changed on both sides keeps the later edit, and says so", arguments: Backend.allCases, kinds)
    func changedOnBothSides(_ backend: Backend, _ kind: Kind) throws {
        let (_, base) = try MergeTests.base()
        let (ourMarker, theirMarker) = MergeTests.markers(kind)
        for (ourTime, theirTime, winner) in [
            ("2025-11-03T09:00:00.000Z", "2025-11-04T09:00:00.000Z", theirMarker),
            ("2025-11-04T09:00:00.000Z", "2025-11-03T09:00:00.000Z", ourMarker),
        ] {
            let ours = try MergeTests.office(base, backend)
            var ourEdit = base
            try kind.change(&ourEdit, ourMarker, MergeTests.at(ourTime))
            _ = try ours.importBundle(ourEdit)
            var theirs = base
            try kind.change(&theirs, theirMarker, MergeTests.at(theirTime))
            let summary = try ours.importBundle(theirs)
            let merged = try ours.read { try kind.read($0) }
            #expect(merged.contains(winner), "\(kind.name): \(ourTime) vs \(theirTime)")
            let winning = winner == theirMarker ? theirs : ourEdit
            #expect(merged == (try MergeTests.office(winning).read { try kind.read($0) }), "\(merged)")
            #expect(summary.conflicts.count == 1, "\(summary.conflicts)")
            let verdict = winner == theirMarker ? "took the bundle's version" : "kept ours"
            #expect(summary.conflicts.first?.hasPrefix(kind.label) == true, "\(summary.conflicts)")
            #expect(summary.conflicts.first?.contains(verdict) == true, "\(summary.conflicts)")
            #expect(winner == theirMarker ? summary.updated == 1 : summary.kept == 1)
        }
    }

    @Test(
        "a record with a value the domain refuses stops the import, named, and changes nothing",
        arguments: Backend.allCases, kinds)
    func refused(_ backend: Backend, _ kind: Kind) throws {
        let (_, base) = try MergeTests.base()
        let ours = try MergeTests.office(base, backend)
        var theirs = base
        try kind.add(&theirs)
        let reason = try kind.spoil(&theirs)
        let before = try ours.read { try $0.exportBundle() }
        do {
            _ = try ours.importBundle(theirs)
            Issue.record("\(kind.name): the spoiled bundle was imported")
        } catch StoreError.invalidBundle(let message) {
            #expect(message.contains(reason), "\(message)")
        }
        #expect(try ours.read { try $0.exportBundle() } == before)
    }

    @Test("notes: both sides' new notes are kept, and a note merged twice is there once", arguments: Backend.allCases)
    func notes(_ backend: Backend) throws {
        let (_, base) = try MergeTests.base()
        let ours = try MergeTests.office(base, backend)
        try ours.addNote("Our note", to: ActionID(rawValue: 1), asOf: MergeTests.asOf)
        var theirs = base
        theirs.actions[0].notes.append(
            ActionNote(
                uuid: "note-theirs", at: MergeTests.at("2025-11-02T08:00:00.000Z"), actor: "bangui", text: "Their note",
                classification: RecordClassification(.unclassified, isOwn: false))
        )
        _ = try ours.importBundle(theirs)
        _ = try ours.importBundle(theirs)
        let notes = try ours.read { try $0.action(ActionID(rawValue: 1), asOf: MergeTests.asOf) }.notes
        #expect(
            notes.map(\.text) == ["First note", "Our note", "Their note"]
                || notes.map(\.text) == ["First note", "Their note", "Our note"])
        #expect(Set(notes.map(\.uuid)).count == 3)
    }

    @Test(
        "a restore only: into an empty database, with progress and the journal's numbers; into one with records, refused",
        arguments: Backend.allCases)
    func restoreOnly(_ backend: Backend) throws {
        let (_, base) = try MergeTests.base()
        let copy = try backend.makeStore(context: StoreFixture.context)
        var heard: [BundleProgress] = []
        let summary = try copy.importBundle(base, mode: .restoreOnly) { heard.append($0) }
        #expect(summary.restored && summary.added > 0)
        let total =
            base.parties.count + base.missions.count + base.councilSeats.count + base.mandates.count
            + base.contributions.count + base.meetings.count + base.actions.count + base.positions.count
        #expect(heard.last == BundleProgress(done: total, total: total))
        let restored = try copy.read { try $0.exportBundle() }
        #expect(restored == base)
        #expect(restored.journal.map(\.number) == base.journal.map(\.number) && base.journal.first?.number != nil)

        try copy.addNote("A note of ours", to: ActionID(rawValue: 1), asOf: MergeTests.asOf)
        let before = try copy.read { try $0.exportBundle() }
        #expect(throws: StoreError.self) { try copy.importBundle(base, mode: .restoreOnly) { _ in } }
        #expect(try copy.read { try $0.exportBundle() } == before)
        #expect(try !copy.holdsNoUserRecords())
    }
}

extension RecordStore {
    /// An agenda item on a meeting, so that a merged meeting carries one.
    fileprivate func addMeetingAgenda(_ meeting: MeetingID) throws {
        try addAgendaItem(
            meeting, title: "Force generation", a4p: [.capabilitiesMindsets], outcome: "Elements to follow")
    }
}
