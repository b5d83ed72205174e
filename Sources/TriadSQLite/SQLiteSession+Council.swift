import GRDB
import TriadCore
import TriadStore

extension SQLiteSession {
    /// The members on `day`: every seat, held or not, is a handful of rows (five permanent members and ten
    /// elected ones a year), so the domain's own rule picks the seats held that day.
    func councilMembers(on day: Day) throws -> [CouncilSeat] {
        try councilSeats(ofParty: nil).filter { $0.isHeld(on: day) }
    }

    func councilSeats(of code: String) throws -> [CouncilSeat] {
        try councilSeats(ofParty: try partyRecord(code).storedID)
    }

    /// The seats of one party, or of all parties: permanent members first, then by code and date.
    private func councilSeats(ofParty party: Int64?) throws -> [CouncilSeat] {
        try db.cachedRows(
            sql: """
                SELECT party.code, party.name, seat.startsOn, seat.endsOn, seat.isPermanent
                FROM councilSeat seat JOIN party ON party.id = seat.partyId
                WHERE ?1 IS NULL OR seat.partyId = ?1
                ORDER BY seat.isPermanent DESC, party.code, seat.startsOn
                """, arguments: [party]
        ).map { row in
            try CouncilSeat(
                party: row.decode(forColumn: "code"), name: row.decode(forColumn: "name"),
                from: row.decode(forColumn: "startsOn"),
                to: row.decode(forColumn: "endsOn"), permanent: row.decode(forColumn: "isPermanent"))
        }
    }

    func councilPresidencies(from: Day, to: Day) throws -> [CouncilPresidency] {
        try db.cachedRows(
            sql: """
                SELECT president.month, party.code, party.name
                FROM councilPresidency president JOIN party ON party.id = president.partyId
                WHERE president.month BETWEEN ?1 AND ?2
                ORDER BY president.month
                """, arguments: [CouncilPresidency.month(of: from), CouncilPresidency.month(of: to)]
        ).map { row in
            try CouncilPresidency(
                month: row.decode(forColumn: "month"), party: row.decode(forColumn: "code"),
                name: row.decode(forColumn: "name"))
        }
    }
}
