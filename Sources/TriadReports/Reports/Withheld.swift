import TriadCore

/// What a reading up to a level left out of an output: counted, never described (REPORTS.md, "Classification in
/// every report"). No title, no attendee and no count by owner or group is given, so that nothing about a
/// withheld record can be inferred from it.
public struct Withheld: Encodable, Sendable {
    /// The level read up to; nil when nothing was hidden.
    @Nullable public var upTo: Classification?
    public var meetings: Int
    public var agendaItems: Int
    public var actions: Int
    public var notes: Int
    /// Positions raised at withheld meetings.
    public var positions = 0
    /// Commands of the history (or a bundle's journal) that changed something withheld.
    public var commands = 0

    /// Nothing withheld: the whole record was read.
    public static let none = Withheld(upTo: nil, meetings: 0, actions: 0, notes: 0)

    /// Creates a count.
    public init(upTo: Classification?, meetings: Int, agendaItems: Int = 0, actions: Int, notes: Int) {
        self.upTo = upTo
        self.meetings = meetings
        self.agendaItems = agendaItems
        self.actions = actions
        self.notes = notes
    }

    /// What `visible` lacks of `full`: meetings and actions by number, notes by uuid.
    public init(
        upTo: Classification?, meetings full: [MeetingID], visible: [MeetingID], actions fullActions: [ActionItem],
        visibleActions: [ActionItem], agendaItems: Int = 0
    ) {
        self.upTo = upTo
        self.agendaItems = agendaItems
        meetings = Set(full).subtracting(visible).count
        actions = Set(fullActions.map(\.id)).subtracting(visibleActions.map(\.id)).count
        notes =
            Set(fullActions.flatMap { $0.notes.map(\.uuid) })
            .subtracting(visibleActions.flatMap { $0.notes.map(\.uuid) }).count
    }

    /// What `visible` lacks of `full`, by position number.
    public init(upTo: Classification?, positions full: [Position], visible: [Position]) {
        self.init(upTo: upTo, meetings: 0, actions: 0, notes: 0)
        positions = Set(full.map(\.id)).subtracting(visible.map(\.id)).count
    }

    /// Whether anything was left out.
    public var isEmpty: Bool { meetings + agendaItems + actions + notes + positions + commands == 0 }

    /// The one line an output gives: "Withheld above confidential: 1 meeting, 2 actions and 1 note."; nil when
    /// nothing was left out.
    public var sentence: String? {
        guard !isEmpty, let upTo else { return nil }
        let parts = [
            (meetings, "meeting"), (agendaItems, "agenda item"), (actions, "action"), (notes, "note"),
            (positions, "position"), (commands, "command"),
        ].filter { $0.0 > 0 }
            .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        let list = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts[0]
        return "Withheld above \(upTo.rawValue): \(list)."
    }
}
