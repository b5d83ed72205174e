import Testing
import TriadCore
import TriadStore
import TriadTestSupport

/// Bundles between offices, on both backends: a merge never lowers a record's classification (that record is
/// refused and listed, the rest merged), and the summary says what arrives at which level, in a dry run too.
@Suite("Merging classified records")
struct ClassifiedMergeTests {
    let day = StoreFixture.day
    /// A time after every edit of the fixtures: their office's edits win unless refused.
    static let later = (try? Timestamp(iso8601: "2030-01-01T00:00:00.000Z")) ?? Timestamp(millisecondsSince1970: 0)

    /// The confidential MINUSCA consultation with two agenda items and two actions, as one office holds it and
    /// as its bundle carries it.
    func office(_ backend: Backend) throws -> (ours: StoreFixture, bundle: TriadBundle) {
        let source = try StoreFixture(.sqlite)
        let meeting = try source.minusca()
        try source.database.addAgendaItem(meeting, title: "Caveats", a4p: [], outcome: nil)
        try source.database.addAgendaItem(meeting, title: "Press line", a4p: [], outcome: nil)
        try source.database.addAction(try ActionDraft(title: "Follows", owner: "PAK", meeting: meeting))
        try source.database.addAction(try ActionDraft(title: "Other", owner: "FRA", meeting: meeting))
        let bundle = try source.database.read { try $0.exportBundle() }
        let ours = try StoreFixture(backend)
        #expect(try ours.database.importBundle(bundle).restored)
        return (ours, bundle)
    }

    /// Their version: the meeting and its first agenda item lowered to unclassified (the second follows the
    /// meeting down), the first action given its own unclassified level, the second retitled, and a new
    /// strictly confidential action with a note; all later.
    func lowered(_ base: TriadBundle) -> TriadBundle {
        var theirs = base
        let follows = base.actions.firstIndex { $0.title == "Follows" } ?? 0
        let other = base.actions.firstIndex { $0.title == "Other" } ?? 0
        theirs.meetings[0].title = "Lowered meeting"
        theirs.meetings[0].classification = .unclassified
        theirs.meetings[0].agenda[0].classification = RecordClassification(.unclassified, isOwn: true)
        theirs.meetings[0].updatedAt = Self.later
        (theirs.actions[follows].title, theirs.actions[follows].updatedAt) = ("Lowered action", Self.later)
        (theirs.actions[follows].classification, theirs.actions[follows].ownClassification) = (.unclassified, true)
        (theirs.actions[other].title, theirs.actions[other].updatedAt) = ("Retitled", Self.later)
        var secret = base.actions[other]
        (secret.uuid, secret.title) = ("action-secret", "Secret action")
        (secret.classification, secret.ownClassification) = (.strictlyConfidential, true)
        secret.notes = [
            ActionNote(
                uuid: "note-secret", at: Self.later, actor: "them", text: "Secret note",
                classification: RecordClassification(.strictlyConfidential, isOwn: false))
        ]
        theirs.actions.append(secret)
        return theirs
    }

    /// The action titled `title`, as `fixture` holds it.
    func action(_ title: String, in fixture: StoreFixture) throws -> ActionItem? {
        try fixture.database.read { try $0.actions(ActionFilter(), asOf: day("2025-11-01")) }.first {
            $0.title == title
        }
    }

    /// The meeting as `fixture` holds it, without the actions that arose from it.
    func meeting(in fixture: StoreFixture) throws -> (Meeting, [AgendaItem]) {
        let detail = try fixture.database.read { try $0.meetingDetail(MeetingID(rawValue: 1)) }
        return (detail.meeting, detail.agenda)
    }

