import TriadCore
import TriadStore

extension PostgresSession {
    /// The members on `day`: every seat, held or not, is a handful of rows, so the domain's own rule picks the
    /// seats held that day.
    func councilMembers(on day: Day) throws -> [CouncilSeat] {
        try councilSeats(ofParty: nil).filter { $0.isHeld(on: day) }
    }

    func councilSeats(of code: String) throws -> [CouncilSeat] {
        try councilSeats(ofParty: try partyRecord(code).id)
    }

    /// The seats of one party, or of all parties: permanent members first, then by code and date.
    private func councilSeats(ofParty party: Int64?) throws -> [CouncilSeat] {
        try execute(
            """
            SELECT party.code, party.name, seat.startsOn, seat.endsOn, seat.isPermanent
            FROM councilSeat seat JOIN party ON party.id = seat.partyId
            WHERE $1::bigint IS NULL OR seat.partyId = $1
            ORDER BY seat.isPermanent DESC, lower(party.code), seat.startsOn
            """, [party]
        ).map { row in
            try CouncilSeat(
                party: row.decode("code"), name: row.decode("name"), from: row.decode("startsOn"),
                to: row.decode("endsOn"), permanent: row.decode("isPermanent"))
        }
    }

    func councilPresidencies(from: Day, to: Day) throws -> [CouncilPresidency] {
        try execute(
            """
            SELECT president.month, party.code, party.name
            FROM councilPresidency president JOIN party ON party.id = president.partyId
            WHERE president.month BETWEEN $1 AND $2
            ORDER BY president.month
            """, [CouncilPresidency.month(of: from), CouncilPresidency.month(of: to)]
        ).map { row in
            try CouncilPresidency(month: row.decode("month"), party: row.decode("code"), name: row.decode("name"))
        }
    }
}
