import GRDB
import TriadCore
import TriadStore

/// Applies a bundle's records to a database inside the importing transaction, matching records by uuid
/// or natural key and resolving edits made on both sides by the newer `updatedAt`.
///
/// Every record goes through the domain's checks and the store's own write path, as if a command had
/// recorded it; a record the domain or the schema refuses stops the import with a sentence that names it.
struct BundleMerger {
    let session: SQLiteSession
    var summary: MergeSummary
    private var db: Database { session.db }

    init(session: SQLiteSession, summary: MergeSummary) {
        self.session = session
        self.summary = summary
    }

    /// What to do with a record both sides hold.
    private enum Decision {
        case unchanged
        case takeTheirs
        case keepOurs
    }

    mutating func apply(_ bundle: TriadBundle) throws {
        for party in bundle.parties { try applying(party.label) { try $0.apply(party) } }
        for mission in bundle.missions { try applying(mission.label) { try $0.apply(mission) } }
        for seat in bundle.councilSeats { try applying(seat.label) { try $0.apply(seat) } }
        for mandate in bundle.mandates { try applying(mandate.label) { try $0.apply(mandate) } }
        for contribution in bundle.contributions { try applying(contribution.label) { try $0.apply(contribution) } }
        for meeting in bundle.meetings { try applying(meeting.label) { try $0.apply(meeting) } }
        for action in bundle.actions { try applying(action.label) { try $0.apply(action) } }
    }

    /// Applies one record, turning a refusal by the domain or the schema into one naming the record.
    private mutating func applying(_ label: String, _ body: (inout BundleMerger) throws -> Void) throws {
        do {
            try body(&self)
        } catch let error as DomainError {
            throw StoreError.invalidBundle(
                reason: "\(label) breaks a rule: \(error.message.dropLast(error.message.hasSuffix(".") ? 1 : 0))")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw StoreError.invalidBundle(
                reason: "the database refuses \(label) (\(error.message ?? "a constraint fails"))")
        }
    }

    /// Decides between our version and theirs, counting and explaining the outcome.
    private mutating func decide(_ label: String, differs: Bool, ours: Timestamp, theirs: Timestamp) -> Decision {
        guard differs else {
            summary.unchanged += 1
            return .unchanged
        }
        if theirs > ours {
            summary.updated += 1
            summary.conflicts.append(
                "\(label): took the bundle's version (edited \(theirs.iso8601), ours \(ours.iso8601))")
            return .takeTheirs
        }
        summary.kept += 1
        summary.conflicts.append("\(label): kept ours (edited \(ours.iso8601), the bundle's \(theirs.iso8601))")
        return .keepOurs
    }

    private func partyID(_ code: String) throws -> Int64 {
        guard let record = try PartyRecord.filter(PartyRecord.Columns.code == code).fetchOne(db) else {
            throw StoreError.invalidBundle(reason: "it names a party '\(code)' that neither database has")
        }
        return try record.storedID
    }

    private func missionID(_ acronym: String) throws -> Int64 {
        guard let record = try MissionRecord.filter(MissionRecord.Columns.acronym == acronym).fetchOne(db) else {
            throw StoreError.invalidBundle(reason: "it names a mission '\(acronym)' that neither database has")
        }
        return try record.storedID
    }

    private mutating func apply(_ party: TriadBundle.Party) throws {
        let checked = try Party(code: party.code, name: party.name, kind: party.kind)
        guard var record = try PartyRecord.filter(PartyRecord.Columns.code == checked.code).fetchOne(db) else {
            var record = PartyRecord(
                id: nil, code: checked.code, name: checked.name, kind: checked.kind, isReference: party.isReference,
                createdAt: party.createdAt, updatedAt: party.updatedAt)
            try record.insert(db)
            summary.added += 1
            return
        }
        let differs = (record.name, record.kind) != (checked.name, checked.kind)
        guard decide(party.label, differs: differs, ours: record.updatedAt, theirs: party.updatedAt) == .takeTheirs
        else { return }
        record.name = checked.name
        record.kind = checked.kind
        record.updatedAt = party.updatedAt
        try record.update(db)
    }