    @Test(
        "a merge that would lower a level: refused for that record and listed, the rest merged",
        arguments: Backend.allCases)
    func refused(_ backend: Backend) throws {
        let (ours, base) = try office(backend)
        let before = try meeting(in: ours)
        let beforeAction = try action("Follows", in: ours)
        let summary = try ours.database.importBundle(lowered(base))
        #expect(summary.refused.count == 2, "\(summary.refused)")
        #expect(
            summary.refused.first?.contains(
                "'Lowered meeting' (2025-10-30): refused, the bundle's version (edited 2030-01-01T00:00:00.000Z) would "
                    + "lower its classification from confidential to unclassified and agenda item 1 from "
                    + "confidential to unclassified; ours kept") == true, "\(summary.refused)")
        #expect(
            summary.refused.last?.contains(
                "'Lowered action'") == true
                && summary.refused.last?.contains(
                    "would lower its classification from confidential to unclassified") == true,
            "\(summary.refused)")
        #expect(summary.updated == 1 && summary.added == 1 && summary.conflicts.count == 1, "\(summary)")

        // The refused records are as they were; the rest arrived at their levels.
        #expect(try meeting(in: ours) == before)
        #expect(
            try action("Follows", in: ours) == beforeAction && beforeAction != nil)
        let retitled = try #require(try action("Retitled", in: ours))
        #expect(retitled.title == "Retitled" && retitled.classification.level == .confidential)
        let secret = try #require(try action("Secret action", in: ours))
        #expect(secret.classification.level == .strictlyConfidential && secret.notes.count == 1)
        #expect(
            summary.arriving.map { [$0.meetings, $0.agendaItems, $0.actions, $0.notes] } == [
                [0, 0, 0, 0], [0, 0, 1, 0], [0, 0, 1, 1],
            ])

        // Raising a level is a merge like any other.
        var raised = base
        raised.meetings[0].classification = .strictlyConfidential
        raised.meetings[0].updatedAt = Self.later
        let summaryRaised = try ours.database.importBundle(raised)
        #expect(summaryRaised.refused.isEmpty && summaryRaised.updated == 1, "\(summaryRaised)")
        #expect(
            try ours.database.read { try $0.meetingDetail(MeetingID(rawValue: 1)) }.meeting.classification
                == .strictlyConfidential)
    }

    @Test(
        "a note arriving under an action whose lowering was refused takes our action's level",
        arguments: Backend.allCases)
    func noteUnderRefusedAction(_ backend: Backend) throws {
        let (ours, base) = try office(backend)
        var theirs = lowered(base)
        let lowering = theirs.actions.firstIndex { $0.title == "Lowered action" } ?? 0
        theirs.actions[lowering].notes = [
            ActionNote(
                uuid: "note-new", at: Self.later, actor: "them", text: "Said in the room",
                classification: RecordClassification(.unclassified, isOwn: false))
        ]
        _ = try ours.database.importBundle(theirs)
        let follows = try #require(try action("Follows", in: ours))
        #expect(follows.notes.map(\.classification) == [RecordClassification(.confidential, isOwn: false)])
    }

    @Test(
        "a dry run says what would arrive at which level and what would be refused, and writes nothing",
        arguments: Backend.allCases)
    func dryRun(_ backend: Backend) throws {
        let (ours, base) = try office(backend)
        let before = try ours.database.read { try $0.exportBundle() }
        let preview = try ours.database.importBundle(lowered(base), mode: .restoreOrMerge, dryRun: true) { _ in }
        #expect(preview.dryRun && preview.refused.count == 2 && preview.added == 1)
        #expect(try ours.database.read { try $0.exportBundle() } == before, "nothing was written")
        var merged = try ours.database.importBundle(lowered(base))
        merged.dryRun = true
        #expect(merged == preview, "the dry run said what the import then did")

        let empty = try StoreFixture(backend)
        let restore = try empty.database.importBundle(base, mode: .restoreOrMerge, dryRun: true) { _ in }
        #expect(restore.restored && restore.dryRun)
        #expect(
            restore.arriving.map { [$0.meetings, $0.agendaItems, $0.actions, $0.notes] } == [
                [0, 0, 0, 0], [1, 2, 2, 0], [0, 0, 0, 0],
            ])
        #expect(try empty.database.read { try $0.meetings(MeetingFilter()) }.isEmpty, "nothing was restored")
    }
}
