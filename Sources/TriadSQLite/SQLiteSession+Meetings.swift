import GRDB
import TriadBackend
import TriadCore
import TriadStore

extension SQLiteSession {
    /// Which meetings a read asks for; each case is a condition on `meeting g` that an index serves.
    enum MeetingSelection {
        /// The meetings a list's filter names (mission, party and the rest already looked up).
        case filter(MeetingFilter, mission: Int64?, party: Int64?)
        /// One meeting.
        case id(Int64)
        /// Meetings concerning a mission between two days, by the date index.
        case missionPeriod(mission: Int64, from: Day, to: Day)
        /// T/PCC consultations concerning any of the missions (a JSON array of ids) between two days.
        case consultations(missions: String, from: Day, to: Day)
        /// The meetings of a JSON array of ids (an export's batch).
        case ids(String)

        /// The condition on `meeting g` and the values it binds.
        var condition: (sql: String, arguments: StatementArguments) {
            switch self {
            case .filter(let filter, let mission, let party):
                var conditions: [String] = []
                var arguments: StatementArguments = [:]
                if let mission {
                    arguments += ["mission": mission]
                    conditions.append("meeting.id IN (SELECT meetingId FROM meetingMission WHERE missionId = :mission)")
                }
                if let kind = filter.kind {
                    arguments += ["kind": kind]
                    conditions.append("meeting.kind = :kind")
                }
                if let from = filter.from {
                    arguments += ["from": from]
                    conditions.append("meeting.meetingDay >= :from")
                }
                if let to = filter.to {
                    arguments += ["to": to]
                    conditions.append("meeting.meetingDay <= :to")
                }
                if let party {
                    arguments += ["party": party]
                    conditions.append(
                        """
                        (meeting.id IN (SELECT meetingId FROM attendance WHERE partyId = :party)
                         OR meeting.id IN (SELECT meetingId FROM invitation WHERE partyId = :party))
                        """)
                }
                if let status = filter.status {
                    arguments += ["status": status]
                    conditions.append("meeting.status = :status")
                }
                return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments)
            case .id(let id):
                return ("meeting.id = :id", ["id": id])
            case .missionPeriod(let mission, let from, let to):
                // Driven by the dates (an index range), not by every meeting the mission ever had.
                return (
                    """
                    meeting.meetingDay BETWEEN :from AND :to
                      AND EXISTS (SELECT 1 FROM meetingMission
                                  WHERE meetingMission.meetingId = meeting.id AND meetingMission.missionId = :mission)
                    """, ["mission": mission, "from": from, "to": to]
                )
            case .consultations(let missions, let from, let to):
                return (
                    """
                    meeting.kind = 'tpcc-consultation' AND meeting.meetingDay BETWEEN :from AND :to
                      AND EXISTS (SELECT 1 FROM meetingMission
                                  WHERE meetingMission.meetingId = meeting.id
                                    AND meetingMission.missionId IN (SELECT value FROM json_each(:missions)))
                    """, ["from": from, "to": to, "missions": missions]
                )
            case .ids(let ids):
                return ("meeting.id IN (SELECT value FROM json_each(:ids))", ["ids": ids])
            }
        }
    }

    func meetings(_ filter: MeetingFilter) throws -> [Meeting] {
        try meetings(try selection(filter)).map(\.meeting)
    }

    /// The selection of a filter, its references looked up.
    private func selection(_ filter: MeetingFilter) throws -> MeetingSelection {
        .filter(
            filter, mission: try filter.mission.map { try missionID($0) },
            party: try filter.party.map { try partyRecord($0).storedID })
    }

    func meetingIDs(_ filter: MeetingFilter) throws -> [MeetingID] {
        let (condition, arguments) = try selection(filter).condition
        return try Int64.fetchAll(
            db.cachedStatement(sql: "SELECT meeting.id FROM meeting WHERE \(condition) ORDER BY \(ListOrder.meetings)"),
            arguments: arguments
        ).map(MeetingID.init(rawValue:))
    }

    func meetings(numbered ids: [MeetingID]) throws -> [Meeting] {
        guard !ids.isEmpty else { return [] }
        return try meetings(.ids(SQLiteSession.jsonArray(ids.lazy.map(\.rawValue)))).map(\.meeting)
    }

    func meetingCount(_ filter: MeetingFilter) throws -> Int {
        let (condition, arguments) = try selection(filter).condition
        return try Int.fetchOne(
            db.cachedStatement(sql: "SELECT count(*) FROM meeting WHERE \(condition)"), arguments: arguments) ?? 0
    }

    func meetingDetail(_ id: MeetingID) throws -> MeetingDetail {
        let record = try meetingRecord(id)
        guard let detail = try meetingDetails(.id(try record.storedID)).first else {
            throw StoreError.unknownMeeting(id)
        }
        return detail
    }

    func meetingDetails(mission acronym: String, from: Day, to: Day) throws -> [MeetingDetail] {
        try meetingDetails(.missionPeriod(mission: try missionID(acronym), from: from, to: to))
    }

    func consultations(missions acronyms: [String], from: Day, to: Day) throws -> [Meeting] {
        try meetings(.consultations(missions: try missionIDs(acronyms), from: from, to: to)).map(\.meeting)
    }

    /// A meeting as read, with the ids of its missions in their order (for its attendees' groups).
    struct ReadMeeting {
        var meeting: Meeting
        var missionIDs: [Int64]
    }

    /// The meetings selected, by date, each with its missions, areas and the first mission's mandate in force
    /// on the meeting day: three statements however many meetings.
    func meetings(_ selection: MeetingSelection) throws -> [ReadMeeting] {
        let (condition, arguments) = selection.condition
        let rows = try db.cachedRows(
            sql: """
                SELECT meeting.*, chair.code AS chairCode,
                       (SELECT group_concat(missionId, ',') FROM (
                           SELECT missionId FROM meetingMission WHERE meetingId = meeting.id
                           ORDER BY position)) AS missionIDs,
                       (SELECT group_concat(area, ',') FROM (
                           SELECT area FROM meetingArea WHERE meetingId = meeting.id ORDER BY position)) AS areaList
                FROM meeting LEFT JOIN party chair ON chair.id = meeting.chairPartyId
                WHERE \(condition)
                ORDER BY \(ListOrder.meetings)
                """, arguments: arguments)
        guard !rows.isEmpty else { return [] }
        let acronyms = try missionAcronyms()
        var read: [ReadMeeting] = []
        var questions = Set<MandateQuestion>()
        for row in rows {
            let missions = try SQLiteSession.ids(in: row.decode(forColumn: "missionIDs"))
            let areas: String? = try row.decode(forColumn: "areaList")
            let mode: String? = try row.decode(forColumn: "mode")
            let start = try MeetingStart(iso8601: row.decode(forColumn: "startsAt"))
            if let first = missions.first { questions.insert(MandateQuestion(mission: first, day: start.day)) }
            read.append(
                ReadMeeting(
                    meeting: Meeting(
                        id: MeetingID(rawValue: try row.decode(forColumn: "id")),
                        uuid: try row.decode(forColumn: "uuid"),
                        kind: try MeetingKind(slug: row.decode(forColumn: "kind")),
                        title: try row.decode(forColumn: "title"), start: start,
                        status: try MeetingStatus(slug: row.decode(forColumn: "status")),
                        missions: missions.compactMap { acronyms[$0] }, mandate: nil,
                        chair: try row.decode(forColumn: "chairCode"), location: try row.decode(forColumn: "location"),
                        mode: try mode.map { try MeetingMode(slug: $0) }, summary: try row.decode(forColumn: "summary"),
                        a4p: try A4PArea.parseList(areas.map { [$0] } ?? []),
                        cancelReason: try row.decode(forColumn: "cancelReason"),
                        classification: try Classification(slug: row.decode(forColumn: "classification")),
                        createdAt: try row.decode(forColumn: "createdAt"),
                        updatedAt: try row.decode(forColumn: "updatedAt")),
                    missionIDs: missions))
        }
        let mandates = try mandatesInForce(questions)
        for index in read.indices {
            guard let first = read[index].missionIDs.first else { continue }
            read[index].meeting.mandate =
                mandates[MandateQuestion(mission: first, day: read[index].meeting.start.day)]?.resolution
        }
        return read
    }

    /// Every mission's acronym by id.
    func missionAcronyms() throws -> [Int64: String] {
        var acronyms: [Int64: String] = [:]
        for row in try db.cachedRows(sql: "SELECT id, acronym FROM mission") {
            acronyms[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1)
        }
        return acronyms
    }

    /// The ids in a comma-separated list of integers; pieces that are not integers are left out.
    static func ids(in list: String?) -> [Int64] {
        list?.split(separator: ",").compactMap { Int64($0) } ?? []
    }

    /// Meetings with attendance, invitations, agenda and actions: the meetings' own statements and four more,
    /// however many meetings are selected. With `groups`, each attendee's groups on the meeting day (for the
    /// meeting's missions); without, none (a bundle does not keep them).
    func meetingDetails(_ selection: MeetingSelection, groups: Bool = true) throws -> [MeetingDetail] {
        let meetings = try meetings(selection)
        guard !meetings.isEmpty else { return [] }
        let (condition, arguments) = selection.condition
        let matching = "SELECT meeting.id FROM meeting WHERE \(condition)"
        let byID = Dictionary(meetings.map { ($0.meeting.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })

        var attendance: [(meeting: Int64, party: Int64, kind: PartyKind, attendee: Attendee)] = []
        var questions = Set<GroupFacts.Question>()
        for row in try db.cachedRows(
            sql: """
                SELECT attendance.meetingId, attendance.partyId, party.code, party.name, party.kind,
                       attendance.representative
                FROM attendance JOIN party ON party.id = attendance.partyId
                WHERE attendance.meetingId IN (\(matching)) ORDER BY attendance.meetingId, party.code
                """, arguments: arguments)
        {
            let meeting: Int64 = try row.decode(forColumn: "meetingId")
            let party: Int64 = try row.decode(forColumn: "partyId")
            if groups, let read = byID[meeting] {
                questions.insert(
                    GroupFacts.Question(party: party, missions: read.missionIDs, day: read.meeting.start.day))
            }
            attendance.append(
                (
                    meeting, party, try PartyKind(slug: row.decode(forColumn: "kind")),
                    Attendee(
                        party: try row.decode(forColumn: "code"), name: try row.decode(forColumn: "name"), groups: [],
                        representative: try row.decode(forColumn: "representative"))
                ))
        }
        let facts = try groupFacts(questions)
        var attendees: [Int64: [Attendee]] = [:]
        for var entry in attendance {
            if groups, let read = byID[entry.meeting] {
                entry.attendee.groups = facts.groups(
                    party: entry.party, kind: entry.kind, missions: read.missionIDs, day: read.meeting.start.day)
            }
            attendees[entry.meeting, default: []].append(entry.attendee)
        }
        var invitees: [Int64: [PartyReference]] = [:]
        for row in try db.cachedRows(
            sql: """
                SELECT invitation.meetingId, party.code, party.name
                FROM invitation JOIN party ON party.id = invitation.partyId
                WHERE invitation.meetingId IN (\(matching)) ORDER BY invitation.meetingId, party.code
                """, arguments: arguments)
        {
            invitees[try row.decode(forColumn: "meetingId"), default: []].append(
                PartyReference(party: try row.decode(forColumn: "code"), name: try row.decode(forColumn: "name")))
        }
        var agenda: [Int64: [AgendaItem]] = [:]
        for row in try db.cachedRows(
            sql: """
                SELECT item.meetingId, item.position, item.title, item.outcome, item.classification,
                       item.ownClassification,
                       (SELECT group_concat(area, ',') FROM (
                           SELECT area FROM agendaItemArea WHERE agendaItemId = item.id ORDER BY position)) AS areaList
                FROM agendaItem item WHERE item.meetingId IN (\(matching)) ORDER BY item.meetingId, item.position
                """, arguments: arguments)
        {
            let areas: String? = try row.decode(forColumn: "areaList")
            agenda[try row.decode(forColumn: "meetingId"), default: []].append(
                AgendaItem(
                    position: try row.decode(forColumn: "position"), title: try row.decode(forColumn: "title"),
                    a4p: try A4PArea.parseList(areas.map { [$0] } ?? []),
                    outcome: try row.decode(forColumn: "outcome"),
                    classification: RecordClassification(
                        try Classification(slug: row.decode(forColumn: "classification")),
                        isOwn: try row.decode(forColumn: "ownClassification"))))
        }
        var actions: [Int64: [ActionID]] = [:]
        for row in try db.cachedRows(
            sql: """
                SELECT meetingId, id FROM actionItem WHERE meetingId IN (\(matching)) ORDER BY meetingId, id
                """, arguments: arguments)
        {
            actions[try row.decode(forColumn: "meetingId"), default: []].append(
                ActionID(rawValue: try row.decode(forColumn: "id")))
        }
        return meetings.map { read in
            let id = read.meeting.id.rawValue
            return MeetingDetail(
                meeting: read.meeting, attendees: attendees[id] ?? [], invitees: invitees[id] ?? [],
                agenda: agenda[id] ?? [], actions: actions[id] ?? [])
        }
    }
}