    private mutating func apply(_ mission: TriadBundle.Mission) throws {
        let checked = try TriadCore.Mission(
            acronym: mission.acronym, name: mission.name, hosts: mission.hosts, territory: mission.territory,
            established: mission.established, closed: mission.closed)
        let hosts = try checked.hosts.map(partyID)
        guard var record = try MissionRecord.filter(MissionRecord.Columns.acronym == checked.acronym).fetchOne(db)
        else {
            var record = MissionRecord(
                id: nil, acronym: checked.acronym, name: checked.name, territory: checked.territory,
                establishedOn: checked.established, closedOn: checked.closed, isReference: mission.isReference,
                createdAt: mission.createdAt, updatedAt: mission.updatedAt)
            try record.insert(db)
            try session.replaceHosts(of: try record.storedID, with: hosts)
            summary.added += 1
            return
        }
        let ours = try session.mission(checked.acronym)
        let differs =
            (record.name, record.territory, record.establishedOn, record.closedOn)
            != (checked.name, checked.territory, checked.established, checked.closed)
            || ours.hosts != checked.hosts.sorted()
        guard decide(mission.label, differs: differs, ours: record.updatedAt, theirs: mission.updatedAt) == .takeTheirs
        else { return }
        record.name = checked.name
        record.territory = checked.territory
        record.establishedOn = checked.established
        record.closedOn = checked.closed
        record.updatedAt = mission.updatedAt
        try record.update(db)
        try session.replaceHosts(of: try record.storedID, with: hosts)
    }

    private mutating func apply(_ seat: TriadBundle.Seat) throws {
        let party = try partyID(seat.party)
        _ = try CouncilSeat(
            party: seat.party, name: seat.party, from: seat.from, to: seat.to, permanent: seat.permanent)
        guard
            var record = try CouncilSeatRecord.filter(
                CouncilSeatRecord.Columns.partyId == party && CouncilSeatRecord.Columns.startsOn == seat.from
            ).fetchOne(db)
        else {
            var record = CouncilSeatRecord(
                id: nil, partyId: party, startsOn: seat.from, endsOn: seat.to, isPermanent: seat.permanent,
                createdAt: seat.createdAt, updatedAt: seat.updatedAt)
            try record.insert(db)
            summary.added += 1
            return
        }
        let differs = (record.endsOn, record.isPermanent) != (seat.to, seat.permanent)
        guard decide(seat.label, differs: differs, ours: record.updatedAt, theirs: seat.updatedAt) == .takeTheirs
        else { return }
        record.endsOn = seat.to
        record.isPermanent = seat.permanent
        record.updatedAt = seat.updatedAt
        try record.update(db)
    }

