import Foundation

/// A peacekeeping operation or a special political mission.
public struct Mission: Hashable, Sendable {
    /// The acronym users name it by (`MINUSCA`).
    public var acronym: String
    /// The full name.
    public var name: String
    /// Codes of the host states (two for UNISFA and UNMOGIP, none for UNTSO).
    public var hosts: [String]
    /// Where it is deployed when that is not simply a host state (`Western Sahara`, `Abyei`).
    public var territory: String?
    /// When it was established.
    public var established: Day?
    /// When it closed, if it has.
    public var closed: Day?
    /// Peacekeeping operation or special political mission.
    public var type: MissionType
    /// The mission it took over from (MONUC for MONUSCO).
    public var predecessor: String?
    /// The mission that took over from it (MONUSCO for MONUC).
    public var successor: String?
    /// The phases recorded for it, oldest first (``phase(on:)`` reads them).
    public var phases: [MissionPhaseChange]

    /// Creates a mission, normalizing the acronym and refusing a closing before the establishment.
    public init(
        acronym: String, name: String, hosts: [String] = [], territory: String? = nil,
        established: Day? = nil, closed: Day? = nil, type: MissionType = .peacekeeping, predecessor: String? = nil,
        successor: String? = nil, phases: [MissionPhaseChange] = []
    ) throws(DomainError) {
        self.acronym = try Mission.normalizedAcronym(acronym)
        self.name = try Text.required(name, field: "mission name")
        if let established, let closed, closed < established {
            throw .endBeforeStart(what: "mission \(self.acronym)", start: established, end: closed)
        }
        self.hosts = hosts
        self.territory = try Text.optional(territory, field: "territory")
        self.established = established
        self.closed = closed
        self.type = type
        self.predecessor = try predecessor.map { acronym throws(DomainError) in try Mission.normalizedAcronym(acronym) }
        if self.predecessor == self.acronym { throw .ownPredecessor(mission: self.acronym) }
        self.successor = successor
        self.phases = phases
    }

    /// Whether the mission is deployed on `day`.
    public func isActive(on day: Day) -> Bool {
        (established.map { $0 <= day } ?? true) && (closed.map { day <= $0 } ?? true)
    }

    /// A mission acronym as stored: trimmed, upper case, letters, digits and dashes.
    public static func normalizedAcronym(_ acronym: String) throws(DomainError) -> String {
        let trimmed = acronym.trimmingCharacters(in: .whitespaces).uppercased()
        guard (2...16).contains(trimmed.count),
            trimmed.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isASCIIDigit || $0 == "-") })
        else {
            throw .invalidReference(acronym, expected: "a mission acronym such as MINUSCA")
        }
        return trimmed
    }
}
