import TriadCore

/// Everything a triad database holds, as one versioned JSON document keyed by uuid (or by the natural key
/// of reference records): what `export json` writes and `import json` reads, restores and merges.
///
/// Values are the domain's own (days, instants, slugs, a meeting's start), decoded and checked as the
/// bundle is read, and written back in the form the database keeps them, so that a bundle restored into
/// an empty database exports again byte for byte.
public struct TriadBundle: Codable, Equatable, Sendable {
    /// A party added or changed by users (reference parties untouched since seeding are left out).
    public struct Party: Codable, Equatable, Sendable {
        public var code, name: String
        public var kind: PartyKind
        public var createdAt, updatedAt: Timestamp
        public var isReference: Bool

        /// How an import names it: "party XKX".
        public var label: String { "party \(code)" }

        /// Creates the record.
        public init(
            code: String, name: String, kind: PartyKind, createdAt: Timestamp, updatedAt: Timestamp, isReference: Bool
        ) {
            self.code = code
            self.name = name
            self.kind = kind
            self.createdAt = createdAt
            self.updatedAt = updatedAt
            self.isReference = isReference
        }
    }

    /// A Council seat added or changed by users.
    public struct Seat: Codable, Equatable, Sendable {
        public var party: String
        public var from: Day
        public var to: Day?
        public var permanent: Bool
        public var createdAt, updatedAt: Timestamp

        /// How an import names it: "Council seat of IND from 2028-01-01".
        public var label: String { "Council seat of \(party) from \(from)" }

        /// Creates the record.
        public init(party: String, from: Day, to: Day?, permanent: Bool, createdAt: Timestamp, updatedAt: Timestamp) {
            self.party = party
            self.from = from
            self.to = to
            self.permanent = permanent
            self.createdAt = createdAt
            self.updatedAt = updatedAt
        }
    }

    /// A mission added or changed by users.
    public struct Mission: Codable, Equatable, Sendable {
        public var acronym, name: String
        public var territory: String?
        public var established, closed: Day?
        public var hosts: [String]
        /// Peacekeeping or political; absent from bundles written before triad kept it (peacekeeping).
        public var type: MissionType?
        /// The mission it took over from; absent from older bundles.
        public var predecessor: String?
        /// Its recorded phases, oldest first; absent from older bundles.
        public var phases: [MissionPhaseChange]?
        public var isReference: Bool
        public var createdAt, updatedAt: Timestamp

        /// How an import names it: "mission MINUSCA".
        public var label: String { "mission \(acronym)" }

        /// Creates the record.
        public init(
            acronym: String, name: String, territory: String?, established: Day?, closed: Day?, hosts: [String],
            type: MissionType = .peacekeeping, predecessor: String? = nil, phases: [MissionPhaseChange] = [],
            isReference: Bool, createdAt: Timestamp, updatedAt: Timestamp
        ) {
            self.acronym = acronym
            self.name = name
            self.territory = territory
            self.established = established
            self.closed = closed
            self.hosts = hosts
            self.type = type
            self.predecessor = predecessor
            self.phases = phases
            self.isReference = isReference
            self.createdAt = createdAt
            self.updatedAt = updatedAt
        }
    }

    /// A mandate, with the resolution's number and year apart.
    public struct Mandate: Codable, Equatable, Sendable {
        public var uuid, mission: String
        public var resolutionNumber, resolutionYear: Int
        public var adopted: Day
        public var expires: Day?
        public var troopCeiling, policeCeiling: Int?
        /// The ceilings by type; absent from bundles written before triad kept them.
        public var ceilings: TypeCeilings?
        public var penholders: [String]
        public var reportsDue: [Day]
        public var createdAt, updatedAt: Timestamp

        /// How an import names it: "mandate 2800 (2025)".
        public var label: String { "mandate \(resolutionNumber) (\(resolutionYear))" }

        /// Creates the record.
        public init(
            uuid: String, mission: String, resolutionNumber: Int, resolutionYear: Int, adopted: Day, expires: Day?,
            troopCeiling: Int?, policeCeiling: Int?, ceilings: TypeCeilings? = nil, penholders: [String],
            reportsDue: [Day], createdAt: Timestamp, updatedAt: Timestamp
        ) {
            self.uuid = uuid
            self.mission = mission
            self.resolutionNumber = resolutionNumber
            self.resolutionYear = resolutionYear
            self.adopted = adopted
            self.expires = expires
            self.troopCeiling = troopCeiling
            self.policeCeiling = policeCeiling
            self.ceilings = ceilings
            self.penholders = penholders
            self.reportsDue = reportsDue
            self.createdAt = createdAt
            self.updatedAt = updatedAt
        }
    }

