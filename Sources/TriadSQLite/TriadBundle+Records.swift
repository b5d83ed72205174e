import TriadCore
import TriadStore

extension TriadBundle.Party {
    /// A party's row as a bundle keeps it.
    init(_ record: PartyRecord) {
        self.init(
            code: record.code, name: record.name, kind: record.kind, createdAt: record.createdAt,
            updatedAt: record.updatedAt, isReference: record.isReference)
    }
}

extension TriadBundle.Mission {
    /// A mission's row and its hosts as a bundle keeps them.
    init(_ record: MissionRecord, hosts: [String]) {
        self.init(
            acronym: record.acronym, name: record.name, territory: record.territory,
            established: record.establishedOn, closed: record.closedOn, hosts: hosts,
            isReference: record.isReference, createdAt: record.createdAt, updatedAt: record.updatedAt)
    }
}
