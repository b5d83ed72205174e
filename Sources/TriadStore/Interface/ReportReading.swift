import TriadCore

/// The questions the reports ask, each bounded by a mission, a period or a status so that its cost
/// follows the answer, not the size of the record.
public protocol ReportReading {
    /// Meetings concerning a mission between two days (inclusive), with attendance and agenda, by date.
    func meetingDetails(mission acronym: String, from: Day, to: Day) throws -> [MeetingDetail]
    /// For each party, the day of the last held meeting concerning the mission that it attended, up to `day`.
    func lastAttendance(mission acronym: String, upTo day: Day) throws -> [String: Day]
    /// For each mission, how many actions linked to it (directly or through their meeting) stand in each
    /// status, and how many are overdue on `day`. With `openOnly`, closed actions are neither read nor
    /// counted (done and cancelled stay zero).
    func actionStatusCounts(missions acronyms: [String], asOf day: Day, openOnly: Bool) throws
        -> [String: ActionStatusCounts]
    /// A4P areas tagged on actions linked to a mission that arose from a meeting between two days, or,
    /// without a meeting, fall due between them.
    func actionAreas(mission acronym: String, from: Day, to: Day) throws -> Set<A4PArea>
    /// For each party, how many held meetings concerning a mission between two days it attended.
    func attendanceCounts(mission acronym: String, from: Day, to: Day) throws -> [String: Int]
    /// For each owner, how many actions linked to a mission are open (or in progress), and overdue on `day`.
    func actionCountsByOwner(mission acronym: String, asOf day: Day) throws -> [String: OwnedActionCounts]
    /// T/PCC consultations concerning any of the missions between two days (inclusive), by date.
    func consultations(missions acronyms: [String], from: Day, to: Day) throws -> [Meeting]
    /// For each of the missions, the day of its last T/PCC consultation held up to `day`.
    func lastConsultations(missions acronyms: [String], upTo day: Day) throws -> [String: Day]
}

extension ReportReading {
    /// ``actionStatusCounts(missions:asOf:openOnly:)`` for one mission, every status counted.
    public func actionStatusCounts(mission acronym: String, asOf day: Day) throws -> ActionStatusCounts {
        try actionStatusCounts(missions: [acronym], asOf: day, openOnly: false).values.first ?? ActionStatusCounts()
    }
}
