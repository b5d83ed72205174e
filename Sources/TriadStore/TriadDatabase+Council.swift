import GRDB
import TriadCore

extension TriadDatabase {
    /// The Council members on `day`: permanent members first, then elected ones, each by code.
    public func councilMembers(on day: Day) throws -> [CouncilSeat] {
        try read { db in
            try TriadDatabase.councilSeats(
                where: "s.startsOn <= :day AND (s.endsOn IS NULL OR s.endsOn >= :day)", arguments: ["day": day], in: db)
        }
    }

    /// All seats a party has held or holds, oldest first.
    public func councilSeats(of code: String) throws -> [CouncilSeat] {
        try read { db in try TriadDatabase.councilSeats(of: code, in: db) }
    }

    static func councilSeats(of code: String, in db: Database) throws -> [CouncilSeat] {
        try councilSeats(where: "p.code = :code", arguments: ["code": code], in: db)
    }

    /// Records a Council seat, refusing one that overlaps a seat the party already holds.
    @discardableResult
    public func seatOnCouncil(_ code: String, from: Day, to: Day?, permanent: Bool) throws -> CouncilSeat {
        try write(summary: { "seated \($0.party) on the Council from \($0.from)" }) { db in
            let party = try TriadDatabase.party(code, in: db)
            let seat = try CouncilSeat(party: party.code, name: party.name, from: from, to: to, permanent: permanent)
            if let clash = try TriadDatabase.councilSeats(of: party.code, in: db).first(where: seat.overlaps) {
                throw StoreError.overlappingSeat(party: party.code, from: clash.from, to: clash.to)
            }
            var record = CouncilSeatRecord(
                id: nil, partyId: party.id!, startsOn: from, endsOn: to, isPermanent: permanent,
                createdAt: context.now, updatedAt: context.now)
            try record.insert(db)
            return seat
        }
    }

    private static func councilSeats(
        where condition: String, arguments: StatementArguments, in db: Database
    ) throws -> [CouncilSeat] {
        try db.cachedRows(
            sql: """
                SELECT p.code, p.name, s.startsOn, s.endsOn, s.isPermanent
                FROM councilSeat s JOIN party p ON p.id = s.partyId
                WHERE \(condition)
                ORDER BY s.isPermanent DESC, p.code, s.startsOn
                """, arguments: arguments
        ).map { row in
            try CouncilSeat(
                party: row.decode(forColumn: "code"), name: row.decode(forColumn: "name"),
                from: row.decode(forColumn: "startsOn"),
                to: row.decode(forColumn: "endsOn"), permanent: row.decode(forColumn: "isPermanent"))
        }
    }
}
