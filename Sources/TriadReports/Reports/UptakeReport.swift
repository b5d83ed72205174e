import TriadCore

/// For one adoption, every position it answers (raised in the renewal cycle before it, or judged against it), by
/// party and topic, with its uptake and paragraph: the page a penholder shows the contributors after a renewal
/// (REPORTS.md, `report uptake`).
public struct UptakeReport: Encodable, Sendable {
    /// What the store gathers.
    public struct Facts: Sendable {
        public var mission: Mission
        /// The adoption reported on.
        public var mandate: Mandate
        /// The cycle that ends with it.
        public var cycle: UptakeCycle
        /// The positions it answers.
        public var positions: [Position]
        /// The mission's contributors on the day of the adoption, with their shares.
        public var contributors: [ContributorStanding]

        public init(
            mission: Mission, mandate: Mandate, cycle: UptakeCycle, positions: [Position],
            contributors: [ContributorStanding]
        ) {
            self.mission = mission
            self.mandate = mandate
            self.cycle = cycle
            self.positions = positions
            self.contributors = contributors
        }
    }

    /// One position with its uptake in the mandate (null: pending).
    public struct Row: Encodable, Sendable {
        public var id: PositionID
        public var meeting: MeetingID
        public var date: Day
        public var party: String
        public var partyName: String
        public var partyGroups: [StakeholderGroup]
        /// The party's share of the mission's personnel on the day of the adoption.
        public var share: Double
        public var kind: PositionKind
        public var topic: PositionTopic
        public var text: String
        public var a4p: [A4PArea]
        public var classification: Classification
        @Nullable public var uptake: PositionUptake?
    }

    /// One party's positions and their uptake.
    public struct PartyRow: Encodable, Sendable {
        public var party: String
        public var name: String
        public var groups: [StakeholderGroup]
        public var share: Double
        public var uptake: UptakeCounts
    }

    public var report = "uptake"
    public var mission: String
    public var mandate: ResolutionReference
    public var adopted: Day
    /// The first day of the cycle (the adoption of the mandate before), or null when none was recorded.
    @Nullable public var cycleFrom: Day?
    public var summary: UptakeCounts
    public var byGroup: GroupUptake
    public var parties: [PartyRow]
    public var rows: [Row]
    /// What a reading up to a level left out.
    public var withheld = Withheld.none

    /// Builds the report: rows by party (largest contributors first, then by code), topic, date and number.
    public init(facts: Facts) {
        mission = facts.mission.acronym
        mandate = facts.mandate.resolution
        adopted = facts.mandate.adopted
        cycleFrom = facts.cycle.from
        let shares = Dictionary(
            facts.contributors.map { ($0.contribution.party, Share.rounded($0.share)) }, uniquingKeysWith: { a, _ in a }
        )
        let resolution = facts.mandate.resolution
        let topics = Dictionary(uniqueKeysWithValues: PositionTopic.allCases.enumerated().map { ($1, $0) })
        let ordered = facts.positions.sorted { a, b in
            let (shareA, shareB) = (shares[a.party] ?? -1, shares[b.party] ?? -1)
            if shareA != shareB { return shareA > shareB }
            if a.party != b.party { return a.party < b.party }
            if a.topic != b.topic { return topics[a.topic, default: 0] < topics[b.topic, default: 0] }
            return (a.raisedOn, a.id) < (b.raisedOn, b.id)
        }
        rows = ordered.map { position in
            Row(
                id: position.id, meeting: position.meeting, date: position.raisedOn, party: position.party,
                partyName: position.partyName, partyGroups: position.partyGroups, share: shares[position.party] ?? 0,
                kind: position.kind, topic: position.topic, text: position.text, a4p: position.a4p,
                classification: position.classification, uptake: position.uptake(in: resolution))
        }
        summary = UptakeCounts(ordered, in: resolution)
        byGroup = GroupUptake(ordered, in: resolution)
        var parties: [PartyRow] = []
        for position in ordered {
            if parties.last?.party != position.party {
                parties.append(
                    PartyRow(
                        party: position.party, name: position.partyName, groups: position.partyGroups,
                        share: shares[position.party] ?? 0, uptake: UptakeCounts()))
            }
            parties[parties.count - 1].uptake.add(position.uptake(in: resolution)?.status)
            parties[parties.count - 1].groups = Array(Set(parties[parties.count - 1].groups + position.partyGroups))
                .sorted()
        }
        self.parties = parties
    }

    /// The highest level of the positions it shows.
    public var marking: Classification? {
        Classification.marking(of: rows.map(\.classification))
    }
}
