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
        /// An action's mission and its meeting's missions (any mission when it has neither), given the
        /// action table's alias.
        case action(alias: String)

        var condition: String {
            switch self {
            case .anyMission:
                "1"
            case .mission:
                "c.missionId = :mission"
            case .meeting(let column):
                "c.missionId IN (SELECT missionId FROM meetingMission WHERE meetingId = \(column))"
            case .action(let a):
                """
                (CASE WHEN \(a).missionId IS NULL
                        AND NOT EXISTS (SELECT 1 FROM meetingMission WHERE meetingId = \(a).meetingId)
                    THEN 1
                    ELSE c.missionId = \(a).missionId
                        OR c.missionId IN (SELECT missionId FROM meetingMission WHERE meetingId = \(a).meetingId)
                END)
                """
            }
        }
    }

    /// Selects `holdsSeat` and `contributes` for the party whose id is in `partyColumn`.
    static func columns(partyColumn: String, scope: Scope, day: String = ":day") -> String {
        """
        EXISTS (SELECT 1 FROM councilSeat s
                WHERE s.partyId = \(partyColumn) AND s.startsOn <= \(day)
                  AND (s.endsOn IS NULL OR s.endsOn >= \(day))) AS holdsSeat,
        EXISTS (SELECT 1 FROM contribution c
                WHERE c.partyId = \(partyColumn) AND \(scope.condition)
                  AND c.asOf = (SELECT max(c2.asOf) FROM contribution c2
                                WHERE c2.partyId = c.partyId AND c2.missionId = c.missionId
                                  AND c2.asOf <= \(day))
                  AND c.troops + c.staffOfficers + c.experts + c.police + c.formedPolice > 0) AS contributes
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
