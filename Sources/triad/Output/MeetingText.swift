import TriadCore
import TriadReports

/// How a meeting reads on the terminal.
enum MeetingText {
    /// "council, contributors, secretariat (triangular)".
    static func groups(_ detail: MeetingDetail) -> String {
        let groups = detail.groupsPresent.map(\.rawValue).joined(separator: ", ")
        return (groups.isEmpty ? "none recorded" : groups) + (detail.isTriangular ? " (triangular)" : "")
    }

    /// The full record of one meeting, with the actions that arose from it.
    static func detail(_ detail: MeetingDetail, actions: [ActionItem], width: Int?) -> String {
        let meeting = detail.meeting
        var header = KeyValueBlock()
        header.add("Meeting", "\(meeting.id) — \(meeting.title)")
        header.add("Kind", meeting.kind.rawValue)
        header.add("When", meeting.start.iso8601)
        header.add("Status", meeting.status.rawValue + (meeting.cancelReason.map { " (\($0))" } ?? ""))
        header.add("Missions", meeting.missions.joined(separator: ", "))
        header.add("Mandate", meeting.mandate?.description)
        header.add("Chair", meeting.chair)
        header.add("Location", [meeting.location, meeting.mode?.rawValue].compactMap { $0 }.joined(separator: ", "))
        header.add("A4P", meeting.a4p.map(\.rawValue).joined(separator: ", "))
        header.add("Groups present", groups(detail))
        header.add("Summary", meeting.summary)
        var text = header.rendered()
        if !detail.attendees.isEmpty {
            var table = TextTable(columns: [.init("Party"), .init("Name"), .init("Groups"), .init("Representative")])
            for attendee in detail.attendees {
                table.append([
                    attendee.party, attendee.name, attendee.groups.map(\.rawValue).joined(separator: ", "),
                    attendee.representative ?? "",
                ])
            }
            text += "\nAttendees (\(detail.attendees.count))\n" + table.rendered(width: width)
        }
        if !detail.absentInvitees.isEmpty {
            text +=
                "\nInvited, not present: "
                + detail.absentInvitees.map { "\($0.party) (\($0.name))" }.joined(separator: ", ") + "\n"
        }
        if !detail.agenda.isEmpty {
            text += "\nAgenda\n"
            for item in detail.agenda {
                let areas = item.a4p.isEmpty ? "" : " [\(item.a4p.map(\.rawValue).joined(separator: ", "))]"
                text += "\(item.position). \(item.title)\(areas)\n"
                if let outcome = item.outcome { text += "   Outcome: \(outcome)\n" }
            }
        }
        if !actions.isEmpty {
            text += "\nActions arising\n" + Tables.actions(actions).rendered(width: width)
        }
        return text
    }
}
