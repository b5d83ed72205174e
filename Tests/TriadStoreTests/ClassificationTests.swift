import Testing
import TriadCore
import TriadStore
import TriadTestSupport

/// Classification on the records that hold what was said: defaults by kind, inheritance from the meeting and
/// the action, changes that follow, undo and bundles, on both backends.
@Suite("Classification of records")
struct ClassificationTests {
    let day = StoreFixture.day

    func detail(_ id: MeetingID, in fixture: StoreFixture) throws -> MeetingDetail {
        try fixture.database.read { try $0.meetingDetail(id) }
    }

    func action(_ id: ActionID, in fixture: StoreFixture) throws -> ActionItem {
        try fixture.database.read { try $0.action(id, asOf: day("2025-11-01")) }
    }

    @Test(
        "a private meeting is confidential by default, others unclassified; a level given stands",
        arguments: Backend.allCases)
    func defaults(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let consultation = try fixture.minusca()
        #expect(try detail(consultation, in: fixture).meeting.classification == .confidential)
        let briefing = try fixture.database.logMeeting(
            MeetingDraft(
                kind: .secretariatBriefing, title: "Briefing", start: MeetingStart(day: day("2025-10-16")),
                status: .held))
        let outreach = try fixture.database.logMeeting(
            MeetingDraft(kind: .informal, title: "Outreach", start: MeetingStart(day: day("2025-10-20")), status: .held)
        )
        let secret = try fixture.database.logMeeting(
            MeetingDraft(
                kind: .informal, title: "Caveats", start: MeetingStart(day: day("2025-10-21")), status: .held,
                classification: .strictlyConfidential))
        #expect(try detail(briefing, in: fixture).meeting.classification == .confidential)
        #expect(try detail(outreach, in: fixture).meeting.classification == .unclassified)
        #expect(try detail(secret, in: fixture).meeting.classification == .strictlyConfidential)
        let loose = try fixture.database.addAction(try ActionDraft(title: "No meeting", owner: "DPO"))
        #expect(try action(loose, in: fixture).classification == RecordClassification(.unclassified, isOwn: false))
    }

    @Test(
        "agenda, actions and notes take their meeting's level and follow it; their own levels stay; undone",
        arguments: Backend.allCases)
    func inheritance(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let meeting = try fixture.minusca()
        let inherited = RecordClassification(.confidential, isOwn: false)
        let item = try fixture.database.addAgendaItem(meeting, title: "Caveats", a4p: [], outcome: nil)
        let open = try fixture.database.addAgendaItem(
            meeting, title: "Press line", a4p: [], outcome: nil, classification: .unclassified)
        #expect(
            item.classification == inherited && open.classification == RecordClassification(.unclassified, isOwn: true))
        let follows = try fixture.database.addAction(try ActionDraft(title: "Follows", owner: "PAK", meeting: meeting))
        let own = try fixture.database.addAction(
            try ActionDraft(title: "Public", owner: "FRA", meeting: meeting, classification: .unclassified))
        try fixture.database.addNote("Inherited note", to: follows, asOf: day("2025-11-01"))
        try fixture.database.addNote(
            "Its own note", to: follows, classification: .strictlyConfidential, asOf: day("2025-11-01"))
        #expect(try action(follows, in: fixture).classification == inherited)
        #expect(try action(own, in: fixture).classification == RecordClassification(.unclassified, isOwn: true))
        #expect(
            try action(follows, in: fixture).notes.map(\.classification) == [
                inherited, RecordClassification(.strictlyConfidential, isOwn: true),
            ])

        // Raised, the meeting carries what takes its level with it, and leaves what has its own.
        try fixture.database.editMeeting(meeting, try MeetingEdit(classification: .strictlyConfidential))
        let raised = RecordClassification(.strictlyConfidential, isOwn: false)
        #expect(try detail(meeting, in: fixture).agenda.map(\.classification) == [raised, open.classification])
        #expect(try action(follows, in: fixture).classification == raised)
        #expect(
            try action(follows, in: fixture).notes.map(\.classification.level) == [
                .strictlyConfidential, .strictlyConfidential,
            ])
        #expect(try action(own, in: fixture).classification.level == .unclassified)

        // An action given its own level carries its notes without one.
        try fixture.database.updateAction(
            follows, try ActionUpdate(classification: .confidential), asOf: day("2025-11-01"))
        #expect(try action(follows, in: fixture).classification == RecordClassification(.confidential, isOwn: true))
        #expect(
            try action(follows, in: fixture).notes.map(\.classification.level) == [
                .confidential, .strictlyConfidential,
            ])

        // Undo takes back the action's level with its notes', then the meeting's with everything that followed.
        try fixture.database.undo()
        #expect(try action(follows, in: fixture).classification == raised)
        #expect(try action(follows, in: fixture).notes.first?.classification == raised)
        try fixture.database.undo()
        #expect(try detail(meeting, in: fixture).meeting.classification == .confidential)
        #expect(try action(follows, in: fixture).classification == inherited)
        #expect(try action(follows, in: fixture).notes.first?.classification == inherited)
    }

    @Test("levels go across a bundle to the other backend, inherited ones still inherited", arguments: Backend.allCases)
    func bundles(_ backend: Backend) throws {
        let source = try StoreFixture(.sqlite)
        let meeting = try source.minusca()
        try source.database.addAgendaItem(meeting, title: "Caveats", a4p: [], outcome: nil)
        let follows = try source.database.addAction(try ActionDraft(title: "Follows", owner: "PAK", meeting: meeting))
        let own = try source.database.addAction(
            try ActionDraft(title: "Public", owner: "FRA", meeting: meeting, classification: .unclassified))
        try source.database.addNote("Own", to: follows, classification: .strictlyConfidential, asOf: day("2025-11-01"))
        var bundle = try source.database.read { try $0.exportBundle() }
        let target = try StoreFixture(backend)
        #expect(try target.database.importBundle(bundle).restored)
        #expect(try detail(meeting, in: target) == (try detail(meeting, in: source)))
        #expect(try action(follows, in: target) == (try action(follows, in: source)))
        #expect(try action(own, in: target) == (try action(own, in: source)))

        // A bundle written before triad kept levels: the meeting takes its kind's default, the rest inherit.
        bundle.meetings[0].classification = nil
        bundle.actions = bundle.actions.map { action in
            var action = action
            (action.classification, action.ownClassification) = (nil, nil)
            return action
        }
        let older = try StoreFixture(backend)
        #expect(try older.database.importBundle(bundle).restored)
        #expect(try detail(meeting, in: older).meeting.classification == .confidential)
        #expect(try action(own, in: older).classification == RecordClassification(.confidential, isOwn: false))
    }
}

