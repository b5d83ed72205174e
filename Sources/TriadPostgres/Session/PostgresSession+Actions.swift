import TriadBackend
import TriadCore
import TriadStore

extension PostgresSession {
    func actions(_ filter: ActionFilter, asOf day: Day) throws -> [ActionItem] {
        let items = try actions(try selection(filter), asOf: day)
        guard filter.group != nil else { return items }
        return items.filter(filter.admitsOwner(of:))
    }

    func actionIDs(_ filter: ActionFilter, asOf day: Day) throws -> [ActionID] {
        var parameters = PostgresParameters()
        let condition = try selection(filter).condition(&parameters, day: day)
        return try execute(
            "SELECT actionItem.id FROM actionItem WHERE \(condition) ORDER BY \(ListOrder.actions)", parameters
        ).map { ActionID(rawValue: try $0.decode(at: 0, as: Int64.self)) }
    }

    func actions(numbered ids: [ActionID], asOf day: Day) throws -> [ActionItem] {
        guard !ids.isEmpty else { return [] }
        return try actions(.ids(ids.map(\.rawValue)), asOf: day)
    }

    /// Counted in SQL unless the filter names an owner group (a group depends on each owner's seats and
    /// contributions on that day, worked out per action).
    func actionCount(_ filter: ActionFilter, asOf day: Day) throws -> Int {
        guard filter.group == nil else { return try actions(filter, asOf: day).count }
        var parameters = PostgresParameters()
        let condition = try selection(filter).condition(&parameters, day: day)
        return try execute("SELECT count(*) FROM actionItem WHERE \(condition)", parameters).scalar(Int.self) ?? 0
    }

    func noteCount(_ filter: ActionFilter, asOf day: Day) throws -> Int {
        guard filter.group == nil else { return try actions(filter, asOf: day).reduce(0) { $0 + $1.notes.count } }
        var parameters = PostgresParameters()
        let condition = try selection(filter).condition(&parameters, day: day)
        return try execute(
            """
            SELECT count(*) FROM actionNote
            WHERE actionItemId IN (SELECT actionItem.id FROM actionItem WHERE \(condition))
            """, parameters
        ).scalar(Int.self) ?? 0
    }

    func action(_ id: ActionID, asOf day: Day) throws -> ActionItem {
        guard let item = try actions(.id(try actionRecord(id).id), asOf: day).first else {
            throw StoreError.unknownAction(id)
        }
        return item
    }

    /// The selection of a filter, its references looked up.
    private func selection(_ filter: ActionFilter) throws -> ActionSelection {
        .filter(
            filter, owner: try filter.owner.map { try partyRecord($0).id },
            mission: try filter.mission.map { try missionID($0) },
            meeting: try filter.meeting.map { try meetingRecord($0).id })
    }

