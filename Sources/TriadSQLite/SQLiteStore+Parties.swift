import GRDB
import TriadCore
import TriadStore

extension SQLiteStore {
    public func addParty(_ party: Party) throws -> Party {
        try write(summary: { "added party \($0.code)" }) { session in
            if try PartyRecord.filter(PartyRecord.Columns.code == party.code).fetchCount(session.db) > 0 {
                throw StoreError.duplicateParty(party.code)
            }
            var record = PartyRecord(
                id: nil, code: party.code, name: party.name, kind: party.kind, isReference: false,
                createdAt: context.now, updatedAt: context.now)
            try record.insert(session.db)
            return party
        }
    }
}
