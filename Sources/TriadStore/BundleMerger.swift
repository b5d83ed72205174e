import GRDB
import TriadCore

/// Applies a bundle's records to a database inside the importing transaction, matching records by uuid
/// or natural key and resolving edits made on both sides by the newer `updatedAt`.
struct BundleMerger {
    let db: Database
    var summary: MergeSummary

    /// What to do with a record both sides hold.
    private enum Decision {
        case unchanged
        case takeTheirs
        case keepOurs
    }

    mutating func apply(_ bundle: TriadBundle) throws {
        for party in bundle.parties { try apply(party) }
        for mission in bundle.missions { try apply(mission) }
        for seat in bundle.councilSeats { try apply(seat) }
        for mandate in bundle.mandates { try apply(mandate) }
        for contribution in bundle.contributions { try apply(contribution) }
        for meeting in bundle.meetings { try apply(meeting) }
        for action in bundle.actions { try apply(action) }
    }

    /// Decides between our version and theirs, counting and explaining the outcome.
    private mutating func decide(_ label: String, differs: Bool, ours: String, theirs: String) -> Decision {
        guard differs else {
            summary.unchanged += 1
            return .unchanged
        }
        if theirs > ours {
            summary.updated += 1
            summary.conflicts.append("\(label): took the bundle's version (edited \(theirs), ours \(ours))")
            return .takeTheirs
        }
        summary.kept += 1
        summary.conflicts.append("\(label): kept ours (edited \(ours), the bundle's \(theirs))")
        return .keepOurs
    }

    private func id(_ sql: String, _ arguments: StatementArguments) throws -> Int64? {
        try Int64.fetchOne(db, sql: sql, arguments: arguments)
    }

    private func partyID(_ code: String) throws -> Int64 {
        guard let id = try id("SELECT id FROM party WHERE code = ?", [code]) else {
            throw StoreError.invalidBundle(reason: "it names a party '\(code)' that neither database has")
        }
        return id
    }

    private func missionID(_ acronym: String) throws -> Int64 {
        guard let id = try id("SELECT id FROM mission WHERE acronym = ?", [acronym]) else {
            throw StoreError.invalidBundle(reason: "it names a mission '\(acronym)' that neither database has")
        }
        return id
    }

