import TriadBackend
import TriadCore
import TriadStore

extension PostgresSession {
    func meetings(_ filter: MeetingFilter) throws -> [Meeting] {
        try meetings(try selection(filter)).map(\.meeting)
    }

    func meetingIDs(_ filter: MeetingFilter) throws -> [MeetingID] {
        var parameters = PostgresParameters()
        let condition = try selection(filter).condition(&parameters)
        return try execute(
            "SELECT meeting.id FROM meeting WHERE \(condition) ORDER BY \(ListOrder.meetings)", parameters
        ).map { MeetingID(rawValue: try $0.decode(at: 0, as: Int64.self)) }
    }

    func meetings(numbered ids: [MeetingID]) throws -> [Meeting] {
        guard !ids.isEmpty else { return [] }
        return try meetings(.ids(ids.map(\.rawValue))).map(\.meeting)
    }

    /// The selection of a filter, its references looked up.
    private func selection(_ filter: MeetingFilter) throws -> MeetingSelection {
        .filter(
            filter, mission: try filter.mission.map { try missionID($0) },
            party: try filter.party.map { try partyRecord($0).id })
    }

    func meetingCount(_ filter: MeetingFilter) throws -> Int {
        var parameters = PostgresParameters()
        let condition = try selection(filter).condition(&parameters)
        return try execute("SELECT count(*) FROM meeting WHERE \(condition)", parameters).scalar(Int.self) ?? 0
    }

    func meetingDetail(_ id: MeetingID) throws -> MeetingDetail {
        let record = try meetingRecord(id)
        guard let detail = try meetingDetails(.id(record.id)).first else { throw StoreError.unknownMeeting(id) }
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
        var parameters = PostgresParameters()
        let condition = selection.condition(&parameters)
        let rows = try execute(
            """
            SELECT meeting.*, chair.code AS chairCode,
                   \(PostgresSession.positionedList("missionId", from: "meetingMission", where: "meetingId = meeting.id"))
                       AS missionIDs,
                   \(PostgresSession.positionedList("area", from: "meetingArea", where: "meetingId = meeting.id"))
                       AS areaList
            FROM meeting LEFT JOIN party chair ON chair.id = meeting.chairPartyId
            WHERE \(condition)
            ORDER BY \(ListOrder.meetings)
            """, parameters)
        guard !rows.isEmpty else { return [] }
        let acronyms = try missionAcronyms()
        var read: [ReadMeeting] = []
        var questions = Set<MandateQuestion>()
        for row in rows {
            let missions = PostgresSession.ids(in: try row.decode("missionIDs"))
            let areas: String? = try row.decode("areaList")
            let start = try MeetingStart(iso8601: row.decode("startsAt"))
            if let first = missions.first { questions.insert(MandateQuestion(mission: first, day: start.day)) }
            read.append(
                ReadMeeting(
                    meeting: Meeting(
                        id: MeetingID(rawValue: try row.decode("id")), uuid: try row.decode("uuid"),
                        kind: try row.decode("kind"), title: try row.decode("title"), start: start,
                        status: try row.decode("status"), missions: missions.compactMap { acronyms[$0] },
                        mandate: nil, chair: try row.decode("chairCode"), location: try row.decode("location"),
                        mode: try row.decode("mode"), summary: try row.decode("summary"),
                        a4p: try A4PArea.parseList(areas.map { [$0] } ?? []),
                        cancelReason: try row.decode("cancelReason"), classification: try row.decode("classification"),
                        createdAt: try row.decode("createdAt"),
                        updatedAt: try row.decode("updatedAt")),
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
        for row in try execute("SELECT id, acronym FROM mission") {
            acronyms[try row.decode(at: 0)] = try row.decode(at: 1)
        }
        return acronyms
    }

    /// Meetings with attendance, invitations, agenda and actions: the meetings' own statements and four more,
    /// however many meetings are selected. With `groups`, each attendee's groups on the meeting day (for the
    /// meeting's missions); without, none (a bundle does not keep them).
    func meetingDetails(_ selection: MeetingSelection, groups: Bool = true) throws -> [MeetingDetail] {
        let meetings = try meetings(selection)
        guard !meetings.isEmpty else { return [] }
        var parameters = PostgresParameters()
        let matching = "SELECT meeting.id FROM meeting WHERE \(selection.condition(&parameters))"
        let byID = Dictionary(meetings.map { ($0.meeting.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })

        var attendance: [(meeting: Int64, party: Int64, kind: PartyKind, attendee: Attendee)] = []
        var questions = Set<GroupFacts.Question>()
        for row in try execute(
            """
            SELECT attendance.meetingId, attendance.partyId, party.code, party.name, party.kind,
                   attendance.representative
            FROM attendance JOIN party ON party.id = attendance.partyId
            WHERE attendance.meetingId IN (\(matching)) ORDER BY attendance.meetingId, lower(party.code)
            """, parameters)
        {
            let meeting: Int64 = try row.decode("meetingId")
            let party: Int64 = try row.decode("partyId")
            if groups, let read = byID[meeting] {
                questions.insert(
                    GroupFacts.Question(party: party, missions: read.missionIDs, day: read.meeting.start.day))
            }
            attendance.append(
                (
                    meeting, party, try row.decode("kind"),
                    Attendee(
                        party: try row.decode("code"), name: try row.decode("name"), groups: [],
                        representative: try row.decode("representative"))
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
        for row in try execute(
            """
            SELECT invitation.meetingId, party.code, party.name
            FROM invitation JOIN party ON party.id = invitation.partyId
            WHERE invitation.meetingId IN (\(matching)) ORDER BY invitation.meetingId, lower(party.code)
            """, parameters)
        {
            invitees[try row.decode("meetingId"), default: []].append(
                PartyReference(party: try row.decode("code"), name: try row.decode("name")))
        }
        var agenda: [Int64: [AgendaItem]] = [:]
        for row in try execute(
            """
            SELECT item.meetingId, item.position, item.title, item.outcome, item.classification, item.ownClassification,
                   \(PostgresSession.positionedList("area", from: "agendaItemArea", where: "agendaItemId = item.id"))
                       AS areaList
            FROM agendaItem item WHERE item.meetingId IN (\(matching)) ORDER BY item.meetingId, item.position
            """, parameters)
        {
            let areas: String? = try row.decode("areaList")
            agenda[try row.decode("meetingId"), default: []].append(
                AgendaItem(
                    position: try row.decode("position"), title: try row.decode("title"),
                    a4p: try A4PArea.parseList(areas.map { [$0] } ?? []), outcome: try row.decode("outcome"),
                    classification: RecordClassification(
                        try row.decode("classification"), isOwn: try row.decode("ownClassification"))))
        }
        var actions: [Int64: [ActionID]] = [:]
        for row in try execute(
            "SELECT meetingId, id FROM actionItem WHERE meetingId IN (\(matching)) ORDER BY meetingId, id", parameters)
        {
            actions[try row.decode("meetingId"), default: []].append(ActionID(rawValue: try row.decode("id")))
        }
        return meetings.map { read in
            let id = read.meeting.id.rawValue
            return MeetingDetail(
                meeting: read.meeting, attendees: attendees[id] ?? [], invitees: invitees[id] ?? [],
                agenda: agenda[id] ?? [], actions: actions[id] ?? [])
        }
    }
}
