import TriadCore

/// One meeting as a printable record: who came in which capacity, the agenda and its outcomes, and the
/// action items arising (REPORTS.md).
public struct MinutesReport: Encodable, Sendable {
    public struct GroupAttendance: Encodable, Sendable {
        public var group: StakeholderGroup
        public var attendees: [Attendee]
    }

    public var report = "minutes"
    public var meeting: MeetingDetail
    public var attendeesByGroup: [GroupAttendance]
    public var absentInvitees: [PartyReference]
    public var actions: [ActionItem]
    /// The positions parties raised at the meeting.
    public var positions: [Position]
    /// What a reading up to a level left out of the minutes.
    public var withheld = Withheld.none

    /// The highest level of what the minutes show: the meeting, its agenda, its actions and their notes.
    public var marking: Classification? {
        Classification.marking(
            of: [meeting.meeting.classification] + meeting.agenda.map(\.classification.level)
                + actions.map(\.classification.level) + actions.flatMap { $0.notes.map(\.classification.level) })
    }

    /// Builds the minutes of a meeting with the actions that arose from it and the positions raised.
    public init(meeting: MeetingDetail, actions: [ActionItem], positions: [Position] = []) {
        self.positions = positions
        self.meeting = meeting
        attendeesByGroup = StakeholderGroup.allCases.compactMap { group in
            let members = meeting.attendees.filter { $0.groups.contains(group) }
            return members.isEmpty ? nil : GroupAttendance(group: group, attendees: members)
        }
        absentInvitees = meeting.absentInvitees
        self.actions = actions
    }

    /// The document every format but JSON renders.
    public var document: ReportDocument {
        document(titled: "Minutes")
    }

    /// The meeting laid out as its minutes, under a title that starts with `word`: "Minutes" for the
    /// report, "Meeting" for `triad meeting show`.
    public func document(titled word: String) -> ReportDocument {
        let record = meeting.meeting
        var facts = [
            ReportFact("Format", record.kind.rawValue),
            ReportFact("Date", record.start.iso8601.replacingOccurrences(of: "T", with: " ")),
            ReportFact("Status", record.status.rawValue + (record.cancelReason.map { " (\($0))" } ?? "")),
            ReportFact("Classification", record.classification.rawValue),
        ]
        if !record.missions.isEmpty { facts.append(ReportFact("Missions", record.missions.joined(separator: ", "))) }
        if let mandate = record.mandate { facts.append(ReportFact("Mandate in force", "S/RES/\(mandate)")) }
        if let chair = record.chair { facts.append(ReportFact("Chair", chair)) }
        let place = [record.location, record.mode?.rawValue].compactMap { $0 }.joined(separator: ", ")
        if !place.isEmpty { facts.append(ReportFact("Place", place)) }
        facts.append(ReportFact("Groups present", meeting.groupsPresentText))
        var sections: [ReportSection] = []
        if let summary = record.summary { sections.append(ReportSection("Summary", [.paragraph(summary)])) }
        var attendance: [ReportBlock] = [
            .table(
                ReportTable(
                    name: "attendees", columns: ["Group", "Party", "Name", "Representative"],
                    rows: attendeesByGroup.flatMap { entry in
                        entry.attendees.map { attendee in
                            ReportRow([
                                .text(entry.group.rawValue), .text(attendee.party), .text(attendee.name),
                                .text(attendee.representative),
                            ])
                        }
                    }, emptyText: "No attendance is recorded."))
        ]
        if !absentInvitees.isEmpty {
            attendance.append(
                .paragraph(
                    "Invited but not present: "
                        + absentInvitees.map { "\($0.name) (\($0.party))" }.joined(separator: ", ") + "."))
        }
        sections.append(ReportSection("Attendance", attendance))
        sections.append(
            ReportSection(
                "Agenda",
                [
                    .table(
                        ReportTable(
                            name: "agenda", columns: ["#", "Item", "A4P", "Outcome"],
                            rows: meeting.agenda.map { item in
                                ReportRow([
                                    .count(item.position), .text(item.title),
                                    .text(item.a4p.map(\.rawValue).joined(separator: ", ")),
                                    .text(item.outcome),
                                ])
                            }, emptyText: "No agenda is recorded."))
                ]))
        sections.append(
            ReportSection(
                "Positions raised",
                [.table(PositionTable.make(positions, emptyText: "No positions are recorded ('triad position add')."))]
            ))
        sections.append(
            ReportSection(
                "Action items arising", [.table(ActionTable.make(actions, emptyText: "No action items arose."))]))
        let areas = Set(record.a4p + meeting.agenda.flatMap(\.a4p))
        sections.append(
            ReportSection(
                "A4P areas",
                [
                    .paragraph(
                        areas.isEmpty
                            ? "None recorded."
                            : A4PArea.allCases.filter(areas.contains).map(\.title).joined(separator: "; "))
                ]))
        var document = ReportDocument(
            title: "\(word): \(record.title)", subtitle: "\(record.id), \(record.start.day)", facts: facts,
            sections: sections)
        document.marking = marking
        document.withheld = withheld.sentence
        return document
    }
}
