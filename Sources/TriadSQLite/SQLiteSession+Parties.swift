import GRDB
import TriadBackend
import TriadCore
import TriadStore

extension SQLiteSession {
    func parties(kind: PartyKind?, group: StakeholderGroup?, on day: Day, mission: String?) throws -> [PartyListing] {
        let missions = try mission.map { [try missionID($0)] } ?? allMissionIDs()
        let records = try PartyRecord.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM party WHERE ? IS NULL OR kind = ? ORDER BY code"),
            arguments: [kind, kind])
        let questions = try records.map { GroupFacts.Question(party: try $0.storedID, missions: missions, day: day) }
        let facts = try groupFacts(questions)
        let listings = zip(records, questions).map { record, question in
            PartyListing(record, groups: facts.groups(question, kind: record.kind))
        }
        guard let group else { return listings }
        return listings.filter { $0.groups.contains(group) }
    }

    func party(_ code: String, on day: Day) throws -> PartyListing {
        let record = try partyRecord(code)
        let question = GroupFacts.Question(party: try record.storedID, missions: try allMissionIDs(), day: day)
        return PartyListing(record, groups: try groupFacts([question]).groups(question, kind: record.kind))
    }

    /// Every mission's id: a party contributes if it does to any of them.
    func allMissionIDs() throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM mission ORDER BY id"))
    }
}
