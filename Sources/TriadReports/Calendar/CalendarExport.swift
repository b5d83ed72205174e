import TriadCore

/// The calendar of meetings, action due dates, mandate expiries and consultation due-by dates.
public struct CalendarExport: Sendable {
    /// The events, by day then uid.
    public var events: [CalendarEvent]

    /// Builds the calendar from records, keeping events on days within `days` when given.
    public init(
        meetings: [Meeting], actions: [ActionItem], mandates: [Mandate], schedule: ConsultationSchedule = .standard,
        days: ClosedRange<Day>? = nil
    ) {
        var events: [CalendarEvent] = meetings.map(CalendarExport.event(for:))
        for action in actions where !action.status.isClosed {
            guard let due = action.due else { continue }
            events.append(
                CalendarEvent(
                    uid: "\(action.uuid)-due@triad", stamp: action.updatedAt, when: .allDay(due),
                    summary: "Due: \(action.title) (\(action.owner))",
                    description: [
                        "Action \(action.id), owned by \(action.ownerName) (\(action.owner)).",
                        action.meeting.map { "From meeting \($0)." }, action.mission.map { "Mission: \($0)." },
                        "Priority: \(action.priority.rawValue).", action.details,
                    ].compactMap { $0 }.joined(separator: "\n"),
                    categories: ["action-due"]))
        }
        for mandate in mandates {
            guard let expires = mandate.expires else { continue }
            events.append(
                CalendarEvent(
                    uid: "\(mandate.uuid)-expiry@triad", stamp: mandate.updatedAt,
                    when: .allDay(expires), summary: "\(mandate.mission) mandate expires (S/RES/\(mandate.resolution))",
                    description: "The mandate of \(mandate.mission) under resolution \(mandate.resolution) expires.",
                    categories: ["mandate-expiry"]))
            if let dueBy = schedule.dueBy(mandate) {
                events.append(
                    CalendarEvent(
                        uid: "\(mandate.uuid)-consultation-due@triad",
                        stamp: mandate.updatedAt, when: .allDay(dueBy),
                        summary: "\(mandate.mission): T/PCC consultation due",
                        description: "The private meeting with the troop- and police-contributing countries of "
                            + "\(mandate.mission) is due \(schedule.leadDays) days before resolution \(mandate.resolution) "
                            + "expires on \(expires).",
                        categories: ["consultation-due"]))
            }
        }
        self.events = events.filter { event in days.map { $0.contains(event.day) } ?? true }
            .sorted { ($0.day, $0.uid) < ($1.day, $1.uid) }
    }

    private static func event(for meeting: Meeting) -> CalendarEvent {
        let status: String =
            switch meeting.status {
            case .scheduled: "TENTATIVE"
            case .held: "CONFIRMED"
            case .cancelled: "CANCELLED"
            }
        let description = [
            "Meeting \(meeting.id), \(meeting.kind.rawValue), \(meeting.status.rawValue).",
            meeting.missions.isEmpty ? nil : "Missions: \(meeting.missions.joined(separator: ", ")).",
            meeting.chair.map { "Chair: \($0)." }, meeting.summary,
        ].compactMap { $0 }.joined(separator: "\n")
        return CalendarEvent(
            uid: "\(meeting.uuid)@triad", stamp: meeting.updatedAt,
            when: meeting.start.time == nil ? .allDay(meeting.start.day) : .start(meeting.start),
            summary: meeting.missions.isEmpty
                ? meeting.title : "\(meeting.title) (\(meeting.missions.joined(separator: ", ")))",
            description: description, location: meeting.location, categories: [meeting.kind.rawValue], status: status)
    }
}
