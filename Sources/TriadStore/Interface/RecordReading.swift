import TriadCore

/// The records as lists and shows present them. Parties, missions and resolutions are named as users
/// name them (case-insensitive); an unknown one throws ``StoreError`` with a suggestion.
public protocol RecordReading {
    /// Parties, optionally of one kind or one group on `day` (contributors counted for `mission` when given).
    func parties(kind: PartyKind?, group: StakeholderGroup?, on day: Day, mission: String?) throws -> [PartyListing]
    /// One party with its groups on `day` (contributors counted over every mission).
    func party(_ code: String, on day: Day) throws -> PartyListing

    /// Missions by acronym, optionally only those deployed on `day`.
    func missions(activeOn day: Day?) throws -> [Mission]
    /// One mission.
    func mission(_ acronym: String) throws -> Mission

    /// The Council members on `day`: permanent members first, then elected ones, each by code.
    func councilMembers(on day: Day) throws -> [CouncilSeat]
    /// All seats a party has held or holds, oldest first.
    func councilSeats(of code: String) throws -> [CouncilSeat]
    /// The Presidents of the months from the month of `from` to the month of `to`, oldest first; a month the
    /// reference data does not hold (before 2000, after the latest Council elected) is left out.
    func councilPresidencies(from: Day, to: Day) throws -> [CouncilPresidency]
    /// The parity targets of a year, or of every year, by year and category.
    func parityTargets(year: Int?) throws -> [ParityTarget]

    /// Mandates by mission and adoption; with `expiringWithin`, only those in force on `day` that expire
    /// within that many days of it, soonest first.
    func mandates(mission: String?, expiringWithin days: Int?, asOf day: Day) throws -> [Mandate]
    /// The mandate recorded under a resolution.
    func mandate(_ resolution: ResolutionReference) throws -> Mandate
    /// A mission's mandate in force on `day` (the latest adopted on or before it), or nil.
    func mandate(mission acronym: String, on day: Day) throws -> Mandate?

    /// A mission's contributors on `day`, largest first, with their shares.
    func contributors(mission acronym: String, on day: Day) throws -> [ContributorStanding]
    /// Every contribution record of a party, by mission and date.
    func contributions(party code: String) throws -> [Contribution]

    /// Meetings matching the filter, oldest first.
    func meetings(_ filter: MeetingFilter) throws -> [Meeting]
    /// The numbers of the meetings matching the filter, in the order ``meetings(_:)`` lists them: for
    /// ``RecordPages``, which reads a long list a page at a time.
    func meetingIDs(_ filter: MeetingFilter) throws -> [MeetingID]
    /// The meetings numbered `ids`, in list order; a number of no meeting is skipped.
    func meetings(numbered ids: [MeetingID]) throws -> [Meeting]
    /// How many meetings match the filter.
    func meetingCount(_ filter: MeetingFilter) throws -> Int
    /// Everything recorded about one meeting.
    func meetingDetail(_ id: MeetingID) throws -> MeetingDetail

    /// Actions matching the filter as they stand on `day`, by due date (undated last).
    func actions(_ filter: ActionFilter, asOf day: Day) throws -> [ActionItem]
    /// The numbers of the actions matching the filter on `day`, in the order ``actions(_:asOf:)`` lists them.
    /// The filter's owner group is left to the reading of the actions (it is worked out for each one on the
    /// day): ``RecordPages`` reads a long list so, a page at a time.
    func actionIDs(_ filter: ActionFilter, asOf day: Day) throws -> [ActionID]
    /// The actions numbered `ids` as they stand on `day`, in list order; a number of no action is skipped.
    func actions(numbered ids: [ActionID], asOf day: Day) throws -> [ActionItem]
    /// How many actions match the filter on `day`.
    func actionCount(_ filter: ActionFilter, asOf day: Day) throws -> Int
    /// How many notes the actions matching the filter on `day` hold.
    func noteCount(_ filter: ActionFilter, asOf day: Day) throws -> Int
    /// One action as it stands on `day`.
    func action(_ id: ActionID, asOf day: Day) throws -> ActionItem

    /// Positions matching the filter, by the day they were raised.
    func positions(_ filter: PositionFilter) throws -> [Position]
    /// One position.
    func position(_ id: PositionID) throws -> Position
}

extension RecordReading {
    /// A mission's mandate in force on `day`; throws when none was adopted by then.
    public func mandateInForce(mission acronym: String, on day: Day) throws -> Mandate {
        guard let mandate = try mandate(mission: acronym, on: day) else {
            throw StoreError.noMandateInForce(mission: try mission(acronym).acronym, on: day)
        }
        return mandate
    }

    /// Missions by acronym.
    public func missions() throws -> [Mission] {
        try missions(activeOn: nil)
    }

    /// The President of the Council on `day`, if the reference data holds that month.
    public func councilPresident(on day: Day) throws -> CouncilPresidency? {
        try councilPresidencies(from: day, to: day).first
    }

    /// All parties with their groups on `day`.
    public func parties(on day: Day) throws -> [PartyListing] {
        try parties(kind: nil, group: nil, on: day, mission: nil)
    }
}