    private mutating func apply(_ mandate: TriadBundle.Mandate) throws {
        let mission = try missionID(mandate.mission)
        let pens = try mandate.penholders.map(partyID)
        let resolution = try ResolutionReference(number: mandate.resolutionNumber, year: mandate.resolutionYear)
        let checked = try TriadCore.Mandate(
            uuid: mandate.uuid, mission: mandate.mission, resolution: resolution, adopted: mandate.adopted,
            expires: mandate.expires, troopCeiling: mandate.troopCeiling, policeCeiling: mandate.policeCeiling,
            penholders: mandate.penholders, reportsDue: mandate.reportsDue)
        let existing = try MandateRecord.filter(
            MandateRecord.Columns.uuid == mandate.uuid || MandateRecord.Columns.resolutionNumber == resolution.number
        ).fetchOne(db)
        guard var record = existing else {
            var record = MandateRecord(
                id: nil, uuid: mandate.uuid, missionId: mission, resolutionNumber: resolution.number,
                resolutionYear: resolution.year, adoptedOn: checked.adopted, expiresOn: checked.expires,
                troopCeiling: checked.troopCeiling, policeCeiling: checked.policeCeiling, createdAt: mandate.createdAt,
                updatedAt: mandate.updatedAt)
            try record.insert(db)
            try session.replaceLinks(of: try record.storedID, penholders: pens, reportsDue: checked.reportsDue)
            summary.added += 1
            return
        }
        let id = try record.storedID
        guard let ours = try session.mandates(.ids([id])).first else { throw UnstoredRecordError(table: "mandate") }
        let differs =
            (ours.adopted, ours.expires, ours.troopCeiling, ours.policeCeiling)
            != (checked.adopted, checked.expires, checked.troopCeiling, checked.policeCeiling)
            || ours.penholders != mandate.penholders.sorted() || ours.reportsDue != checked.reportsDue
            || record.missionId != mission
        guard decide(mandate.label, differs: differs, ours: record.updatedAt, theirs: mandate.updatedAt) == .takeTheirs
        else { return }
        record.missionId = mission
        record.adoptedOn = checked.adopted
        record.expiresOn = checked.expires
        record.troopCeiling = checked.troopCeiling
        record.policeCeiling = checked.policeCeiling
        record.updatedAt = mandate.updatedAt
        try record.update(db)
        try session.replaceLinks(of: id, penholders: pens, reportsDue: checked.reportsDue)
    }

    private mutating func apply(_ contribution: TriadBundle.Contribution) throws {
        let mission = try missionID(contribution.mission)
        let party = try partyID(contribution.party)
        let personnel = try Personnel(
            troops: contribution.troops, staffOfficers: contribution.staffOfficers, experts: contribution.experts,
            police: contribution.police, formedPolice: contribution.formedPolice)
        guard var record = try session.contributionRecord(mission: mission, party: party, asOf: contribution.asOf)
        else {
            var record = ContributionRecord(
                id: nil, uuid: contribution.uuid, missionId: mission, partyId: party, asOf: contribution.asOf,
                troops: 0, staffOfficers: 0, experts: 0, police: 0, formedPolice: 0,
                createdAt: contribution.createdAt, updatedAt: contribution.updatedAt)
            record.set(personnel)
            try record.insert(db)
            summary.added += 1
            return
        }
        let differs = try record.personnel != personnel
        guard
            decide(contribution.label, differs: differs, ours: record.updatedAt, theirs: contribution.updatedAt)
                == .takeTheirs
        else { return }
        record.set(personnel)
        record.updatedAt = contribution.updatedAt
        try record.update(db)
    }