    /// A contribution record.
    public struct Contribution: Codable, Equatable, Sendable {
        public var uuid, mission, party: String
        public var asOf: Day
        public var troops, staffOfficers, experts, police, formedPolice: Int
        /// The women among them by type; absent from bundles written before triad kept women.
        public var women: Personnel?
        public var createdAt, updatedAt: Timestamp

        /// How an import names it: "contribution of RWA to MINUSCA on 2025-09-30".
        public var label: String { "contribution of \(party) to \(mission) on \(asOf)" }

        /// The figures, checked as the domain checks them.
        public var personnel: TriadCore.Personnel {
            get throws {
                try TriadCore.Personnel(
                    troops: troops, staffOfficers: staffOfficers, experts: experts, police: police,
                    formedPolice: formedPolice)
            }
        }

        /// The women among them, checked against the figures.
        public var checkedWomen: TriadCore.Personnel {
            get throws {
                let women = women ?? .none
                try personnel.check(women: women)
                return women
            }
        }

        /// Creates the record.
        public init(
            uuid: String, mission: String, party: String, asOf: Day, troops: Int, staffOfficers: Int, experts: Int,
            police: Int, formedPolice: Int, women: Personnel? = nil, createdAt: Timestamp, updatedAt: Timestamp
        ) {
            self.uuid = uuid
            self.mission = mission
            self.party = party
            self.asOf = asOf
            self.troops = troops
            self.staffOfficers = staffOfficers
            self.experts = experts
            self.police = police
            self.formedPolice = formedPolice
            self.women = women
            self.createdAt = createdAt
            self.updatedAt = updatedAt
        }
    }

    /// A party present at a meeting.
    public struct Attendance: Codable, Equatable, Sendable {
        public var party: String
        public var representative: String?

        /// Creates the record.
        public init(party: String, representative: String?) {
            self.party = party
            self.representative = representative
        }
    }

    /// A meeting with its missions, areas, attendance, invitations and agenda.
    public struct Meeting: Codable, Equatable, Sendable {
        /// The short number (`M-12` is 12), kept on restore and when free on merge.
        public var number: Int64
        public var uuid: String
        public var kind: MeetingKind
        public var title: String
        public var startsAt: MeetingStart
        public var status: MeetingStatus
        public var missions: [String]
        public var chair, location: String?
        public var mode: MeetingMode?
        public var summary, cancelReason: String?
        public var a4p: [A4PArea]
        public var attendees: [Attendance]
        public var invitees: [String]
        public var agenda: [TriadCore.AgendaItem]
        /// Its level; absent from bundles written before triad kept it (the kind's default).
        public var classification: Classification?
        public var createdAt, updatedAt: Timestamp

        /// How an import names it: "meeting 'Private meeting with the T/PCCs' (2025-10-30)".
        public var label: String { "meeting '\(title)' (\(startsAt.day))" }

        /// Its level: the one recorded, or its kind's default.
        public var level: Classification { classification ?? kind.defaultClassification }

        /// Creates the record.
        public init(
            number: Int64, uuid: String, kind: MeetingKind, title: String, startsAt: MeetingStart,
            status: MeetingStatus, missions: [String], chair: String?, location: String?, mode: MeetingMode?,
            summary: String?, cancelReason: String?, a4p: [A4PArea], attendees: [Attendance], invitees: [String],
            agenda: [TriadCore.AgendaItem], classification: Classification?, createdAt: Timestamp,
            updatedAt: Timestamp
        ) {
            self.number = number
            self.uuid = uuid
            self.kind = kind
            self.title = title
            self.startsAt = startsAt
            self.status = status
            self.missions = missions
            self.chair = chair
            self.location = location
            self.mode = mode
            self.summary = summary
            self.cancelReason = cancelReason
            self.a4p = a4p
            self.attendees = attendees
            self.invitees = invitees
            self.agenda = agenda
            self.classification = classification
            self.createdAt = createdAt
            self.updatedAt = updatedAt
        }
    }

    /// An action item with its areas and notes.
    public struct Action: Codable, Equatable, Sendable {
        /// The short number (`A-57` is 57), kept on restore and when free on merge.
        public var number: Int64
        public var uuid, title: String
        public var details: String?
        public var owner: String
        public var assignee: String?
        /// The uuid of the meeting it arose from.
        public var meeting: String?
        public var mission: String?
        public var due: Day?
        public var priority: ActionPriority
        public var status: ActionStatus
        public var a4p: [A4PArea]
        public var notes: [ActionNote]
        /// Its level and whether it is its own; absent from bundles written before triad kept them (its
        /// meeting's).
        public var classification: Classification?
        public var ownClassification: Bool?
        public var createdAt, updatedAt: Timestamp
        public var closedAt: Timestamp?

        /// How an import names it: "action 'Circulate elements'".
        public var label: String { "action '\(title)'" }

        /// Its level under a meeting of level `parent` (nil without a meeting): its own, or the meeting's.
        public func recordClassification(under parent: Classification?) -> RecordClassification {
            .of(own: ownClassification == true ? classification : nil, parent: parent)
        }

