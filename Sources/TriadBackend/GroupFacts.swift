import TriadCore

/// The facts a party's stakeholder groups follow from (DOMAIN.md), gathered by a backend for many parties,
/// missions and days at once: the Council seats of the parties in question, and which of them, on each day
/// in question, have personnel deployed in each mission in question. Two statements however many rows a
/// listing shows, so that twenty thousand actions owned by a few parties ask about those few parties.
///
/// The rules that turn the facts into groups are the domain's (``CouncilSeat/isHeld(from:to:on:)``,
/// ``Personnel/isDeployed``, ``StakeholderGroup/groups(kind:holdsCouncilSeat:contributes:)``); this is the
/// one place either backend applies them, for one party or for many.
public struct GroupFacts: Sendable {
    /// A party whose groups are asked for on a day, with the missions that count for `contributors`.
    public struct Question: Hashable, Sendable {
        public var party: Int64
        public var missions: [Int64]
        public var day: Day

        public init(party: Int64, missions: [Int64], day: Day) {
            self.party = party
            self.missions = missions
            self.day = day
        }
    }

    private let seats: [Int64: [(from: Day, to: Day?)]]
    private let deployed: Set<ContributionQuestion>

    /// The facts: each party's seats, and its latest contribution record for each question asked of it.
    public init(seats: [Int64: [(from: Day, to: Day?)]], latest: [ContributionQuestion: Contribution]) {
        self.seats = seats
        deployed = Set(latest.filter { $0.value.isDeployed }.keys)
    }

    /// The contribution questions behind `questions`: every party in every mission when they all ask about
    /// the same missions on the same day (a party list), each (party, mission, day) otherwise.
    public static func contributionQuestions(_ questions: some Collection<Question>) -> ContributionQuestions {
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
    public func groups(party: Int64, kind: PartyKind, missions: [Int64], day: Day) -> [StakeholderGroup] {
        StakeholderGroup.groups(
            kind: kind,
            holdsCouncilSeat: seats[party]?.contains { CouncilSeat.isHeld(from: $0.from, to: $0.to, on: day) }
                ?? false,
            contributes: missions.contains {
                deployed.contains(ContributionQuestion(party: party, mission: $0, day: day))
            })
    }

    /// The groups of the party asked about in `question`.
    public func groups(_ question: Question, kind: PartyKind) -> [StakeholderGroup] {
        groups(party: question.party, kind: kind, missions: question.missions, day: question.day)
    }
}
