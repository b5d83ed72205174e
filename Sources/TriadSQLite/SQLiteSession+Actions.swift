import GRDB
import TriadBackend
import TriadCore
import TriadStore

extension SQLiteSession {
    /// Which actions a read asks for; each case is a condition on `actionItem a` that an index serves.
    enum ActionSelection {
        /// The actions a filter names (owner, mission and meeting already looked up), but for its group.
        case filter(ActionFilter, owner: Int64?, mission: Int64?, meeting: Int64?)
        /// One action.
        case id(Int64)
        /// The actions of a JSON array of ids (an export's batch).
        case ids(String)

        /// The condition on `actionItem a` and the values it binds; `:day` is bound by the caller.
        var condition: (sql: String, arguments: StatementArguments) {
            switch self {
            case .filter(let filter, let owner, let mission, let meeting):
                var conditions: [String] = []
                var arguments: StatementArguments = [:]
                if let owner {
                    arguments += ["owner": owner]
                    conditions.append("actionItem.ownerPartyId = :owner")
                }
                if let mission {
                    // Through the mission's action links (one index range per status), so that the cost follows
                    // the actions asked for, not every action the mission ever had.
                    arguments += ["mission": mission]
                    conditions.append(
                        """
                        actionItem.id IN (SELECT link.actionItemId FROM missionAction link
                                 WHERE link.missionId = :mission
                                   AND \(ActionRows.missionLinks.condition(filter.status)))
                        """)
                }
                if let meeting {
                    arguments += ["meeting": meeting]
                    conditions.append("actionItem.meetingId = :meeting")
                }
                conditions.append(ActionRows.actions.condition(filter.status))
                if filter.dueWithin != nil {
                    conditions.append("actionItem.dueOn >= :day AND actionItem.dueOn <= :dueLimit")
                }
                if let days = filter.closedOn {
                    arguments += [
                        "closedFrom": Timestamp(millisecondsSince1970: Int64(days.lowerBound.ordinal) * 86_400_000),
                        "closedTo": Timestamp(millisecondsSince1970: Int64(days.upperBound.ordinal + 1) * 86_400_000),
                    ]
                    conditions.append("actionItem.closedAt >= :closedFrom AND actionItem.closedAt < :closedTo")
                }
                return (conditions.joined(separator: " AND "), arguments)
            case .id(let id):
                return ("actionItem.id = :id", ["id": id])
            case .ids(let ids):
                return ("actionItem.id IN (SELECT value FROM json_each(:ids))", ["ids": ids])
            }
        }
    }

    func actions(_ filter: ActionFilter, asOf day: Day) throws -> [ActionItem] {
        let items = try actions(try selection(filter), asOf: day)
        guard filter.group != nil else { return items }
        return items.filter(filter.admitsOwner(of:))
    }

    func actionIDs(_ filter: ActionFilter, asOf day: Day) throws -> [ActionID] {
        let (condition, arguments) = try selection(filter).condition
        return try Int64.fetchAll(
            db.cachedStatement(
                sql: "SELECT actionItem.id FROM actionItem WHERE \(condition) ORDER BY \(ListOrder.actions)"),
            arguments: arguments + SQLiteSession.dayArguments(filter, day)
        ).map(ActionID.init(rawValue:))
    }

    func actions(numbered ids: [ActionID], asOf day: Day) throws -> [ActionItem] {
        guard !ids.isEmpty else { return [] }
        return try actions(.ids(SQLiteSession.jsonArray(ids.lazy.map(\.rawValue))), asOf: day)
    }

    /// Counted in SQL unless the filter names an owner group (a group depends on each owner's seats and
    /// contributions on that day, worked out per action).
    func actionCount(_ filter: ActionFilter, asOf day: Day) throws -> Int {
        guard filter.group == nil else { return try actions(filter, asOf: day).count }
        let (condition, arguments) = try selection(filter).condition
        return try Int.fetchOne(
            db.cachedStatement(sql: "SELECT count(*) FROM actionItem WHERE \(condition)"),
            arguments: arguments + SQLiteSession.dayArguments(filter, day)) ?? 0
    }