    private mutating func apply(_ party: TriadBundle.Party) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM party WHERE code = ?", arguments: [party.code]) else {
            try db.execute(
                sql:
                    "INSERT INTO party (code, name, kind, isReference, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [party.code, party.name, party.kind, party.isReference, party.createdAt, party.updatedAt])
            summary.added += 1
            return
        }
        let differs =
            try (row.decode(String.self, forColumn: "name"), row.decode(String.self, forColumn: "kind")) != (
                party.name, party.kind
            )
        if decide(
            "party \(party.code)", differs: differs, ours: try row.decode(forColumn: "updatedAt"),
            theirs: party.updatedAt) == .takeTheirs
        {
            try db.execute(
                sql: "UPDATE party SET name = ?, kind = ?, updatedAt = ? WHERE code = ?",
                arguments: [party.name, party.kind, party.updatedAt, party.code])
        }
    }

    private mutating func apply(_ mission: TriadBundle.Mission) throws {
        let hosts = try mission.hosts.map(partyID)
        if let row = try Row.fetchOne(db, sql: "SELECT * FROM mission WHERE acronym = ?", arguments: [mission.acronym])
        {
            let id: Int64 = try row.decode(forColumn: "id")
            let ourHosts = try String.fetchAll(
                db,
                sql:
                    "SELECT p.code FROM missionHost h JOIN party p ON p.id = h.partyId WHERE h.missionId = ? ORDER BY p.code",
                arguments: [id])
            let ours: [String?] = [
                try row.decode(forColumn: "name"), try row.decode(forColumn: "territory"),
                try row.decode(forColumn: "establishedOn"), try row.decode(forColumn: "closedOn"),
            ]
            let differs =
                ours != [mission.name, mission.territory, mission.established, mission.closed]
                || ourHosts != mission.hosts
            guard
                decide(
                    "mission \(mission.acronym)", differs: differs, ours: try row.decode(forColumn: "updatedAt"),
                    theirs: mission.updatedAt) == .takeTheirs
            else { return }
            try db.execute(
                sql:
                    "UPDATE mission SET name = ?, territory = ?, establishedOn = ?, closedOn = ?, updatedAt = ? WHERE id = ?",
                arguments: [
                    mission.name, mission.territory, mission.established, mission.closed, mission.updatedAt, id,
                ])
            try db.execute(sql: "DELETE FROM missionHost WHERE missionId = ?", arguments: [id])
            for host in hosts {
                try db.execute(
                    sql: "INSERT INTO missionHost (missionId, partyId) VALUES (?, ?)", arguments: [id, host])
            }
            return
        }
        try db.execute(
            sql: """
                INSERT INTO mission (acronym, name, territory, establishedOn, closedOn, isReference, createdAt, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                mission.acronym, mission.name, mission.territory, mission.established, mission.closed,
                mission.isReference, mission.createdAt, mission.updatedAt,
            ])
        let id = db.lastInsertedRowID
        for host in hosts {
            try db.execute(sql: "INSERT INTO missionHost (missionId, partyId) VALUES (?, ?)", arguments: [id, host])
        }
        summary.added += 1
    }

    private mutating func apply(_ seat: TriadBundle.Seat) throws {
        let party = try partyID(seat.party)
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM councilSeat WHERE partyId = ? AND startsOn = ?", arguments: [party, seat.from])
        else {
            try db.execute(
                sql:
                    "INSERT INTO councilSeat (partyId, startsOn, endsOn, isPermanent, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [party, seat.from, seat.to, seat.permanent, seat.createdAt, seat.updatedAt])
            summary.added += 1
            return
        }
        let differs =
            try (row.decode(String?.self, forColumn: "endsOn"), row.decode(Bool.self, forColumn: "isPermanent")) != (
                seat.to, seat.permanent
            )
        if decide(
            "Council seat of \(seat.party) from \(seat.from)", differs: differs,
            ours: try row.decode(forColumn: "updatedAt"), theirs: seat.updatedAt) == .takeTheirs
        {
            try db.execute(
                sql:
                    "UPDATE councilSeat SET endsOn = ?, isPermanent = ?, updatedAt = ? WHERE partyId = ? AND startsOn = ?",
                arguments: [seat.to, seat.permanent, seat.updatedAt, party, seat.from])
        }
    }

    private mutating func apply(_ mandate: TriadBundle.Mandate) throws {
        let mission = try missionID(mandate.mission)
        let pens = try mandate.penholders.map(partyID)
        let row = try Row.fetchOne(
            db, sql: "SELECT * FROM mandate WHERE uuid = ? OR resolutionNumber = ?",
            arguments: [mandate.uuid, mandate.resolutionNumber])
        var id: Int64
        if let row {
            id = try row.decode(forColumn: "id")
            let ourPens = try String.fetchAll(
                db,
                sql:
                    "SELECT p.code FROM mandatePenholder h JOIN party p ON p.id = h.partyId WHERE h.mandateId = ? ORDER BY p.code",
                arguments: [id])
            let ourReports = try String.fetchAll(
                db, sql: "SELECT dueOn FROM mandateReportDue WHERE mandateId = ? ORDER BY dueOn", arguments: [id])
            let ours: [String?] = [try row.decode(forColumn: "adoptedOn"), try row.decode(forColumn: "expiresOn")]
            let ceilings: [Int?] = [
                try row.decode(forColumn: "troopCeiling"), try row.decode(forColumn: "policeCeiling"),
            ]
            let ourMission: Int64 = try row.decode(forColumn: "missionId")
            let differs =
                ours != [mandate.adopted, mandate.expires] || ceilings != [mandate.troopCeiling, mandate.policeCeiling]
                || ourPens != mandate.penholders || ourReports != mandate.reportsDue || ourMission != mission
            let label = "mandate \(mandate.resolutionNumber) (\(mandate.resolutionYear))"
            guard
                decide(label, differs: differs, ours: try row.decode(forColumn: "updatedAt"), theirs: mandate.updatedAt)
                    == .takeTheirs
            else { return }
            try db.execute(
                sql: """
                    UPDATE mandate SET missionId = ?, adoptedOn = ?, expiresOn = ?, troopCeiling = ?, policeCeiling = ?,
                        updatedAt = ? WHERE id = ?
                    """,
                arguments: [
                    mission, mandate.adopted, mandate.expires, mandate.troopCeiling, mandate.policeCeiling,
                    mandate.updatedAt, id,
                ])
            try db.execute(sql: "DELETE FROM mandatePenholder WHERE mandateId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM mandateReportDue WHERE mandateId = ?", arguments: [id])
        } else {
            try db.execute(
                sql: """
                    INSERT INTO mandate (uuid, missionId, resolutionNumber, resolutionYear, adoptedOn, expiresOn, troopCeiling,
                        policeCeiling, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    mandate.uuid, mission, mandate.resolutionNumber, mandate.resolutionYear, mandate.adopted,
                    mandate.expires,
                    mandate.troopCeiling, mandate.policeCeiling, mandate.createdAt, mandate.updatedAt,
                ])
            id = db.lastInsertedRowID
            summary.added += 1
        }
        for pen in pens {
            try db.execute(
                sql: "INSERT INTO mandatePenholder (mandateId, partyId) VALUES (?, ?)", arguments: [id, pen])
        }
        for due in mandate.reportsDue {
            try db.execute(sql: "INSERT INTO mandateReportDue (mandateId, dueOn) VALUES (?, ?)", arguments: [id, due])
        }
    }

    private mutating func apply(_ record: TriadBundle.Contribution) throws {
        let mission = try missionID(record.mission)
        let party = try partyID(record.party)
        let counts = [record.troops, record.staffOfficers, record.experts, record.police, record.formedPolice]
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM contribution WHERE missionId = ? AND partyId = ? AND asOf = ?",
                arguments: [mission, party, record.asOf])
        else {
            try db.execute(
                sql: """
                    INSERT INTO contribution (uuid, missionId, partyId, asOf, troops, staffOfficers, experts, police, formedPolice,
                        createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [record.uuid, mission, party, record.asOf] + StatementArguments(counts) + [
                    record.createdAt, record.updatedAt,
                ])
            summary.added += 1
            return
        }
        let ours: [Int] = try ["troops", "staffOfficers", "experts", "police", "formedPolice"].map {
            try row.decode(forColumn: $0)
        }
        let label = "contribution of \(record.party) to \(record.mission) on \(record.asOf)"
        if decide(
            label, differs: ours != counts, ours: try row.decode(forColumn: "updatedAt"), theirs: record.updatedAt)
            == .takeTheirs
        {
            try db.execute(
                sql: """
                    UPDATE contribution SET troops = ?, staffOfficers = ?, experts = ?, police = ?, formedPolice = ?, updatedAt = ?
                    WHERE missionId = ? AND partyId = ? AND asOf = ?
                    """,
                arguments: StatementArguments(counts) + [record.updatedAt, mission, party, record.asOf])
        }
    }

    private mutating func apply(_ meeting: TriadBundle.Meeting) throws {
        let chair = try meeting.chair.map(partyID)
        let day = String(meeting.startsAt.prefix(10))
        let fields: StatementArguments = [
            meeting.kind, meeting.title, day, meeting.startsAt, meeting.status, chair, meeting.location, meeting.mode,
            meeting.summary, meeting.cancelReason, meeting.updatedAt,
        ]
        if let id = try id("SELECT id FROM meeting WHERE uuid = ?", [meeting.uuid]) {
            let ours = try BundleMerger.meetingSnapshot(id, in: db)
            var theirs = meeting
            theirs.createdAt = ours.createdAt
            theirs.number = ours.number
            guard
                decide(
                    "meeting '\(meeting.title)' (\(day))", differs: ours != theirs, ours: ours.updatedAt,
                    theirs: meeting.updatedAt) == .takeTheirs
            else { return }
            try db.execute(
                sql: """
                    UPDATE meeting SET kind = ?, title = ?, meetingDay = ?, startsAt = ?, status = ?, chairPartyId = ?, location = ?,
                        mode = ?, summary = ?, cancelReason = ?, updatedAt = ? WHERE id = ?
                    """, arguments: fields + [id])
            for table in ["meetingMission", "meetingArea", "attendance", "invitation", "agendaItem"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE meetingId = ?", arguments: [id])
            }
            try insertChildren(of: meeting, id: id)
            return
        }
        let number = try id("SELECT id FROM meeting WHERE id = ?", [meeting.number]) == nil ? meeting.number : nil
        try db.execute(
            sql: """
                INSERT INTO meeting (kind, title, meetingDay, startsAt, status, chairPartyId, location, mode, summary, cancelReason,
                    updatedAt, uuid, createdAt, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: fields + [meeting.uuid, meeting.createdAt, number])
        try insertChildren(of: meeting, id: db.lastInsertedRowID)
        summary.added += 1
    }

    private func insertChildren(of meeting: TriadBundle.Meeting, id: Int64) throws {
        for (position, acronym) in meeting.missions.enumerated() {
            try db.execute(
                sql: "INSERT INTO meetingMission (meetingId, missionId, position) VALUES (?, ?, ?)",
                arguments: [id, try missionID(acronym), position + 1])
        }
        for (position, area) in meeting.a4p.enumerated() {
            try db.execute(
                sql: "INSERT INTO meetingArea (meetingId, area, position) VALUES (?, ?, ?)",
                arguments: [id, area, position + 1])
        }
        for attendee in meeting.attendees {
            try db.execute(
                sql: "INSERT INTO attendance (meetingId, partyId, representative) VALUES (?, ?, ?)",
                arguments: [id, try partyID(attendee.party), attendee.representative])
        }
        for invitee in meeting.invitees {
            try db.execute(
                sql: "INSERT INTO invitation (meetingId, partyId) VALUES (?, ?)", arguments: [id, try partyID(invitee)])
        }
        for item in meeting.agenda {
            try db.execute(
                sql: "INSERT INTO agendaItem (meetingId, position, title, outcome) VALUES (?, ?, ?, ?)",
                arguments: [id, item.position, item.title, item.outcome])
            let itemID = db.lastInsertedRowID
            for (position, area) in item.a4p.enumerated() {
                try db.execute(
                    sql: "INSERT INTO agendaItemArea (agendaItemId, area, position) VALUES (?, ?, ?)",
                    arguments: [itemID, area, position + 1])
            }
        }
    }

    /// Our meeting in bundle form, to compare with theirs.
    private static func meetingSnapshot(_ id: Int64, in db: Database) throws -> TriadBundle.Meeting {
        var bundle = TriadBundle()
        bundle.meetings = try TriadDatabase.bundleMeetings(in: db, where: "g.id = \(id)")
        return bundle.meetings[0]
    }

    private mutating func apply(_ action: TriadBundle.Action) throws {
        let owner = try partyID(action.owner)
        let meeting = try action.meeting.map { uuid in
            guard let found = try id("SELECT id FROM meeting WHERE uuid = ?", [uuid]) else {
                throw StoreError.invalidBundle(
                    reason: "action '\(action.title)' arose from a meeting the bundle does not hold")
            }
            return found
        }
        let mission = try action.mission.map(missionID)
        let fields: StatementArguments = [
            action.title, action.details, owner, action.assignee, meeting, mission, action.due, action.priority,
            action.status,
            action.updatedAt, action.closedAt,
        ]
        var actionID: Int64
        if let existing = try id("SELECT id FROM actionItem WHERE uuid = ?", [action.uuid]) {
            actionID = existing
            let id = existing
            let ours = try TriadDatabase.bundleActions(in: db, where: "a.id = \(id)")[0]
            var theirs = action
            theirs.notes = ours.notes
            theirs.createdAt = ours.createdAt
            theirs.number = ours.number
            if decide(
                "action '\(action.title)'", differs: ours != theirs, ours: ours.updatedAt, theirs: action.updatedAt)
                == .takeTheirs
            {
                try db.execute(
                    sql: """
                        UPDATE actionItem SET title = ?, details = ?, ownerPartyId = ?, assignee = ?, meetingId = ?, missionId = ?,
                            dueOn = ?, priority = ?, status = ?, updatedAt = ?, closedAt = ? WHERE id = ?
                        """, arguments: fields + [id])
                try db.execute(sql: "DELETE FROM actionItemArea WHERE actionItemId = ?", arguments: [id])
                try insertAreas(action.a4p, action: id)
            }
        } else {
            let number = try id("SELECT id FROM actionItem WHERE id = ?", [action.number]) == nil ? action.number : nil
            try db.execute(
                sql: """
                    INSERT INTO actionItem (title, details, ownerPartyId, assignee, meetingId, missionId, dueOn, priority, status,
                        updatedAt, closedAt, uuid, createdAt, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: fields + [action.uuid, action.createdAt, number])
            actionID = db.lastInsertedRowID
            try insertAreas(action.a4p, action: actionID)
            summary.added += 1
        }
        for note in action.notes where try id("SELECT id FROM actionNote WHERE uuid = ?", [note.uuid]) == nil {
            try db.execute(
                sql: "INSERT INTO actionNote (uuid, actionItemId, writtenAt, actor, text) VALUES (?, ?, ?, ?, ?)",
                arguments: [note.uuid, actionID, note.at, note.actor, note.text])
        }
    }

    private func insertAreas(_ areas: [String], action id: Int64) throws {
        for (position, area) in areas.enumerated() {
            try db.execute(
                sql: "INSERT INTO actionItemArea (actionItemId, area, position) VALUES (?, ?, ?)",
                arguments: [id, area, position + 1])
        }
    }
}
