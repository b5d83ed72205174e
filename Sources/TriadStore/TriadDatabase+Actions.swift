import GRDB
import TriadCore

extension TriadDatabase {
    /// Records an action item, open.
    @discardableResult
    public func addAction(_ draft: ActionDraft) throws -> ActionID {
        try write(summary: { "added action \($0)" }) { db in
            let owner = try TriadDatabase.party(draft.owner, in: db)
            let meeting = try draft.meeting.map { try TriadDatabase.meeting($0, in: db) }
            let mission = try draft.mission.map { try TriadDatabase.mission($0, in: db) }
            var record = ActionItemRecord(
                id: nil, uuid: TriadDatabase.newUUID(), title: draft.title, details: draft.details,
                ownerPartyId: owner.id!, assignee: draft.assignee, meetingId: meeting?.id, missionId: mission?.id,
                dueOn: draft.due, priority: draft.priority, status: .open, createdAt: context.now,
                updatedAt: context.now, closedAt: nil)
            try record.insert(db)
            try TriadDatabase.replaceAreas(draft.a4p, table: .actionItem, id: record.id!, in: db)
            return ActionID(rawValue: record.id!)
        }
    }

    /// Actions matching the filter as they stand on `day`, by due date (undated last).
    public func actions(_ filter: ActionFilter, asOf day: Day) throws -> [ActionItem] {
        try read { db in try TriadDatabase.actions(filter, asOf: day, in: db) }
    }

    /// How many actions match the filter on `day`: counted in SQL unless the filter names an owner group
    /// (a group depends on each owner's seats and contributions on that day, worked out per action).
    public func actionCount(_ filter: ActionFilter, asOf day: Day) throws -> Int {
        try read { db in
            guard filter.group == nil else { return try TriadDatabase.actions(filter, asOf: day, in: db).count }
            let (condition, arguments) = try TriadDatabase.condition(filter, asOf: day, in: db)
            return try Int.fetchOne(
                db.cachedStatement(sql: "SELECT count(*) FROM actionItem a WHERE \(condition)"),
                arguments: arguments) ?? 0
        }
    }

    /// One action as it stands on `day`.
    public func action(_ id: ActionID, asOf day: Day) throws -> ActionItem {
        try read { db in try TriadDatabase.action(id, asOf: day, in: db) }
    }

    /// Changes an action's status (open or in progress), due date, owner, assignee, priority or areas,
    /// and adds a note if one is given.
    @discardableResult
    public func updateAction(_ id: ActionID, _ update: ActionUpdate, asOf day: Day) throws -> ActionItem {
        try write(summary: { "updated action \($0.id)" }) { db in
            var record = try TriadDatabase.action(id, in: db)
            if let status = update.status, status != record.status {
                record.status = try record.status.transition(to: status, action: id.description)
            }
            if let due = update.due { record.dueOn = due }
            if let owner = update.owner { record.ownerPartyId = try TriadDatabase.party(owner, in: db).id! }
            if let assignee = update.assignee { record.assignee = assignee }
            if let priority = update.priority { record.priority = priority }
            if let a4p = update.a4p { try TriadDatabase.replaceAreas(a4p, table: .actionItem, id: record.id!, in: db) }
            if let note = update.note { try addNote(note, to: record.id!, in: db) }
            try save(&record, in: db)
            return try TriadDatabase.action(id, asOf: day, in: db)
        }
    }

    /// Moves an action to done, cancelled or (from either) back to open, with an optional note.
    @discardableResult
    public func changeActionStatus(_ id: ActionID, to status: ActionStatus, note: String?, asOf day: Day) throws
        -> ActionItem
    {
        try write(summary: { "marked action \($0.id) \(status.rawValue)" }) { db in
            var record = try TriadDatabase.action(id, in: db)
            record.status = try record.status.transition(to: status, action: id.description)
            record.closedAt = status.isClosed ? context.now : nil
            if let note = try Text.optional(note, field: "note") { try addNote(note, to: record.id!, in: db) }
            try save(&record, in: db)
            return try TriadDatabase.action(id, asOf: day, in: db)
        }
    }

