/// Everything a triad database holds, as one versioned JSON document keyed by uuid (or by the natural key
/// of reference records): what `export json` writes and `import json` reads, restores and merges.
///
/// Values are kept as their stored text (dates, instants, slugs), so that a bundle restored into an
/// empty database exports again byte for byte.
public struct TriadBundle: Codable, Equatable, Sendable {
    /// A party added or changed by users (reference parties untouched since seeding are left out).
    public struct Party: Codable, Equatable, Sendable {
        public var code, name, kind, createdAt, updatedAt: String
        public var isReference: Bool
    }

    /// A Council seat added or changed by users.
    public struct Seat: Codable, Equatable, Sendable {
        public var party, from: String
        public var to: String?
        public var permanent: Bool
        public var createdAt, updatedAt: String
    }

    /// A mission added or changed by users.
    public struct Mission: Codable, Equatable, Sendable {
        public var acronym, name: String
        public var territory, established, closed: String?
        public var hosts: [String]
        public var isReference: Bool
        public var createdAt, updatedAt: String
    }

    public struct Mandate: Codable, Equatable, Sendable {
        public var uuid, mission: String
        public var resolutionNumber, resolutionYear: Int
        public var adopted: String
        public var expires: String?
        public var troopCeiling, policeCeiling: Int?
        public var penholders, reportsDue: [String]
        public var createdAt, updatedAt: String
    }

    public struct Contribution: Codable, Equatable, Sendable {
        public var uuid, mission, party, asOf: String
        public var troops, staffOfficers, experts, police, formedPolice: Int
        public var createdAt, updatedAt: String
    }

    public struct Attendance: Codable, Equatable, Sendable {
        public var party: String
        public var representative: String?
    }

    public struct AgendaItem: Codable, Equatable, Sendable {
        public var position: Int
        public var title: String
        public var a4p: [String]
        public var outcome: String?
    }

    public struct Meeting: Codable, Equatable, Sendable {
        /// The short number (`M-12` is 12), kept on restore and when free on merge.
        public var number: Int64
        public var uuid, kind, title, startsAt, status: String
        public var missions: [String]
        public var chair, location, mode, summary, cancelReason: String?
        public var a4p: [String]
        public var attendees: [Attendance]
        public var invitees: [String]
        public var agenda: [AgendaItem]
        public var createdAt, updatedAt: String
    }

    public struct Note: Codable, Equatable, Sendable {
        public var uuid, at, actor, text: String
    }

    public struct Action: Codable, Equatable, Sendable {
        /// The short number (`A-57` is 57), kept on restore and when free on merge.
        public var number: Int64
        public var uuid, title: String
        public var details: String?
        public var owner: String
        public var assignee: String?
        /// The uuid of the meeting it arose from.
        public var meeting: String?
        public var mission, due: String?
        public var priority, status: String
        public var a4p: [String]
        public var notes: [Note]
        public var createdAt, updatedAt: String
        public var closedAt: String?
    }

    /// One row changed by a journaled command, with the row before and after as JSON text.
    public struct Change: Codable, Equatable, Sendable {
        public var entity: String
        public var rowKey: Int64
        public var operation: String
        public var before, after: String?
    }

    /// A command of the change journal.
    public struct Command: Codable, Equatable, Sendable {
        public var uuid, at, actor, commandLine, summary: String
        public var changes: [Change]
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
    public var journal: [Command] = []

    public static let formatName = "triad-bundle"
    public static let currentVersion = 1

    /// An empty bundle.
    public init() {}
}
