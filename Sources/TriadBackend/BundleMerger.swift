import TriadCore
import TriadStore

/// Applies a bundle's records to a database inside the importing transaction, matching records by uuid or
/// natural key and resolving edits made on both sides by the newer `updatedAt`: the one merge of both
/// backends, which reach it through ``BundleTarget``.
///
/// Every record goes through the domain's checks and the backend's own write path, as if a command had
/// recorded it; a record the domain or the database refuses stops the import with a sentence that names it.
public struct BundleMerger<Target: BundleTarget> {
    let target: Target
    public private(set) var summary: MergeSummary
    /// Whether the database held no records of its own (no mandates, contributions, meetings or actions), so
    /// that none of the bundle's can match one: a restore asks for ours only of reference records.
    let isRestoring: Bool
    /// The parties, missions and meetings found on either side so far ("party:RWA", "meeting:<uuid>"): a
    /// record of the database stays there for the rest of the import.
    private var found: Set<String> = []

    public init(target: Target, restoring: Bool = false) {
        self.target = target
        self.summary = MergeSummary()
        self.isRestoring = restoring
    }

    /// What to do with a record both sides hold.
    private enum Decision {
        case unchanged
        case takeTheirs
        case keepOurs
    }

    /// Applies every record of `bundle`, the records each names first, a record at a time as the source hands
    /// them on; `progress` hears of every 500th record and of the last.
    public mutating func apply(_ bundle: some BundleSource, progress: (BundleProgress) -> Void = { _ in }) throws {
        let lists: [TriadBundle.List] = [
            .parties, .missions, .councilSeats, .mandates, .contributions, .meetings, .actions, .positions,
        ]
        let total = lists.reduce(0) { $0 + bundle.count(of: $1) }
        var done = 0
        func applied() {
            done += 1
            if done % 500 == 0 || done == total { progress(BundleProgress(done: done, total: total)) }
        }
        // Missions are few, and come predecessors first: gathered before any is applied.
        var missions: [TriadBundle.Mission] = []
        try bundle.forEach(.missions) { if case .mission(let mission) = $0 { missions.append(mission) } }
        try bundle.forEach(.parties) { record in
            guard case .party(let party) = record else { return }
            try applying(party.label) { try $0.apply(party) }
            applied()
        }
        for mission in TriadBundle.Mission.predecessorsFirst(missions) {
            try applying(mission.label) { try $0.apply(mission) }
            applied()
        }
        for list in lists.dropFirst(2) {
            try bundle.forEach(list) { record in
                switch record {
                case .councilSeat(let seat): try applying(seat.label) { try $0.apply(seat) }
                case .mandate(let mandate): try applying(mandate.label) { try $0.apply(mandate) }
                case .contribution(let contribution): try applying(contribution.label) { try $0.apply(contribution) }
                case .meeting(let meeting): try applying(meeting.label) { try $0.apply(meeting) }
                case .action(let action): try applying(action.label) { try $0.apply(action) }
                case .position(let position): try applying(position.label) { try $0.apply(position) }
                case .party, .mission, .command, .change: return
                }
                applied()
            }
        }
    }

    /// Adds the other database's journal commands that this one does not have; returns how many.
    public func appendJournal(_ bundle: some BundleSource) throws -> Int {
        try BundleMerger.copyJournal(of: bundle, to: target, keepingNumbers: false) { uuid in
            try !target.hasCommand(uuid: uuid)
        }
    }