        /// Creates the record.
        public init(
            number: Int64, uuid: String, title: String, details: String?, owner: String, assignee: String?,
            meeting: String?, mission: String?, due: Day?, priority: ActionPriority, status: ActionStatus,
            a4p: [A4PArea], notes: [ActionNote], classification: RecordClassification, createdAt: Timestamp,
            updatedAt: Timestamp, closedAt: Timestamp?
        ) {
            self.number = number
            self.uuid = uuid
            self.title = title
            self.details = details
            self.owner = owner
            self.assignee = assignee
            self.meeting = meeting
            self.mission = mission
            self.due = due
            self.priority = priority
            self.status = status
            self.a4p = a4p
            self.notes = notes
            self.classification = classification.level
            self.ownClassification = classification.isOwn
            self.createdAt = createdAt
            self.updatedAt = updatedAt
            self.closedAt = closedAt
        }
    }

    /// A position raised at a meeting, with its uptake once recorded.
    public struct Position: Codable, Equatable, Sendable {
        /// Whether and where a mandate took it up, the mandate named by its resolution.
        public struct Uptake: Codable, Equatable, Sendable {
            public var mandate: ResolutionReference
            public var status: UptakeStatus
            public var paragraph, note: String?

            /// Creates the record.
            public init(mandate: ResolutionReference, status: UptakeStatus, paragraph: String?, note: String?) {
                self.mandate = mandate
                self.status = status
                self.paragraph = paragraph
                self.note = note
            }
        }

        /// The short number (`P-12` is 12), kept on restore and when free on merge.
        public var number: Int64
        public var uuid: String
        /// The uuid of the meeting where it was raised.
        public var meeting: String
        public var party: String
        public var kind: PositionKind
        public var topic: PositionTopic
        public var text: String
        public var a4p: [A4PArea]
        public var uptake: Uptake?
        public var createdAt, updatedAt: Timestamp

        /// How an import names it: "position of RWA (request on ceilings)".
        public var label: String { "position of \(party) (\(kind.rawValue) on \(topic.rawValue))" }

        /// Creates the record.
        public init(
            number: Int64, uuid: String, meeting: String, party: String, kind: PositionKind, topic: PositionTopic,
            text: String, a4p: [A4PArea], uptake: Uptake?, createdAt: Timestamp, updatedAt: Timestamp
        ) {
            self.number = number
            self.uuid = uuid
            self.meeting = meeting
            self.party = party
            self.kind = kind
            self.topic = topic
            self.text = text
            self.a4p = a4p
            self.uptake = uptake
            self.createdAt = createdAt
            self.updatedAt = updatedAt
        }
    }

    /// One row changed by a journaled command, with the row before and after as JSON text.
    public struct Change: Codable, Equatable, Sendable {
        public var entity: String
        public var rowKey: Int64
        public var operation: String
        public var before, after: String?

        /// Creates the record.
        public init(entity: String, rowKey: Int64, operation: String, before: String?, after: String?) {
            self.entity = entity
            self.rowKey = rowKey
            self.operation = operation
            self.before = before
            self.after = after
        }
    }

    /// A command of the change journal.
    public struct Command: Codable, Equatable, Sendable {
        public var uuid: String
        /// Its number in the database that wrote the bundle (`#47`), which a restore keeps so that the history
        /// and the summaries that cite it ("undid #47") read the same; a merge numbers it anew. Absent in
        /// bundles of earlier triads.
        public var number: Int64?
        public var at: Timestamp
        public var actor, commandLine, summary: String
        public var changes: [Change]

        /// Creates the record.
        public init(
            uuid: String, number: Int64? = nil, at: Timestamp, actor: String, commandLine: String, summary: String,
            changes: [Change]
        ) {
            self.uuid = uuid
            self.number = number
            self.at = at
            self.actor = actor
            self.commandLine = commandLine
            self.summary = summary
            self.changes = changes
        }
    }

    /// Names the document so that other JSON is not mistaken for a bundle.
    public var format = TriadBundle.formatName
    /// The bundle format's version; a reader refuses versions it does not know.
    public var version = TriadBundle.currentVersion
    public var parties: [Party] = []
    public var councilSeats: [Seat] = []
    public var missions: [Mission] = []
    public var mandates: [Mandate] = []
    public var contributions: [Contribution] = []
    public var meetings: [Meeting] = []
    public var actions: [Action] = []
    /// The positions raised at meetings; absent from bundles of version 1 (none).
    public var positions: [Position] = []
    public var journal: [Command] = []

    public static let formatName = "triad-bundle"
    /// Version 2 added `positions`: a triad that reads only version 1 refuses such a bundle rather than drop them.
    public static let currentVersion = 2

    /// An empty bundle.
    public init() {}
}