/// A reader cleared up to a level, on both backends: the scenario of issue 15, one meeting at each level,
/// each with an action and a note.
@Suite("Reading up to a level")
struct ReadingUpToTests {
    let day = StoreFixture.day

    /// Three meetings on MINUSCA, one per level, each with an agenda item, an action and a note.
    func scenario(_ backend: Backend) throws -> StoreFixture {
        let fixture = try StoreFixture(backend)
        for (index, level) in Classification.allCases.enumerated() {
            let meeting = try fixture.database.logMeeting(
                MeetingDraft(
                    kind: .informal, title: "Meeting \(level.rawValue)",
                    start: MeetingStart(day: day("2025-10-1\(index)")), status: .held, missions: ["MINUSCA"],
                    attendees: [(["RWA", "PAK", "BGD"][index], nil), ("DPO", nil)], classification: level))
            try fixture.database.addAgendaItem(meeting, title: "Item \(level.rawValue)", a4p: [], outcome: nil)
            let action = try fixture.database.addAction(
                try ActionDraft(title: "Action \(level.rawValue)", owner: "DPO", meeting: meeting))
            try fixture.database.addNote("Note \(level.rawValue)", to: action, asOf: day("2025-11-01"))
        }
        return fixture
    }

    @Test(
        "each level sees its rows and those below, and nothing that belongs to a row above", arguments: Backend.allCases
    )
    func levels(_ backend: Backend) throws {
        let fixture = try scenario(backend)
        let asOf = day("2025-11-01")
        for (index, level) in Classification.allCases.enumerated() {
            let seen = try fixture.database.read(upTo: level) { reader in
                (
                    meetings: try reader.meetings(MeetingFilter()).map(\.title),
                    actions: try reader.actions(ActionFilter(status: .all), asOf: asOf).map(\.title),
                    notes: try reader.actions(ActionFilter(status: .all), asOf: asOf).flatMap(\.notes).map(\.text),
                    counts: try reader.actionStatusCounts(mission: "MINUSCA", asOf: asOf),
                    attended: try reader.lastAttendance(mission: "MINUSCA", upTo: asOf)
                )
            }
            let visible = Classification.allCases.prefix(index + 1).map(\.rawValue)
            #expect(seen.meetings == visible.map { "Meeting \($0)" }, "\(level)")
            #expect(seen.actions == visible.map { "Action \($0)" }, "\(level)")
            #expect(seen.notes == visible.map { "Note \($0)" }, "\(level)")
            #expect(seen.counts.open == index + 1, "\(level)")
            #expect(Set(seen.attended.keys) == Set(["RWA", "PAK", "BGD"].prefix(index + 1)).union(["DPO"]), "\(level)")
        }
        // A meeting above the level is not there at all, and the full reading afterwards sees everything again.
        #expect(throws: (any Error).self) {
            try fixture.database.read(upTo: .unclassified) { try $0.meetingDetail(MeetingID(rawValue: 2)) }
        }
        #expect(try fixture.database.read { try $0.meetings(MeetingFilter()) }.count == 3)
    }
}
