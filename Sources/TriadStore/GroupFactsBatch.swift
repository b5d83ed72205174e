import Foundation
import GRDB
import TriadCore

/// The facts stakeholder groups follow from, fetched for many parties and missions at once: which
/// parties hold a Council seat on the day, and which (party, mission) pairs have personnel deployed.
/// Two statements however many rows a listing shows, each pair one index seek, so that a listing of
/// twenty thousand actions owned by a few parties asks about those few parties, not twenty thousand times.
struct GroupFactsBatch {
    /// A party and a mission, by id.
    struct Pair: Hashable {
        var party: Int64
        var mission: Int64
    }

    private let seated: Set<Int64>
    private let contributing: Set<Pair>

    /// Fetches the facts on `day` for `parties` and `pairs`.
    init(parties: Set<Int64>, pairs: Set<Pair>, day: Day, in db: Database) throws {
        seated = Set(
            try Int64.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT value FROM json_each(:parties) AS j
                        WHERE EXISTS (SELECT 1 FROM councilSeat s
                                      WHERE s.partyId = j.value AND s.startsOn <= :day
                                        AND (s.endsOn IS NULL OR s.endsOn >= :day))
                        """),
                arguments: ["parties": TriadDatabase.jsonArray(parties.sorted()), "day": day]))
        guard !pairs.isEmpty else {
            contributing = []
            return
        }
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT j.party, j.mission
                    FROM (SELECT json_extract(value, '$[0]') AS party, json_extract(value, '$[1]') AS mission
                          FROM json_each(:pairs)) AS j
                    WHERE (SELECT c.troops + c.staffOfficers + c.experts + c.police + c.formedPolice
                           FROM contribution c
                           WHERE c.missionId = j.mission AND c.partyId = j.party AND c.asOf <= :day
                           ORDER BY c.asOf DESC LIMIT 1) > 0
                    """),
            arguments: [
                "pairs": "[" + pairs.map { "[\($0.party),\($0.mission)]" }.sorted().joined(separator: ",") + "]",
                "day": day,
            ])
        contributing = Set(try rows.map { Pair(party: try $0.decode(atIndex: 0), mission: try $0.decode(atIndex: 1)) })
    }

    /// The groups of a party of `kind` when the missions in question are `missions`.
    func groups(party: Int64, kind: PartyKind, missions: some Sequence<Int64>) -> [StakeholderGroup] {
        StakeholderGroup.groups(
            kind: kind, holdsCouncilSeat: seated.contains(party),
            contributes: missions.contains { contributing.contains(Pair(party: party, mission: $0)) })
    }
}