    /// Adds a note to an action.
    @discardableResult
    public func addNote(_ text: String, to id: ActionID, asOf day: Day) throws -> ActionItem {
        try write(summary: { "added a note to action \($0.id)" }) { db in
            var record = try TriadDatabase.action(id, in: db)
            try addNote(try Text.required(text, field: "note"), to: record.id!, in: db)
            try save(&record, in: db)
            return try TriadDatabase.action(id, asOf: day, in: db)
        }
    }

    private func addNote(_ text: String, to action: Int64, in db: Database) throws {
        var note = ActionNoteRecord(
            id: nil, uuid: TriadDatabase.newUUID(), actionItemId: action, writtenAt: context.now,
            actor: context.actor, text: text)
        try note.insert(db)
    }

    private func save(_ record: inout ActionItemRecord, in db: Database) throws {
        record.updatedAt = context.now
        try record.update(db)
    }

    static func action(_ id: ActionID, asOf day: Day, in db: Database) throws -> ActionItem {
        _ = try action(id, in: db)
        return try actions(where: "a.id = :id", arguments: ["id": id.rawValue, "day": day], asOf: day, in: db)[0]
    }

    static func actions(_ filter: ActionFilter, asOf day: Day, in db: Database) throws -> [ActionItem] {
        let (condition, arguments) = try condition(filter, asOf: day, in: db)
        let items = try actions(where: condition, arguments: arguments, asOf: day, in: db)
        guard let group = filter.group else { return items }
        return items.filter { $0.ownerGroups.contains(group) }
    }

    /// The SQL condition on `a` (the action table) of a filter's owner, mission, meeting, status and
    /// dates (not its group), with the arguments it binds.
    static func condition(_ filter: ActionFilter, asOf day: Day, in db: Database) throws
        -> (String, StatementArguments)
    {
        var conditions: [String] = []
        var arguments: StatementArguments = ["day": day]
        if let owner = filter.owner {
            arguments += ["owner": try TriadDatabase.party(owner, in: db).id]
            conditions.append("a.ownerPartyId = :owner")
        }
        if let mission = filter.mission {
            // Through the mission's action links (one index range per status), so that the cost follows
            // the actions asked for, not every action the mission ever had.
            arguments += ["mission": try TriadDatabase.mission(mission, in: db).id]
            conditions.append(
                """
                a.id IN (SELECT l.actionItemId FROM missionAction l
                         WHERE l.missionId = :mission AND \(TriadDatabase.condition(filter.status, on: "l")))
                """)
        }
        if let meeting = filter.meeting {
            arguments += ["meeting": try TriadDatabase.meeting(meeting, in: db).id]
            conditions.append("a.meetingId = :meeting")
        }
        conditions.append(TriadDatabase.condition(filter.status, on: "a"))
        if let days = filter.dueWithin {
            arguments += ["dueLimit": day.adding(days: days)]
            conditions.append("a.dueOn >= :day AND a.dueOn <= :dueLimit")
        }
        if let days = filter.closedOn {
            arguments += [
                "closedFrom": Timestamp(millisecondsSince1970: Int64(days.lowerBound.ordinal) * 86_400_000),
                "closedTo": Timestamp(millisecondsSince1970: Int64(days.upperBound.ordinal + 1) * 86_400_000),
            ]
            conditions.append("a.closedAt >= :closedFrom AND a.closedAt < :closedTo")
        }
        return (conditions.joined(separator: " AND "), arguments)
    }

    /// The condition that a row of `alias` (an action, or a mission's action link: both have `status` and
    /// `dueOn`) stands in `status`; nil is the open ones (open or in progress). Needs `:day` for overdue.
    static func condition(_ status: ActionStatusFilter?, on alias: String) -> String {
        switch status {
        case nil: "\(alias).status IN ('open', 'in-progress')"
        case .open?: "\(alias).status = 'open'"
        case .inProgress?: "\(alias).status = 'in-progress'"
        case .done?: "\(alias).status = 'done'"
        case .cancelled?: "\(alias).status = 'cancelled'"
        case .overdue?: "\(alias).status IN ('open', 'in-progress') AND \(alias).dueOn < :day"
        case .all?: "1"
        }
    }

