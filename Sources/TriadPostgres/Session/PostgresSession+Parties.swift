import TriadBackend
import TriadCore
import TriadStore

extension PostgresSession {
    func parties(kind: PartyKind?, group: StakeholderGroup?, on day: Day, mission: String?) throws -> [PartyListing] {
        let missions = try mission.map { [try missionID($0)] } ?? allMissionIDs()
        let records = try execute(
            "SELECT \(PartyRow.columns) FROM party WHERE $1::text IS NULL OR kind = $1 ORDER BY lower(code)", [kind]
        ).map(PartyRow.init)
        let questions = records.map { GroupFacts.Question(party: $0.id, missions: missions, day: day) }
        let facts = try groupFacts(questions)
        let listings = zip(records, questions).map { record, question in
            PartyListing(
                code: record.code, name: record.name, kind: record.kind,
                groups: facts.groups(question, kind: record.kind))
        }
        guard let group else { return listings }
        return listings.filter { $0.groups.contains(group) }
    }

    func party(_ code: String, on day: Day) throws -> PartyListing {
        let record = try partyRecord(code)
        let question = GroupFacts.Question(party: record.id, missions: try allMissionIDs(), day: day)
        return PartyListing(
            code: record.code, name: record.name, kind: record.kind,
            groups: try groupFacts([question]).groups(question, kind: record.kind))
    }

    /// Every mission's id: a party contributes if it does to any of them.
    func allMissionIDs() throws -> [Int64] {
        try execute("SELECT id FROM mission ORDER BY id").map { try $0.decode(at: 0) }
    }

    /// The facts behind the groups of the parties `questions` ask about: their Council seats and their latest
    /// contribution records, in two statements however many questions.
    func groupFacts(_ questions: some Collection<GroupFacts.Question>) throws -> GroupFacts {
        let parties = Set(questions.map(\.party))
        var seats: [Int64: [(from: Day, to: Day?)]] = [:]
        if !parties.isEmpty {
            var parameters = PostgresParameters()
            let list = parameters.bind(ids: parties.sorted())
            for row in try execute(
                "SELECT partyId, startsOn, endsOn FROM councilSeat WHERE partyId = ANY(\(list))", parameters)
            {
                seats[try row.decode(at: 0), default: []].append((try row.decode(at: 1), try row.decode(at: 2)))
            }
        }
        return GroupFacts(
            seats: seats, latest: try latestContributions(GroupFacts.contributionQuestions(questions)))
    }
}
