import GRDB
import TriadCore

extension TriadDatabase {
    /// Parties, optionally of one kind or one group on `day` (contributors counted for `mission` when given).
    public func parties(
        kind: PartyKind? = nil, group: StakeholderGroup? = nil, on day: Day, mission: String? = nil
    ) throws -> [PartyListing] {
        try read { db in try TriadDatabase.parties(kind: kind, group: group, on: day, mission: mission, in: db) }
    }

    static func parties(
        kind: PartyKind?, group: StakeholderGroup?, on day: Day, mission: String?, in db: Database
    ) throws -> [PartyListing] {
        var arguments: [String: (any DatabaseValueConvertible)?] = ["day": day]
        var scope = GroupFacts.Scope.anyMission
        if let mission {
            arguments["mission"] = try TriadDatabase.mission(mission, in: db).id
            scope = .mission
        }
        var sql = "SELECT p.code, p.name, p.kind, \(GroupFacts.columns(partyColumn: "p.id", scope: scope)) FROM party p"
        if let kind {
            sql += " WHERE p.kind = :kind"
            arguments["kind"] = kind
        }
        sql += " ORDER BY p.code"
        let listings = try db.cachedRows(sql: sql, arguments: StatementArguments(arguments)).map { row in
            PartyListing(
                code: try row.decode(forColumn: "code"), name: try row.decode(forColumn: "name"),
                kind: try PartyKind(slug: row.decode(forColumn: "kind")),
                groups: try GroupFacts.groups(from: row))
        }
        guard let group else { return listings }
        return listings.filter { $0.groups.contains(group) }
    }

    /// Records a new party.
    @discardableResult
    public func addParty(_ party: Party) throws -> Party {
        try write(summary: { "added party \($0.code)" }) { db in
            if try PartyRecord.filter(PartyRecord.Columns.code == party.code).fetchCount(db) > 0 {
                throw StoreError.duplicateParty(party.code)
            }
            var record = PartyRecord(
                id: nil, code: party.code, name: party.name, kind: party.kind, isReference: false,
                createdAt: context.now, updatedAt: context.now)
            try record.insert(db)
            return party
        }
    }

    /// Everything recorded about a party: seats, contributions, meetings attended, actions owned.
    public func partyProfile(_ code: String, asOf day: Day) throws -> PartyProfile {
        try read { db in
            let party = try TriadDatabase.party(code, in: db).party
            let listing = try TriadDatabase.parties(kind: nil, group: nil, on: day, mission: nil, in: db)
                .first { $0.code == party.code }
            return PartyProfile(
                party: party, groups: listing?.groups ?? [], asOf: day,
                councilSeats: try TriadDatabase.councilSeats(of: party.code, in: db),
                contributions: try TriadDatabase.contributions(
                    where: "c.partyId = (SELECT id FROM party WHERE code = :code)", arguments: ["code": party.code],
                    in: db),
                meetings: try TriadDatabase.meetings(MeetingFilter(party: party.code), in: db),
                actions: try TriadDatabase.actions(ActionFilter(owner: party.code, status: .all), asOf: day, in: db))
        }
    }
}
