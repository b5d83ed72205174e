import TriadCore

/// Recording and changing records. Each call is one journaled transaction (or joins the one of
/// ``RecordStore/asOneCommand(summary:_:)``); what it returns is read back inside it.
public protocol RecordWriting {
    /// Records a new party.
    @discardableResult func addParty(_ party: Party) throws -> Party
    /// Records a new mission.
    @discardableResult func addMission(_ mission: Mission) throws -> Mission
    /// Records a mission's phase from a day (replacing one recorded for that day); returns the mission.
    @discardableResult func setMissionPhase(_ acronym: String, _ change: MissionPhaseChange) throws -> Mission
    /// Records a Council seat, refusing one that overlaps a seat the party already holds.
    @discardableResult func seatOnCouncil(_ code: String, from: Day, to: Day?, permanent: Bool) throws -> CouncilSeat
    /// Records a mandate; the one it supersedes is the mission's mandate in force on its adoption.
    @discardableResult func addMandate(_ draft: MandateDraft) throws -> Mandate
    /// Records a party's personnel in a mission as of a day, replacing the figures it gives for that day.
    @discardableResult func setContribution(
        mission acronym: String, party code: String, asOf day: Day, _ change: PersonnelChange
    ) throws -> Contribution

    /// Records the parity target of a year and category, replacing the one held.
    @discardableResult func setParityTarget(_ target: ParityTarget) throws -> ParityTarget

    /// Logs a meeting with its missions, areas, attendance and invitations.
    @discardableResult func logMeeting(_ draft: MeetingDraft) throws -> MeetingID
    /// Records parties as present (updating the representative of one already recorded).
    @discardableResult func attend(_ id: MeetingID, parties codes: [String], representative: String?) throws
        -> MeetingDetail
    /// Records parties as invited.
    @discardableResult func invite(_ id: MeetingID, parties codes: [String]) throws -> MeetingDetail
    /// Appends an item to a meeting's agenda, at its own level or (nil) the meeting's.
    @discardableResult func addAgendaItem(
        _ id: MeetingID, title: String, a4p: [A4PArea], outcome: String?, classification: Classification?
    ) throws -> AgendaItem
    /// Changes a meeting's date, title, summary, location, mode or areas.
    @discardableResult func editMeeting(_ id: MeetingID, _ edit: MeetingEdit) throws -> MeetingDetail
    /// Marks a scheduled meeting held or cancelled.
    @discardableResult func setMeetingStatus(_ id: MeetingID, to status: MeetingStatus, reason: String?) throws
        -> MeetingDetail

    /// Records an action item, open.
    @discardableResult func addAction(_ draft: ActionDraft) throws -> ActionID
    /// Changes an action's status (open or in progress), due date, owner, assignee, priority or areas,
    /// and adds a note if one is given.
    @discardableResult func updateAction(_ id: ActionID, _ update: ActionUpdate, asOf day: Day) throws -> ActionItem
    /// Moves an action to done, cancelled or (from either) back to open, with an optional note.
    @discardableResult func changeActionStatus(_ id: ActionID, to status: ActionStatus, note: String?, asOf day: Day)
        throws -> ActionItem
    /// Records a position raised at a meeting by a party that attended it.
    @discardableResult func addPosition(_ draft: PositionDraft) throws -> Position
    /// Records (or replaces) a position's uptake in a mandate of its meeting's mission adopted after the meeting.
    @discardableResult func recordUptake(
        _ id: PositionID, mandate: ResolutionReference, status: UptakeStatus, paragraph: String?, note: String?
    ) throws -> Position

    /// Adds a note to an action, at its own level or (nil) the action's.
    @discardableResult func addNote(_ text: String, to id: ActionID, classification: Classification?, asOf day: Day)
        throws -> ActionItem
}

extension RecordWriting {
    /// Appends an item at its meeting's level.
    @discardableResult public func addAgendaItem(_ id: MeetingID, title: String, a4p: [A4PArea], outcome: String?)
        throws -> AgendaItem
    {
        try addAgendaItem(id, title: title, a4p: a4p, outcome: outcome, classification: nil)
    }

    /// Adds a note at its action's level.
    @discardableResult public func addNote(_ text: String, to id: ActionID, asOf day: Day) throws -> ActionItem {
        try addNote(text, to: id, classification: nil, asOf: day)
    }

    /// Marks a scheduled meeting held or cancelled, without a reason.
    @discardableResult public func setMeetingStatus(_ id: MeetingID, to status: MeetingStatus) throws -> MeetingDetail {
        try setMeetingStatus(id, to: status, reason: nil)
    }
}
