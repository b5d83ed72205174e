import GRDB
import TriadBackend
import TriadCore

extension SQLiteSession {
    /// The facts behind the groups of the parties `questions` ask about: their Council seats and their latest
    /// contribution records, in two statements however many questions.
    func groupFacts(_ questions: some Collection<GroupFacts.Question>) throws -> GroupFacts {
        let parties = Set(questions.map(\.party))
        var seats: [Int64: [(from: Day, to: Day?)]] = [:]
        if !parties.isEmpty {
            for row in try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT partyId, startsOn, endsOn FROM councilSeat
                        WHERE partyId IN (SELECT value FROM json_each(?))
                        """), arguments: [SQLiteSession.jsonArray(parties.sorted())])
            {
                seats[try row.decode(atIndex: 0), default: []].append(
                    (try row.decode(atIndex: 1), try row.decode(atIndex: 2)))
            }
        }
        return GroupFacts(
            seats: seats, latest: try latestContributions(GroupFacts.contributionQuestions(questions)))
    }
}
