import GRDB
import TriadCore

/// The SQL that gathers, for a party on a day, the facts its stakeholder groups follow from:
/// whether it holds a Council seat and whether it has personnel deployed in the missions in question.
/// The rule that turns facts into groups is ``StakeholderGroup/groups(kind:holdsCouncilSeat:contributes:)``.
///
/// The expressions use the named argument `:day`, plus `:mission` for ``Scope/mission``.
enum GroupFacts {
    /// Which missions count for the `contributors` group.
    enum Scope {
        /// Any mission.
        case anyMission
        /// The mission bound to `:mission`.
        case mission
        /// The missions of the meeting whose id is in the given column.
        case meeting(column: String)

        /// The missions in question, as a query of one column named `missionId`.
        var missions: String {
            switch self {
            case .anyMission:
                "SELECT id AS missionId FROM mission"
            case .mission:
                "SELECT :mission AS missionId"
            case .meeting(let column):
                "SELECT missionId FROM meetingMission WHERE meetingId = \(column)"
            }
        }
    }

    /// Selects `holdsSeat` and `contributes` for the party whose id is in `partyColumn`. Each mission in
    /// question costs one index seek for the party's latest record there.
    static func columns(partyColumn: String, scope: Scope, day: String = ":day") -> String {
        """
        EXISTS (SELECT 1 FROM councilSeat s
                WHERE s.partyId = \(partyColumn) AND s.startsOn <= \(day)
                  AND (s.endsOn IS NULL OR s.endsOn >= \(day))) AS holdsSeat,
        EXISTS (SELECT 1 FROM (\(scope.missions)) AS scope
                WHERE (SELECT c.troops + c.staffOfficers + c.experts + c.police + c.formedPolice
                       FROM contribution c
                       WHERE c.missionId = scope.missionId AND c.partyId = \(partyColumn) AND c.asOf <= \(day)
                       ORDER BY c.asOf DESC LIMIT 1) > 0) AS contributes
        """
    }

    /// The groups from a row holding `kind`, `holdsSeat` and `contributes`.
    static func groups(from row: Row) throws -> [StakeholderGroup] {
        let kindText: String = try row.decode(String.self, forColumn: "kind")
        let kind = try PartyKind(slug: kindText)
        return StakeholderGroup.groups(
            kind: kind, holdsCouncilSeat: try row.decode(Bool.self, forColumn: "holdsSeat"),
            contributes: try row.decode(Bool.self, forColumn: "contributes"))
    }
}