    /// Copies the journal of `bundle` into `target` a command and a change at a time: the commands `wanted`
    /// lets through, under their own numbers when `keepingNumbers` (a restore); returns how many.
    static func copyJournal(
        of bundle: some BundleSource, to target: Target, keepingNumbers: Bool, wanted: (String) throws -> Bool
    ) throws -> Int {
        var copied = 0
        var command: Int64?
        // Changes go in batches: a command of a large import can hold tens of thousands.
        var changes: [TriadBundle.Change] = []
        func flush() throws {
            if let command, !changes.isEmpty { try target.insertImported(changes, command: command) }
            changes.removeAll(keepingCapacity: true)
        }
        try bundle.forEach(.journal) { record in
            switch record {
            case .command(let entry):
                try flush()
                command =
                    try wanted(entry.uuid)
                    ? target.insertImported(entry, number: keepingNumbers ? entry.number : nil) : nil
                if command != nil { copied += 1 }
            case .change(let change):
                guard command != nil else { return }
                changes.append(change)
                if changes.count == 500 { try flush() }
            default: return
            }
        }
        try flush()
        return copied
    }

    /// Applies one record, turning a refusal by the domain or the database into one naming the record.
    private mutating func applying(_ label: String, _ body: (inout BundleMerger) throws -> Void) throws {
        do {
            try body(&self)
        } catch let error as DomainError {
            throw StoreError.invalidBundle(
                reason: "\(label) breaks a rule: \(error.message.dropLast(error.message.hasSuffix(".") ? 1 : 0))")
        } catch let error where target.constraintMessage(error) != nil {
            throw StoreError.invalidBundle(
                reason: "the database refuses \(label) (\(target.constraintMessage(error) ?? "a constraint fails"))")
        }
    }