    func noteCount(_ filter: ActionFilter, asOf day: Day) throws -> Int {
        guard filter.group == nil else { return try actions(filter, asOf: day).reduce(0) { $0 + $1.notes.count } }
        let (condition, arguments) = try selection(filter).condition
        return try Int.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT count(*) FROM actionNote
                    WHERE actionItemId IN (SELECT actionItem.id FROM actionItem WHERE \(condition))
                    """), arguments: arguments + SQLiteSession.dayArguments(filter, day)) ?? 0
    }

    func action(_ id: ActionID, asOf day: Day) throws -> ActionItem {
        guard let item = try actions(.id(try actionRecord(id).storedID), asOf: day).first else {
            throw StoreError.unknownAction(id)
        }
        return item
    }

    /// The selection of a filter, its references looked up.
    private func selection(_ filter: ActionFilter) throws -> ActionSelection {
        .filter(
            filter, owner: try filter.owner.map { try partyRecord($0).storedID },
            mission: try filter.mission.map { try missionID($0) },
            meeting: try filter.meeting.map { try meetingRecord($0).storedID })
    }

    /// `:day`, and the last day of `dueWithin`, for a filter's condition.
    private static func dayArguments(_ filter: ActionFilter?, _ day: Day) -> StatementArguments {
        ["day": day, "dueLimit": day.adding(days: filter?.dueWithin ?? 0)]
    }

    /// The actions selected as they stand on `day`, by due date (undated last), with their notes. With
    /// `ownerGroups`, each owner's groups that day, counting the action's missions (its own, its meeting's,
    /// or any when it has neither); without, none (a bundle does not keep them).
    func actions(_ selection: ActionSelection, asOf day: Day, ownerGroups: Bool = true) throws -> [ActionItem] {
        let (condition, selected) = selection.condition
        let filter: ActionFilter? =
            if case .filter(let filter, _, _, _) = selection { filter } else { nil }
        let arguments = selected + SQLiteSession.dayArguments(filter, day)
        var notes: [Int64: [ActionNote]] = [:]
        let noteRows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT note.actionItemId, note.uuid, note.writtenAt, note.actor, note.text, note.classification,
                           note.ownClassification
                    FROM actionNote note
                    WHERE note.actionItemId IN (SELECT actionItem.id FROM actionItem WHERE \(condition))
                    ORDER BY note.writtenAt, note.id
                    """), arguments: arguments)
        while let row = try noteRows.next() {
            notes[try row.decode(atIndex: 0), default: []].append(
                ActionNote(
                    uuid: try row.decode(atIndex: 1), at: try row.decode(atIndex: 2), actor: try row.decode(atIndex: 3),
                    text: try row.decode(atIndex: 4),
                    classification: RecordClassification(
                        try Classification(slug: row.decode(atIndex: 5)), isOwn: try row.decode(atIndex: 6))))
        }
        // The actions are decoded in one pass (never held as rows), noting each one's owner and missions; the
        // facts are then fetched once for every (owner, missions) and the groups filled in.
        var owners: [(question: GroupFacts.Question, kind: PartyKind)] = []
        var allMissions: [Int64]?
        let acronyms = try missionAcronyms()
        let statement = try db.cachedStatement(
            sql: """
                SELECT actionItem.*, owner.code AS ownerCode, owner.name AS ownerName, owner.kind,
                       mission.acronym AS missionAcronym,
                       (SELECT group_concat(area, ',') FROM (
                           SELECT area FROM actionItemArea WHERE actionItemId = actionItem.id
                           ORDER BY position)) AS areaList,
                       (SELECT group_concat(missionId, ',') FROM (
                           SELECT missionId FROM meetingMission WHERE meetingId = actionItem.meetingId
                           ORDER BY position)) AS meetingMissionList
                FROM actionItem
                JOIN party owner ON owner.id = actionItem.ownerPartyId
                LEFT JOIN mission ON mission.id = actionItem.missionId
                WHERE \(condition)
                ORDER BY \(ListOrder.actions)
                """)
        // Column positions are looked up once, not by name on each of maybe twenty thousand rows.
        let column = ColumnIndex(names: statement.columnNames)
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
        var items: [ActionItem] = []
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try cursor.next() {
            var scope: [Int64] = []
            if let mission: Int64 = try row.decode(atIndex: missionColumn) { scope.append(mission) }
            let meetingMissions = SQLiteSession.ids(in: try row.decode(atIndex: meetingMissionsColumn))
            scope += meetingMissions
            if scope.isEmpty {
                if allMissions == nil { allMissions = try allMissionIDs() }
                scope = allMissions ?? []
            }
            let id: Int64 = try row.decode(atIndex: idColumn)
            let areas: String? = try row.decode(atIndex: areasColumn)
            let meeting: Int64? = try row.decode(atIndex: meetingColumn)
            let kind = try PartyKind(slug: row.decode(atIndex: kindColumn))
            owners.append(
                (GroupFacts.Question(party: try row.decode(atIndex: ownerColumn), missions: scope, day: day), kind))
            items.append(
                ActionItem(
                    id: ActionID(rawValue: id), uuid: try row.decode(atIndex: uuidColumn),
                    title: try row.decode(atIndex: titleColumn), details: try row.decode(atIndex: detailsColumn),
                    owner: try row.decode(atIndex: ownerCodeColumn),
                    ownerName: try row.decode(atIndex: ownerNameColumn),
                    ownerGroups: [], assignee: try row.decode(atIndex: assigneeColumn),
                    meeting: meeting.map(MeetingID.init(rawValue:)),
                    mission: try row.decode(atIndex: missionAcronymColumn),
                    missions: meetingMissions.compactMap { acronyms[$0] }, due: try row.decode(atIndex: dueColumn),
                    priority: try ActionPriority(slug: row.decode(atIndex: priorityColumn)),
                    status: try ActionStatus(slug: row.decode(atIndex: statusColumn)),
                    a4p: try A4PArea.parseList(areas.map { [$0] } ?? []),
                    createdAt: try row.decode(atIndex: createdColumn),
                    updatedAt: try row.decode(atIndex: updatedColumn),
                    closedAt: try row.decode(atIndex: closedColumn),
                    notes: notes[id] ?? [],
                    classification: RecordClassification(
                        try Classification(slug: row.decode(atIndex: classificationColumn)),
                        isOwn: try row.decode(atIndex: ownClassificationColumn)),
                    asOf: day))
        }
        guard ownerGroups else { return items }
        let facts = try groupFacts(Set(owners.map(\.question)))
        for (index, owner) in owners.enumerated() {
            items[index].ownerGroups = facts.groups(owner.question, kind: owner.kind)
        }
        return items
    }
}
