import TriadCore
import TriadStore

extension PartyListing {
    /// A party's row with its groups.
    init(_ record: PartyRecord, groups: [StakeholderGroup]) {
        self.init(code: record.code, name: record.name, kind: record.kind, groups: groups)
    }
}