    /// Actions matching an SQL condition on `a` (the action table); `arguments` must bind `:day`.
    static func actions(where condition: String, arguments: StatementArguments, asOf day: Day, in db: Database) throws
        -> [ActionItem]
    {
        var notes: [Int64: [ActionNote]] = [:]
        let noteStatement = try db.cachedStatement(
            sql: """
                SELECT n.actionItemId, n.uuid, n.writtenAt, n.actor, n.text FROM actionNote n
                WHERE n.actionItemId IN (SELECT a.id FROM actionItem a WHERE \(condition))
                ORDER BY n.writtenAt, n.id
                """)
        let noteRows = try Row.fetchCursor(noteStatement, arguments: arguments)
        while let row = try noteRows.next() {
            notes[row[0], default: []].append(
                ActionNote(uuid: row[1], at: try row.decode(atIndex: 2), actor: row[3], text: row[4]))
        }
        // The owner's groups count the action's missions: its own, its meeting's, or any when it has neither.
        // The actions are decoded in one pass (never held as rows), noting each one's (owner, mission) pairs;
        // the facts are then fetched once per pair and the groups filled in.
        var pairs = Set<GroupFactsBatch.Pair>()
        var owners: [(party: Int64, kind: PartyKind, scope: [Int64])] = []
        var allMissions: [Int64]?
        let statement = try db.cachedStatement(
            sql: """
                SELECT a.*, p.code AS ownerCode, p.name AS ownerName, p.kind, m.acronym AS missionAcronym,
                       (SELECT group_concat(area, ',') FROM (
                           SELECT area FROM actionItemArea WHERE actionItemId = a.id ORDER BY position)) AS areaList,
                       (SELECT group_concat(missionId, ',') FROM meetingMission
                        WHERE meetingId = a.meetingId) AS meetingMissionList
                FROM actionItem a
                JOIN party p ON p.id = a.ownerPartyId
                LEFT JOIN mission m ON m.id = a.missionId
                WHERE \(condition)
                ORDER BY a.dueOn IS NULL, a.dueOn, a.id
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
        var items: [ActionItem] = []
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try cursor.next() {
            var scope: [Int64] = []
            if let mission: Int64 = row[missionColumn] { scope.append(mission) }
            let meetingMissions: String? = row[meetingMissionsColumn]
            for id in meetingMissions?.split(separator: ",") ?? [] { if let id = Int64(id) { scope.append(id) } }
            if scope.isEmpty {
                if allMissions == nil {
                    allMissions = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM mission"))
                }
                scope = allMissions ?? []
            }
            let id: Int64 = row[idColumn]
            let areas: String? = row[areasColumn]
            let meeting: Int64? = row[meetingColumn]
            let owner: Int64 = row[ownerColumn]
            owners.append((owner, try PartyKind(slug: row[kindColumn]), scope))
            for mission in scope { pairs.insert(GroupFactsBatch.Pair(party: owner, mission: mission)) }
            items.append(
                ActionItem(
                    id: ActionID(rawValue: id), uuid: row[uuidColumn], title: row[titleColumn],
                    details: row[detailsColumn], owner: row[ownerCodeColumn], ownerName: row[ownerNameColumn],
                    ownerGroups: [], assignee: row[assigneeColumn], meeting: meeting.map(MeetingID.init(rawValue:)),
                    mission: row[missionAcronymColumn], due: try row.decode(atIndex: dueColumn),
                    priority: try ActionPriority(slug: row[priorityColumn]),
                    status: try ActionStatus(slug: row[statusColumn]),
                    a4p: try A4PArea.parseList(areas.map { [$0] } ?? []),
                    createdAt: try row.decode(atIndex: createdColumn),
                    updatedAt: try row.decode(atIndex: updatedColumn),
                    closedAt: try row.decode(atIndex: closedColumn),
                    notes: notes[id] ?? [], asOf: day))
        }
        let facts = try GroupFactsBatch(parties: Set(pairs.map(\.party)), pairs: pairs, day: day, in: db)
        for (index, owner) in owners.enumerated() {
            items[index].ownerGroups = facts.groups(party: owner.party, kind: owner.kind, missions: owner.scope)
        }
        return items
    }
}