    private mutating func apply(_ meeting: TriadBundle.Meeting) throws {
        _ = try Text.required(meeting.title, field: "meeting title")
        let chair = try meeting.chair.map(partyID)
        let missions = try meeting.missions.map(missionID)
        let attendees = try meeting.attendees.map { (party: try partyID($0.party), representative: $0.representative) }
        let invitees = try meeting.invitees.map(partyID)
        let agenda = try meeting.agenda.map { item in
            AgendaItem(
                position: item.position, title: try Text.required(item.title, field: "agenda item title"),
                a4p: item.a4p,
                outcome: item.outcome)
        }
        func fill(_ record: inout MeetingRecord) {
            record.kind = meeting.kind
            record.title = meeting.title
            record.set(start: meeting.startsAt)
            record.status = meeting.status
            record.chairPartyId = chair
            record.location = meeting.location
            record.mode = meeting.mode
            record.summary = meeting.summary
            record.cancelReason = meeting.cancelReason
            record.updatedAt = meeting.updatedAt
        }
        if var record = try MeetingRecord.filter(MeetingRecord.Columns.uuid == meeting.uuid).fetchOne(db) {
            let id = try record.storedID
            guard let ours = try session.bundleMeetings(.id(id)).first else {
                throw UnstoredRecordError(table: "meeting")
            }
            var theirs = meeting
            theirs.createdAt = ours.createdAt
            theirs.number = ours.number
            guard
                decide(meeting.label, differs: ours != theirs, ours: ours.updatedAt, theirs: meeting.updatedAt)
                    == .takeTheirs
            else { return }
            fill(&record)
            try record.update(db)
            try session.replaceContents(
                of: id, missions: missions, areas: meeting.a4p, attendees: attendees, invitees: invitees, agenda: agenda
            )
            return
        }
        var record = MeetingRecord(
            id: try MeetingRecord.exists(db, key: meeting.number) ? nil : meeting.number, uuid: meeting.uuid,
            kind: meeting.kind, title: meeting.title, meetingDay: meeting.startsAt.day,
            startsAt: meeting.startsAt.iso8601, status: meeting.status, chairPartyId: nil, location: nil, mode: nil,
            summary: nil, cancelReason: nil, createdAt: meeting.createdAt, updatedAt: meeting.updatedAt)
        fill(&record)
        try record.insert(db)
        try session.replaceContents(
            of: try record.storedID, missions: missions, areas: meeting.a4p, attendees: attendees, invitees: invitees,
            agenda: agenda)
        summary.added += 1
    }

    private mutating func apply(_ action: TriadBundle.Action) throws {
        _ = try Text.required(action.title, field: "action title")
        let owner = try partyID(action.owner)
        let meeting = try action.meeting.map { uuid in
            guard let found = try MeetingRecord.filter(MeetingRecord.Columns.uuid == uuid).fetchOne(db) else {
                throw StoreError.invalidBundle(
                    reason: "action '\(action.title)' arose from a meeting the bundle does not hold")
            }
            return try found.storedID
        }
        let mission = try action.mission.map(missionID)
        func fill(_ record: inout ActionItemRecord) {
            record.title = action.title
            record.details = action.details
            record.ownerPartyId = owner
            record.assignee = action.assignee
            record.meetingId = meeting
            record.missionId = mission
            record.dueOn = action.due
            record.priority = action.priority
            record.status = action.status
            record.updatedAt = action.updatedAt
            record.closedAt = action.closedAt
        }
        let id: Int64
        if var record = try ActionItemRecord.filter(ActionItemRecord.Columns.uuid == action.uuid).fetchOne(db) {
            id = try record.storedID
            guard let ours = try session.bundleActions(.id(id)).first else {
                throw UnstoredRecordError(table: "actionItem")
            }
            var theirs = action
            theirs.notes = ours.notes
            theirs.createdAt = ours.createdAt
            theirs.number = ours.number
            if decide(action.label, differs: ours != theirs, ours: ours.updatedAt, theirs: action.updatedAt)
                == .takeTheirs
            {
                fill(&record)
                try record.update(db)
                try session.replaceAreas(of: ActionItemRecord.self, id, with: action.a4p)
            }
        } else {
            var record = ActionItemRecord(
                id: try ActionItemRecord.exists(db, key: action.number) ? nil : action.number, uuid: action.uuid,
                title: action.title, details: nil, ownerPartyId: owner, assignee: nil, meetingId: nil, missionId: nil,
                dueOn: nil, priority: action.priority, status: action.status, createdAt: action.createdAt,
                updatedAt: action.updatedAt, closedAt: nil)
            fill(&record)
            try record.insert(db)
            id = try record.storedID
            try session.replaceAreas(of: ActionItemRecord.self, id, with: action.a4p)
            summary.added += 1
        }
        for note in action.notes
        where try ActionNoteRecord.filter(ActionNoteRecord.Columns.uuid == note.uuid).isEmpty(db) {
            try session.insertNote(
                ActionNote(
                    uuid: note.uuid, at: note.at, actor: note.actor, text: try Text.required(note.text, field: "note")),
                to: id)
        }
    }
}
