import GRDB
import TriadBackend
import TriadCore
import TriadStore

/// Reading positions: one statement for the positions and their areas, and the two of ``groupFacts(_:)`` for
/// the groups of the parties that raised them.
extension SQLiteSession {
    func positions(_ filter: PositionFilter) throws -> [Position] {
        var conditions: [String] = []
        var arguments: StatementArguments = [:]
        if let mission = filter.mission {
            arguments += ["mission": try missionID(mission)]
            conditions.append("meeting.id IN (SELECT meetingId FROM meetingMission WHERE missionId = :mission)")
        }
        if let party = filter.party {
            arguments += ["party": try partyRecord(party).storedID]
            conditions.append("partyPosition.partyId = :party")
        }
        if let meeting = filter.meeting {
            arguments += ["meeting": try meetingRecord(meeting).storedID]
            conditions.append("partyPosition.meetingId = :meeting")
        }
        if filter.openOnly { conditions.append("partyPosition.uptakeStatus IS NULL") }
        var cycle: UptakeCycle?
        if let resolution = filter.mandate {
            let mandate = try mandateRecord(resolution)
            let found = try self.mandate(resolution)
            cycle = UptakeCycle(
                endingWith: found, among: try mandates(mission: found.mission, expiringWithin: nil, asOf: found.adopted)
            )
            arguments += ["mandateMission": mandate.missionId, "mandate": try mandate.storedID]
            conditions.append(
                """
                (partyPosition.uptakeMandateId = :mandate
                 OR meeting.id IN (SELECT meetingId FROM meetingMission WHERE missionId = :mandateMission))
                """)
        }
        let positions = try positions(
            where: conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments)
        return cycle.map { cycle in positions.filter(cycle.answers) } ?? positions
    }

    func position(_ id: PositionID) throws -> Position {
        guard let position = try positions(where: "partyPosition.id = :id", ["id": id.rawValue]).first else {
            throw StoreError.unknownPosition(id)
        }
        return position
    }

    /// The positions whose row, meeting and party meet `condition`, by the day they were raised.
    private func positions(where condition: String, _ arguments: StatementArguments) throws -> [Position] {
        let rows = try db.cachedRows(
            sql: """
                SELECT partyPosition.*, meeting.meetingDay, meeting.classification,
                       party.code, party.name, party.kind AS partyKind,
                       mandate.resolutionNumber, mandate.resolutionYear,
                       (SELECT group_concat(missionId, ',') FROM (
                           SELECT missionId FROM meetingMission WHERE meetingId = meeting.id
                           ORDER BY position)) AS missionIDs,
                       (SELECT group_concat(area, ',') FROM (
                           SELECT area FROM partyPositionArea WHERE partyPositionId = partyPosition.id
                           ORDER BY position)) AS areaList
                FROM partyPosition
                JOIN meeting ON meeting.id = partyPosition.meetingId
                JOIN party ON party.id = partyPosition.partyId
                LEFT JOIN mandate ON mandate.id = partyPosition.uptakeMandateId
                WHERE \(condition)
                ORDER BY meeting.meetingDay, meeting.startsAt, partyPosition.id
                """, arguments: arguments)
        guard !rows.isEmpty else { return [] }
        let acronyms = try missionAcronyms()
        var read: [(position: Position, question: GroupFacts.Question, kind: PartyKind)] = []
        for row in rows {
            let missions = SQLiteSession.ids(in: try row.decode(forColumn: "missionIDs"))
            let day: Day = try row.decode(forColumn: "meetingDay")
            let areas: String? = try row.decode(forColumn: "areaList")
            let status: String? = try row.decode(forColumn: "uptakeStatus")
            let uptake = try status.map { status in
                try PositionUptake(
                    mandate: ResolutionReference(
                        number: row.decode(forColumn: "resolutionNumber"), year: row.decode(forColumn: "resolutionYear")
                    ),
                    status: UptakeStatus(slug: status), paragraph: row.decode(forColumn: "uptakeParagraph"),
                    note: row.decode(forColumn: "uptakeNote"))
            }
            read.append(
                (
                    Position(
                        id: PositionID(rawValue: try row.decode(forColumn: "id")),
                        uuid: try row.decode(forColumn: "uuid"),
                        meeting: MeetingID(rawValue: try row.decode(forColumn: "meetingId")), raisedOn: day,
                        missions: missions.compactMap { acronyms[$0] }, party: try row.decode(forColumn: "code"),
                        partyName: try row.decode(forColumn: "name"), partyGroups: [],
                        kind: try PositionKind(slug: row.decode(forColumn: "kind")),
                        topic: try PositionTopic(slug: row.decode(forColumn: "topic")),
                        text: try row.decode(forColumn: "text"),
                        a4p: try A4PArea.parseList(areas.map { [$0] } ?? []), uptake: uptake,
                        classification: try Classification(slug: row.decode(forColumn: "classification")),
                        createdAt: try row.decode(forColumn: "createdAt"),
                        updatedAt: try row.decode(forColumn: "updatedAt")),
                    GroupFacts.Question(party: try row.decode(forColumn: "partyId"), missions: missions, day: day),
                    try PartyKind(slug: row.decode(forColumn: "partyKind"))
                ))
        }
        let facts = try groupFacts(read.map(\.question))
        return read.map { entry in
            var position = entry.position
            position.partyGroups = facts.groups(entry.question, kind: entry.kind)
            return position
        }
    }

    /// The codes of the parties recorded as present at a meeting.
    func attendeeCodes(of meeting: Int64) throws -> [String] {
        try String.fetchAll(
            db.cachedStatement(
                sql: "SELECT party.code FROM attendance JOIN party ON party.id = attendance.partyId WHERE meetingId = ?"
            ),
            arguments: [meeting])
    }
}
