import GRDB
import TriadCore

/// The facts a party's stakeholder groups follow from (DOMAIN.md), gathered for many parties, missions and
/// days at once: the Council seats of the parties in question, and each party's latest contribution record,
/// on each day in question, for each mission in question. Two statements however many rows a listing shows,
/// so that twenty thousand actions owned by a few parties ask about those few parties.
///
/// The rules that turn the facts into groups are the domain's (``CouncilSeat/isHeld(from:to:on:)``,
/// ``Personnel/isDeployed``, ``StakeholderGroup/groups(kind:holdsCouncilSeat:contributes:)``); this is the
/// one place the store gathers the facts, for one party or for many.
struct GroupFacts {
    /// A party whose groups are asked for on a day, with the missions that count for `contributors`.
    struct Question: Hashable {
        var party: Int64
        var missions: [Int64]
        var day: Day
    }

    private let seats: [Int64: [(from: Day, to: Day?)]]
    private let deployed: Set<ContributionQuestion>

    /// Gathers the facts for `questions`.
    init(_ questions: some Collection<Question>, in session: SQLiteSession) throws {
        let parties = Set(questions.map(\.party))
        var seats: [Int64: [(from: Day, to: Day?)]] = [:]
        if !parties.isEmpty {
            for row in try Row.fetchAll(
                session.db.cachedStatement(
                    sql: """
                        SELECT partyId, startsOn, endsOn FROM councilSeat
                        WHERE partyId IN (SELECT value FROM json_each(?))
                        """), arguments: [SQLiteSession.jsonArray(parties.sorted())])
            {
                seats[try row.decode(atIndex: 0), default: []].append(
                    (try row.decode(atIndex: 1), try row.decode(atIndex: 2)))
            }
        }
        self.seats = seats
        deployed = Set(
            try session.latestContributions(GroupFacts.asked(questions)).filter { $0.value.isDeployed }.keys)
    }

    /// The contribution questions behind `questions`: every party in every mission when they all ask about
    /// the same missions on the same day (a party list), each (party, mission, day) otherwise.
    private static func asked(_ questions: some Collection<Question>) -> ContributionQuestions {
        if let first = questions.first, questions.allSatisfy({ $0.missions == first.missions && $0.day == first.day }) {
            return .everyPair(parties: questions.map(\.party), missions: first.missions, day: first.day)
        }
        var each = Set<ContributionQuestion>()
        for question in questions {
            for mission in question.missions {
                each.insert(ContributionQuestion(party: question.party, mission: mission, day: question.day))
            }
        }
        return .each(Array(each))
    }

    /// The groups of a party of `kind` on `day`, when the missions in question are `missions`.
    func groups(party: Int64, kind: PartyKind, missions: [Int64], day: Day) -> [StakeholderGroup] {
        StakeholderGroup.groups(
            kind: kind,
            holdsCouncilSeat: seats[party]?.contains { CouncilSeat.isHeld(from: $0.from, to: $0.to, on: day) }
                ?? false,
            contributes: missions.contains {
                deployed.contains(ContributionQuestion(party: party, mission: $0, day: day))
            })
    }

    /// The groups of the party asked about in `question`.
    func groups(_ question: Question, kind: PartyKind) -> [StakeholderGroup] {
        groups(party: question.party, kind: kind, missions: question.missions, day: question.day)
    }
}
