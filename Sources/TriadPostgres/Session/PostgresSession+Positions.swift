import TriadBackend
import TriadCore
import TriadStore

/// Reading positions: one statement for the positions and their areas, and those of ``groupFacts(_:)`` for the
/// groups of the parties that raised them.
extension PostgresSession {
    func positions(_ filter: PositionFilter) throws -> [Position] {
        var conditions: [String] = []
        var parameters = PostgresParameters()
        if let mission = filter.mission {
            conditions.append(
                "meeting.id IN (SELECT meetingId FROM meetingMission WHERE missionId = \(parameters.bind(try missionID(mission))))"
            )
        }
        if let party = filter.party {
            conditions.append("partyPosition.partyId = \(parameters.bind(try partyRecord(party).id))")
        }
        if let meeting = filter.meeting {
            conditions.append("partyPosition.meetingId = \(parameters.bind(try meetingRecord(meeting).id))")
        }
        if filter.openOnly { conditions.append("partyPosition.uptakeStatus IS NULL") }
        var cycle: UptakeCycle?
        if let resolution = filter.mandate {
            let mandate = try self.mandate(resolution)
            cycle = UptakeCycle(
                endingWith: mandate,
                among: try mandates(mission: mandate.mission, expiringWithin: nil, asOf: mandate.adopted))
            conditions.append(
                """
                (partyPosition.uptakeMandateId = \(parameters.bind(try mandateID(resolution)))
                 OR meeting.id IN (SELECT meetingId FROM meetingMission
                                   WHERE missionId = \(parameters.bind(try missionID(mandate.mission)))))
                """)
        }
        let positions = try positions(
            where: conditions.isEmpty ? "true" : conditions.joined(separator: " AND "), parameters)
        return cycle.map { cycle in positions.filter(cycle.answers) } ?? positions
    }

    func position(_ id: PositionID) throws -> Position {
        var parameters = PostgresParameters()
        let condition = "partyPosition.id = \(parameters.bind(id.rawValue))"
        guard let position = try positions(where: condition, parameters).first else {
            throw StoreError.unknownPosition(id)
        }
        return position
    }

    /// The positions whose row, meeting and party meet `condition`, by the day they were raised.
    private func positions(where condition: String, _ parameters: PostgresParameters) throws -> [Position] {
        let rows = try execute(
            """
            SELECT partyPosition.*, meeting.meetingDay, meeting.classification, party.code, party.name,
                   party.kind AS partyKind, mandate.resolutionNumber, mandate.resolutionYear,
                   (SELECT string_agg(missionId::text, ',' ORDER BY position) FROM meetingMission
                    WHERE meetingId = meeting.id) AS missionList,
                   \(PostgresSession.positionedList("area", from: "partyPositionArea", where: "partyPositionId = partyPosition.id"))
                       AS areaList
            FROM partyPosition
            JOIN meeting ON meeting.id = partyPosition.meetingId
            JOIN party ON party.id = partyPosition.partyId
            LEFT JOIN mandate ON mandate.id = partyPosition.uptakeMandateId
            WHERE \(condition)
            ORDER BY meeting.meetingDay, meeting.startsAt, partyPosition.id
            """, parameters)
        guard !rows.isEmpty else { return [] }
        let acronyms = try missionAcronyms()
        var read: [(position: Position, question: GroupFacts.Question, kind: PartyKind)] = []
        for row in rows {
            let missions = PostgresSession.ids(in: try row.decode("missionList"))
            let day: Day = try row.decode("meetingDay")
            let areas: String? = try row.decode("areaList")
            let status: UptakeStatus? = try row.decode("uptakeStatus")
            let uptake = try status.map { status in
                try PositionUptake(
                    mandate: ResolutionReference(
                        number: row.decode("resolutionNumber"), year: row.decode("resolutionYear")),
                    status: status, paragraph: row.decode("uptakeParagraph"), note: row.decode("uptakeNote"))
            }
            read.append(
                (
                    Position(
                        id: PositionID(rawValue: try row.decode("id")), uuid: try row.decode("uuid"),
                        meeting: MeetingID(rawValue: try row.decode("meetingId")), raisedOn: day,
                        missions: missions.compactMap { acronyms[$0] }, party: try row.decode("code"),
                        partyName: try row.decode("name"), partyGroups: [], kind: try row.decode("kind"),
                        topic: try row.decode("topic"), text: try row.decode("text"),
                        a4p: try A4PArea.parseList(areas.map { [$0] } ?? []), uptake: uptake,
                        classification: try row.decode("classification"), createdAt: try row.decode("createdAt"),
                        updatedAt: try row.decode("updatedAt")),
                    GroupFacts.Question(party: try row.decode("partyId"), missions: missions, day: day),
                    try row.decode("partyKind")
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
        try execute(
            "SELECT party.code FROM attendance JOIN party ON party.id = attendance.partyId WHERE meetingId = $1",
            [meeting]
        ).map { try $0.decode(at: 0, as: String.self) }
    }
}
