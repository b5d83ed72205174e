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
        let meetings = meetings.sorted { $0.start.day < $1.start.day }
        let actions = actions.sorted { ($0.due ?? Day(ordinal: .max)) < ($1.due ?? Day(ordinal: .max)) }
        var meetingPages = [meetings]
        var actionPages = [actions]
        var events: [CalendarEvent] = []
        // Nothing here throws: every record is at hand.
        try? CalendarExport.forEachEvent(
            meetings: { meetingPages.popLast() }, actions: { actionPages.popLast() }, mandates: mandates,
            schedule: schedule, days: days
        ) { events.append($0) }
        self.events = events
    }

    /// Hands the events to `body` in calendar order (by day, then uid), a day at a time: meetings from the pages
    /// `meetings` reads (oldest first), open actions' due dates from those `actions` reads (by due date), and
    /// the mandates' expiries and consultation due-by dates; only events on days within `days` when given. Each
    /// list is read a page at a time as the days go, so that a calendar of every meeting is never held whole.
    public static func forEachEvent(
        meetings: @escaping () throws -> [Meeting]?, actions: @escaping () throws -> [ActionItem]?,
        mandates: [Mandate], schedule: ConsultationSchedule = .standard, days: ClosedRange<Day>?,
        _ body: (CalendarEvent) throws -> Void
    ) throws {
        var mandateEvents: [CalendarEvent]? = mandates.flatMap { events(for: $0, schedule: schedule) }
            .sorted { ($0.day, $0.uid) < ($1.day, $1.uid) }
        var sources = [
            CalendarEventSource { try meetings().map { $0.map(event(for:)) } },
            CalendarEventSource { try actions().map { $0.compactMap(event(for:)) } },
            CalendarEventSource {
                defer { mandateEvents = nil }
                return mandateEvents
            },
        ]
        var day: [CalendarEvent] = []
        while let next = try sources.indices.compactMap({ try sources[$0].nextDay() }).min() {
            day.removeAll(keepingCapacity: true)
            for index in sources.indices { try sources[index].take(day: next, into: &day) }
            guard days.map({ $0.contains(next) }) ?? true else { continue }
            for event in day.sorted(by: { $0.uid < $1.uid }) { try body(event) }
        }
    }

    /// The event of an open action's due date; none for a closed or undated one.
    private static func event(for action: ActionItem) -> CalendarEvent? {
        guard !action.status.isClosed, let due = action.due else { return nil }
        return CalendarEvent(
            uid: "\(action.uuid)-due@triad", stamp: action.updatedAt, when: .allDay(due),
            summary: "Due: \(action.title) (\(action.owner))",
            description: [
                "Action \(action.id), owned by \(action.ownerName) (\(action.owner)).",
                action.meeting.map { "From meeting \($0)." }, action.mission.map { "Mission: \($0)." },
                "Priority: \(action.priority.rawValue).", action.details,
            ].compactMap { $0 }.joined(separator: "\n"),
            categories: ["action-due"])
    }

    /// A mandate's expiry and the day its T/PCC consultation is due by; none for a mandate without an end.
    private static func events(for mandate: Mandate, schedule: ConsultationSchedule) -> [CalendarEvent] {
        guard let expires = mandate.expires else { return [] }
        var events = [
            CalendarEvent(
                uid: "\(mandate.uuid)-expiry@triad", stamp: mandate.updatedAt,
                when: .allDay(expires), summary: "\(mandate.mission) mandate expires (S/RES/\(mandate.resolution))",
                description: "The mandate of \(mandate.mission) under resolution \(mandate.resolution) expires.",
                categories: ["mandate-expiry"])
        ]
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
        return events
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