    /// Decides between our version and theirs, counting and explaining the outcome; a newer version of theirs
    /// that `lowers` a classification (a phrase saying which) is refused and ours kept.
    private mutating func decide(
        _ label: String, differs: Bool, ours: Timestamp, theirs: Timestamp, lowers: String? = nil
    ) -> Decision {
        guard differs else {
            summary.unchanged += 1
            return .unchanged
        }
        if theirs > ours, let lowers {
            summary.refused.append(
                "\(label): refused, the bundle's version (edited \(theirs.iso8601)) would lower \(lowers); ours kept")
            return .keepOurs
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

    /// Counts a record arriving at `level`.
    private mutating func arrived(_ records: WritableKeyPath<ArrivingRecords, Int>, at level: Classification) {
        guard let index = summary.arriving.firstIndex(where: { $0.classification == level }) else { return }
        summary.arriving[index][keyPath: records] += 1
    }

    /// Counts a meeting and its agenda arriving.
    private mutating func arrived(_ meeting: TriadBundle.Meeting) {
        arrived(\.meetings, at: meeting.level)
        for item in meeting.agenda { arrived(\.agendaItems, at: item.classification.level) }
    }

    /// What of ours `theirs` would lower, in a phrase ("its classification from confidential to unclassified",
    /// "agenda item 2 from …"), or nil when it lowers nothing; agenda items are matched by position, and one
    /// that only follows the meeting down is not named again.
    private static func lowering(_ ours: TriadBundle.Meeting, to theirs: TriadBundle.Meeting) -> String? {
        var lowered: [String] = []
        if ours.level.isLowered(by: theirs.level) {
            lowered.append("its classification from \(ours.level.rawValue) to \(theirs.level.rawValue)")
        }
        for item in theirs.agenda {
            guard let our = ours.agenda.first(where: { $0.position == item.position }),
                our.classification.level.isLowered(by: item.classification.level),
                // An item that takes the meeting's level on both sides goes down with the meeting, said above.
                lowered.isEmpty || our.classification.isOwn || item.classification.isOwn
            else { continue }
            lowered.append(
                "agenda item \(item.position) from \(our.classification.level.rawValue) to "
                    + item.classification.level.rawValue)
        }
        return lowered.isEmpty ? nil : lowered.joined(separator: " and ")
    }

    /// Checks that a party the bundle names exists on one side or the other (the bundle's come first).
    private mutating func requireParty(_ code: String) throws {
        guard !found.contains("party:" + code.uppercased()) else { return }
        guard try target.party(code: code) != nil else {
            throw StoreError.invalidBundle(reason: "it names a party '\(code)' that neither database has")
        }
        found.insert("party:" + code.uppercased())
    }

    private mutating func requireMission(_ acronym: String) throws {
        guard !found.contains("mission:" + acronym.uppercased()) else { return }
        guard try target.mission(acronym: acronym) != nil else {
            throw StoreError.invalidBundle(reason: "it names a mission '\(acronym)' that neither database has")
        }
        found.insert("mission:" + acronym.uppercased())
    }

    private mutating func apply(_ party: TriadBundle.Party) throws {
        let checked = try Party(code: party.code, name: party.name, kind: party.kind)
        var theirs = party
        (theirs.code, theirs.name, theirs.kind) = (checked.code, checked.name, checked.kind)
        guard let ours = try target.party(code: checked.code) else {
            try target.write(theirs, over: nil)
            summary.added += 1
            return
        }
        let differs = (ours.name, ours.kind) != (checked.name, checked.kind)
        guard decide(party.label, differs: differs, ours: ours.updatedAt, theirs: party.updatedAt) == .takeTheirs
        else { return }
        try target.write(theirs, over: ours)
    }

    private mutating func apply(_ mission: TriadBundle.Mission) throws {
        let checked = try TriadCore.Mission(
            acronym: mission.acronym, name: mission.name, hosts: mission.hosts, territory: mission.territory,
            established: mission.established, closed: mission.closed, type: mission.type ?? .peacekeeping,
            predecessor: mission.predecessor, phases: mission.phases ?? [])
        for host in checked.hosts { try requireParty(host) }
        if let predecessor = checked.predecessor { try requireMission(predecessor) }
        for change in checked.phases {
            guard change.from != nil else {
                throw StoreError.invalidBundle(reason: "a phase of \(mission.label) has no first day")
            }
            try checked.check(change)
        }
        var theirs = mission
        (theirs.acronym, theirs.name, theirs.territory) = (checked.acronym, checked.name, checked.territory)
        (theirs.established, theirs.closed, theirs.hosts) = (checked.established, checked.closed, checked.hosts)
        (theirs.type, theirs.predecessor) = (checked.type, checked.predecessor)
        guard let ours = try target.mission(acronym: checked.acronym) else {
            try target.write(theirs, over: nil)
            summary.added += 1
            return
        }
        let differs =
            (ours.name, ours.territory, ours.established, ours.closed)
            != (checked.name, checked.territory, checked.established, checked.closed)
            || ours.hosts != checked.hosts.sorted()
            || (ours.type, ours.predecessor) != (checked.type, checked.predecessor)
            || (mission.phases.map { $0 != ours.phases } ?? false)
        guard decide(mission.label, differs: differs, ours: ours.updatedAt, theirs: mission.updatedAt) == .takeTheirs
        else { return }
        try target.write(theirs, over: ours)
    }

    private mutating func apply(_ seat: TriadBundle.Seat) throws {
        try requireParty(seat.party)
        _ = try CouncilSeat(
            party: seat.party, name: seat.party, from: seat.from, to: seat.to, permanent: seat.permanent)
        guard let ours = try target.seat(party: seat.party, from: seat.from) else {
            try target.write(seat, over: nil)
            summary.added += 1
            return
        }
        let differs = (ours.to, ours.permanent) != (seat.to, seat.permanent)
        guard decide(seat.label, differs: differs, ours: ours.updatedAt, theirs: seat.updatedAt) == .takeTheirs
        else { return }
        try target.write(seat, over: ours)
    }

    private mutating func apply(_ mandate: TriadBundle.Mandate) throws {
        try requireMission(mandate.mission)
        for penholder in mandate.penholders { try requireParty(penholder) }
        let resolution = try ResolutionReference(number: mandate.resolutionNumber, year: mandate.resolutionYear)
        let given = mandate.ceilings ?? .none
        let checked = try TriadCore.Mandate(
            uuid: mandate.uuid, mission: mandate.mission, resolution: resolution, adopted: mandate.adopted,
            expires: mandate.expires, troopCeiling: mandate.troopCeiling, policeCeiling: mandate.policeCeiling,
            ceilings: try TypeCeilings(
                observersAndStaff: given.observersAndStaff, individualPolice: given.individualPolice,
                formedPolice: given.formedPolice, corrections: given.corrections),
            penholders: mandate.penholders, reportsDue: mandate.reportsDue)
        var theirs = mandate
        (theirs.adopted, theirs.expires, theirs.reportsDue) = (checked.adopted, checked.expires, checked.reportsDue)
        (theirs.troopCeiling, theirs.policeCeiling) = (checked.troopCeiling, checked.policeCeiling)
        theirs.ceilings = checked.ceilings
        guard let ours = isRestoring ? nil : try target.mandate(uuid: mandate.uuid, resolutionNumber: resolution.number)
        else {
            try target.write(theirs, over: nil)
            summary.added += 1
            return
        }
        let differs =
            (ours.adopted, ours.expires, ours.troopCeiling, ours.policeCeiling)
            != (checked.adopted, checked.expires, checked.troopCeiling, checked.policeCeiling)
            || ours.ceilings ?? .none != checked.ceilings
            || ours.penholders != mandate.penholders.sorted() || ours.reportsDue != checked.reportsDue
            || ours.mission.uppercased() != mandate.mission.uppercased()
        guard decide(mandate.label, differs: differs, ours: ours.updatedAt, theirs: mandate.updatedAt) == .takeTheirs
        else { return }
        try target.write(theirs, over: ours)
    }

    private mutating func apply(_ contribution: TriadBundle.Contribution) throws {
        try requireMission(contribution.mission)
        try requireParty(contribution.party)
        let personnel = try contribution.personnel
        let women = try contribution.checkedWomen
        guard
            let ours =
                isRestoring
                ? nil
                : try target.contribution(
                    mission: contribution.mission, party: contribution.party, asOf: contribution.asOf)
        else {
            try target.write(contribution, over: nil)
            summary.added += 1
            return
        }
        let differs = try ours.personnel != personnel || ours.women ?? .none != women
        guard
            decide(contribution.label, differs: differs, ours: ours.updatedAt, theirs: contribution.updatedAt)
                == .takeTheirs
        else { return }
        try target.write(contribution, over: ours)
    }

    private mutating func apply(_ meeting: TriadBundle.Meeting) throws {
        _ = try Text.required(meeting.title, field: "meeting title")
        if let chair = meeting.chair { try requireParty(chair) }
        for mission in meeting.missions { try requireMission(mission) }
        for attendee in meeting.attendees { try requireParty(attendee.party) }
        for invitee in meeting.invitees { try requireParty(invitee) }
        for item in meeting.agenda { _ = try Text.required(item.title, field: "agenda item title") }
        found.insert("meeting:" + meeting.uuid)
        // The levels as the meeting's own commands would have set them: the agenda without a level of its own
        // takes the meeting's.
        var meeting = meeting
        meeting.classification = meeting.level
        meeting.agenda = meeting.agenda.map { item in
            var item = item
            item.classification = item.classification.following(meeting.level)
            return item
        }
        guard let ours = isRestoring ? nil : try target.meeting(uuid: meeting.uuid) else {
            try target.write(meeting, over: nil)
            summary.added += 1
            arrived(meeting)
            return
        }
        var theirs = meeting
        theirs.createdAt = ours.createdAt
        theirs.number = ours.number
        guard
            decide(
                meeting.label, differs: ours != theirs, ours: ours.updatedAt, theirs: meeting.updatedAt,
                lowers: Self.lowering(ours, to: theirs)) == .takeTheirs
        else { return }
        try target.write(meeting, over: ours)
        arrived(meeting)
    }

    private mutating func apply(_ action: TriadBundle.Action) throws {
        _ = try Text.required(action.title, field: "action title")
        try requireParty(action.owner)
        if let mission = action.mission { try requireMission(mission) }
        if let meeting = action.meeting, !found.contains("meeting:" + meeting) {
            guard !isRestoring, try target.meeting(uuid: meeting) != nil else {
                throw StoreError.invalidBundle(
                    reason: "action '\(action.title)' arose from a meeting the bundle does not hold")
            }
            found.insert("meeting:" + meeting)
        }
        // Its level as `action add` would have set it: its own, or its meeting's as the target now holds it.
        var action = action
        let level = action.recordClassification(
            under: try action.meeting.flatMap { try target.meeting(uuid: $0)?.level })
        (action.classification, action.ownClassification) = (level.level, level.isOwn)
        // The level the action holds after this: theirs when it arrives, ours when ours stays.
        var held = level.level
        if !isRestoring, let ours = try target.action(uuid: action.uuid) {
            var theirs = action
            theirs.notes = ours.notes
            theirs.createdAt = ours.createdAt
            theirs.number = ours.number
            let ourLevel = ours.classification ?? .unclassified
            let lowers =
                ourLevel.isLowered(by: level.level)
                ? "its classification from \(ourLevel.rawValue) to \(level.level.rawValue)" : nil
            if decide(
                action.label, differs: ours != theirs, ours: ours.updatedAt, theirs: action.updatedAt, lowers: lowers)
                == .takeTheirs
            {
                try target.write(action, over: ours)
                arrived(\.actions, at: level.level)
            } else {
                held = ourLevel
            }
        } else {
            try target.write(action, over: nil)
            summary.added += 1
            arrived(\.actions, at: level.level)
        }
        for note in action.notes where try isRestoring || !target.hasNote(uuid: note.uuid) {
            let noteLevel = note.classification.following(held)
            try target.add(
                ActionNote(
                    uuid: note.uuid, at: note.at, actor: note.actor, text: try Text.required(note.text, field: "note"),
                    classification: noteLevel),
                toAction: action.uuid)
            arrived(\.notes, at: noteLevel.level)
        }
    }

    /// A position goes through the rules `position add` and `position uptake` apply: its party attended its
    /// meeting (as the target now holds it), and its uptake names a mandate of the meeting's mission adopted
    /// after the meeting.
    private mutating func apply(_ position: TriadBundle.Position) throws {
        _ = try Text.required(position.text, field: "position text")
        try requireParty(position.party)
        guard let meeting = try target.meeting(uuid: position.meeting) else {
            throw StoreError.invalidBundle(reason: "\(position.label) was raised at a meeting the bundle does not hold")
        }
        let party = try target.party(code: position.party)?.code ?? position.party
        try PositionRules.checkRaiser(
            party, meeting: MeetingID(rawValue: meeting.number), status: meeting.status,
            attendees: meeting.attendees.map(\.party))
        if let uptake = position.uptake {
            guard let mandate = try target.mandate(uuid: "", resolutionNumber: uptake.mandate.number),
                mandate.resolutionYear == uptake.mandate.year
            else {
                throw StoreError.invalidBundle(
                    reason: "\(position.label) names a mandate \(uptake.mandate) that neither database has")
            }
            _ = try PositionUptake(
                mandate: uptake.mandate, status: uptake.status, paragraph: uptake.paragraph, note: uptake.note)
            try PositionRules.checkUptake(
                of: PositionID(rawValue: position.number), raisedOn: meeting.startsAt.day, missions: meeting.missions,
                against: Mandate(
                    uuid: mandate.uuid, mission: mandate.mission, resolution: uptake.mandate, adopted: mandate.adopted,
                    expires: mandate.expires))
        }
        if !isRestoring, let ours = try target.position(uuid: position.uuid) {
            var theirs = position
            theirs.number = ours.number
            theirs.createdAt = ours.createdAt
            if decide(position.label, differs: ours != theirs, ours: ours.updatedAt, theirs: position.updatedAt)
                == .takeTheirs
            {
                try target.write(theirs, over: ours)
            }
        } else {
            try target.write(position, over: nil)
            summary.added += 1
        }
    }
}