    /// The actions selected as they stand on `day`, by due date (undated last), with their notes. With
    /// `ownerGroups`, each owner's groups that day, counting the action's missions (its own, its meeting's, or
    /// any when it has neither); without, none (a bundle does not keep them).
    func actions(_ selection: ActionSelection, asOf day: Day, ownerGroups: Bool = true) throws -> [ActionItem] {
        var parameters = PostgresParameters()
        let condition = selection.condition(&parameters, day: day)
        var owners: [(question: GroupFacts.Question, kind: PartyKind)] = []
        var allMissions: [Int64]?
        let acronyms = try missionAcronyms()
        let rows = try execute(
            """
            SELECT actionItem.*, owner.code AS ownerCode, owner.name AS ownerName, owner.kind,
                   mission.acronym AS missionAcronym,
                   \(PostgresSession.positionedList("area", from: "actionItemArea", where: "actionItemId = actionItem.id"))
                       AS areaList,
                   (SELECT string_agg(missionId::text, ',' ORDER BY position) FROM meetingMission
                    WHERE meetingId = actionItem.meetingId) AS meetingMissionList
            FROM actionItem
            JOIN party owner ON owner.id = actionItem.ownerPartyId
            LEFT JOIN mission ON mission.id = actionItem.missionId
            WHERE \(condition)
            ORDER BY \(ListOrder.actions)
            """, parameters)
        // Column positions are looked up once, not by name on each of maybe twenty thousand rows.
        let column = rows.columns
        let (idColumn, uuidColumn, titleColumn, detailsColumn) =
            (column["id"], column["uuid"], column["title"], column["details"])
        let (ownerColumn, ownerCodeColumn, ownerNameColumn, kindColumn, assigneeColumn) =
            (column["ownerPartyId"], column["ownerCode"], column["ownerName"], column["kind"], column["assignee"])
        let (meetingColumn, missionColumn, missionAcronymColumn, meetingMissionsColumn, areasColumn) =
            (
                column["meetingId"], column["missionId"], column["missionAcronym"], column["meetingMissionList"],
                column["areaList"]
            )
        let (dueColumn, priorityColumn, statusColumn) = (column["dueOn"], column["priority"], column["status"])
        let (createdColumn, updatedColumn, closedColumn) =
            (column["createdAt"], column["updatedAt"], column["closedAt"])
        let (classificationColumn, ownClassificationColumn) = (column["classification"], column["ownClassification"])
        let notes = try notes(of: try rows.map { try $0.decode(at: idColumn, as: Int64.self) })
        var items: [ActionItem] = []
        items.reserveCapacity(rows.count)
        for row in rows {
            var scope: [Int64] = []
            if let mission: Int64 = try row.decode(at: missionColumn) { scope.append(mission) }
            let meetingMissions = PostgresSession.ids(in: try row.decode(at: meetingMissionsColumn))
            scope += meetingMissions
            if scope.isEmpty {
                if allMissions == nil { allMissions = try allMissionIDs() }
                scope = allMissions ?? []
            }
            let id: Int64 = try row.decode(at: idColumn)
            let areas: String? = try row.decode(at: areasColumn)
            let meeting: Int64? = try row.decode(at: meetingColumn)
            let kind: PartyKind = try row.decode(at: kindColumn)
            owners.append(
                (GroupFacts.Question(party: try row.decode(at: ownerColumn), missions: scope, day: day), kind))
            items.append(
                ActionItem(
                    id: ActionID(rawValue: id), uuid: try row.decode(at: uuidColumn),
                    title: try row.decode(at: titleColumn), details: try row.decode(at: detailsColumn),
                    owner: try row.decode(at: ownerCodeColumn), ownerName: try row.decode(at: ownerNameColumn),
                    ownerGroups: [], assignee: try row.decode(at: assigneeColumn),
                    meeting: meeting.map(MeetingID.init(rawValue:)),
                    mission: try row.decode(at: missionAcronymColumn),
                    missions: meetingMissions.compactMap { acronyms[$0] }, due: try row.decode(at: dueColumn),
                    priority: try row.decode(at: priorityColumn), status: try row.decode(at: statusColumn),
                    a4p: try A4PArea.parseList(areas.map { [$0] } ?? []),
                    createdAt: try row.decode(at: createdColumn), updatedAt: try row.decode(at: updatedColumn),
                    closedAt: try row.decode(at: closedColumn), notes: notes[id] ?? [],
                    classification: RecordClassification(
                        try row.decode(at: classificationColumn), isOwn: try row.decode(at: ownClassificationColumn)),
                    asOf: day))
        }
        guard ownerGroups else { return items }
        let facts = try groupFacts(Set(owners.map(\.question)))
        for (index, owner) in owners.enumerated() {
            items[index].ownerGroups = facts.groups(owner.question, kind: owner.kind)
        }
        return items
    }

    /// The notes of the actions `ids`, by action, each action's in the order they were written. The actions
    /// are read first and their notes asked for by id, one index seek per action, where the selection's
    /// condition asked again would read the actions again. `OFFSET 0` keeps the seeks: without it the planner,
    /// costing each seek as a disk read, would rather read every note of every action (20 ms where the seeks
    /// take 3 on the benchmark fixture).
    private func notes(of ids: [Int64]) throws -> [Int64: [ActionNote]] {
        var parameters = PostgresParameters()
        var notes: [Int64: [ActionNote]] = [:]
        for row in try execute(
            """
            SELECT note.actionItemId, note.uuid, note.writtenAt, note.actor, note.text, note.classification,
                   note.ownClassification
            FROM unnest(\(parameters.bind(ids: ids))) AS asked(id)
            CROSS JOIN LATERAL (SELECT * FROM actionNote WHERE actionNote.actionItemId = asked.id OFFSET 0) AS note
            ORDER BY note.writtenAt, note.id
            """, parameters)
        {
            notes[try row.decode(at: 0), default: []].append(
                ActionNote(
                    uuid: try row.decode(at: 1), at: try row.decode(at: 2), actor: try row.decode(at: 3),
                    text: try row.decode(at: 4),
                    classification: RecordClassification(try row.decode(at: 5), isOwn: try row.decode(at: 6))))
        }
        return notes
    }
}
