import GRDB
import TriadCore
import TriadStore

extension SQLiteStore {
    public func seatOnCouncil(_ code: String, from: Day, to: Day?, permanent: Bool) throws -> CouncilSeat {
        try write(summary: { "seated \($0.party) on the Council from \($0.from)" }) { session in
            let party = try session.partyRecord(code)
            let seat = try CouncilSeat(party: party.code, name: party.name, from: from, to: to, permanent: permanent)
            if let clash = try session.councilSeats(of: party.code).first(where: seat.overlaps) {
                throw StoreError.overlappingSeat(party: party.code, from: clash.from, to: clash.to)
            }
            var record = CouncilSeatRecord(
                id: nil, partyId: try party.storedID, startsOn: from, endsOn: to, isPermanent: permanent,
                createdAt: context.now, updatedAt: context.now)
            try record.insert(session.db)
            return seat
        }
    }
}
