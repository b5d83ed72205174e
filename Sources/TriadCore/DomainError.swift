/// A value or a change that the rules of the domain refuse.
///
/// Each case's ``message`` is one sentence that names the offending value and,
/// where it can, the fix.
public enum DomainError: Error, Equatable, Sendable {
    /// A date that is malformed or does not exist.
    case invalidDate(String, reason: String)
    /// A date-time that is malformed.
    case invalidDateTime(String, reason: String)
    /// A number that is malformed or out of range.
    case invalidNumber(String, field: String)
    /// A meeting, action or resolution reference that cannot be read.
    case invalidReference(String, expected: String)
    /// A slug (meeting kind, A4P area, status, priority, mode, kind of party) that is not one of the known ones.
    case unknownSlug(String, vocabulary: String, suggestion: String?, known: [String])
    /// A headcount or ceiling below zero.
    case negativeNumber(field: String, value: Int)
    /// A text that must not be empty is empty.
    case emptyText(field: String)
    /// A text holds a NUL character, which other programs cut short.
    case textHoldsNul(field: String)
    /// A mandate that would expire on or before its adoption.
    case expiryNotAfterAdoption(resolution: String, adopted: Day, expires: Day)
    /// An end date before a start date (Council seats, missions).
    case endBeforeStart(what: String, start: Day, end: Day)
    /// An action status change that is not allowed.
    case illegalActionTransition(action: String, from: ActionStatus, to: ActionStatus)
    /// A meeting status change that is not allowed.
    case illegalMeetingTransition(meeting: String, from: MeetingStatus, to: MeetingStatus)
    /// A month or year whose Council presidency the reference data does not hold.
    case noPresidency(period: String)
    /// More women of a personnel type than personnel of that type.
    case moreWomenThanPersonnel(type: String, women: Int, personnel: Int)
    /// A share outside 0-100 per cent.
    case percentOutOfRange(field: String, value: Double)
    /// A mission phase that would begin before the mission was established.
    case phaseBeforeEstablishment(mission: String, phase: MissionPhase, from: Day, established: Day)
    /// A mission named as its own predecessor.
    case ownPredecessor(mission: String)
    /// A position raised by a party not recorded as present at the meeting.
    case partyNotPresent(party: String, meeting: String)
    /// A position raised at a meeting that was cancelled.
    case positionAtCancelledMeeting(meeting: String)
    /// An uptake recorded against a mandate of a mission the position's meeting did not concern.
    case uptakeInOtherMission(position: String, resolution: String, mission: String, meetingMissions: [String])
    /// A resolution named for a mission whose mandate it is not.
    case mandateOfAnotherMission(resolution: String, mission: String, asked: String)
    /// An uptake recorded against a mandate adopted on or before the day the position was raised.
    case uptakeBeforePosition(position: String, resolution: String, adopted: Day, raised: Day)

    /// Whether the error is a malformed argument (exit 64) rather than data that breaks a rule (exit 65).
    public var isUsageError: Bool {
        switch self {
        case .invalidDate, .invalidDateTime, .invalidNumber, .invalidReference, .unknownSlug, .percentOutOfRange: true
        default: false
        }
    }

    /// One sentence for the user.
    public var message: String {
        switch self {
        case .invalidDate(let text, let reason):
            "'\(text)' is not a valid date: \(reason)."
        case .invalidDateTime(let text, let reason):
            "'\(text)' is not a valid date and time: \(reason)."
        case .invalidNumber(let text, let field):
            "'\(text)' is not a valid number for \(field); give a whole number such as 850."
        case .invalidReference(let text, let expected):
            "'\(text)' is not a valid reference; expected \(expected)."
        case .unknownSlug(let text, let vocabulary, let suggestion, let known):
            if let suggestion {
                "no \(vocabulary) '\(text)'; did you mean \(suggestion)?"
            } else {
                "no \(vocabulary) '\(text)'; use one of: \(known.joined(separator: ", "))."
            }
        case .negativeNumber(let field, let value):
            "\(field) cannot be negative (got \(value)); give zero or more."
        case .emptyText(let field):
            "the \(field) cannot be empty; give some text."
        case .textHoldsNul(let field):
            "the \(field) contains a NUL character, which other programs would cut short; remove it."
        case .expiryNotAfterAdoption(let resolution, let adopted, let expires):
            "resolution \(resolution) cannot expire on \(expires), which is not after its adoption on \(adopted); check the expiry date."
        case .endBeforeStart(let what, let start, let end):
            "\(what) cannot end on \(end), before it starts on \(start); check the dates."
        case .illegalActionTransition(let action, let from, let to):
            ActionStatus.explanation(action: action, from: from, to: to)
        case .illegalMeetingTransition(let meeting, let from, let to):
            "meeting \(meeting) is \(from.rawValue) and cannot become \(to.rawValue)."
        case .noPresidency(let period):
            "no Council presidency is recorded for \(period): the reference data holds the months from January "
                + "2000 to the end of the latest Council elected."
        case .moreWomenThanPersonnel(let type, let women, let personnel):
            "\(women) women cannot serve among \(personnel) \(type); give a number of women no larger than the total."
        case .percentOutOfRange(let field, let value):
            "\(field) must be a percentage from 0 to 100 (got \(value))."
        case .phaseBeforeEstablishment(let mission, let phase, let from, let established):
            "\(mission) cannot enter \(phase.rawValue) on \(from), before it was established on \(established); "
                + "check the date."
        case .ownPredecessor(let mission):
            "\(mission) cannot be its own predecessor; name the mission it took over from."
        case .partyNotPresent(let party, let meeting):
            "\(party) did not attend \(meeting), so it raised no position there; record its attendance first "
                + "('triad meeting attend \(meeting) \(party)') or name a party that attended."
        case .positionAtCancelledMeeting(let meeting):
            "\(meeting) was cancelled, so no position was raised there; record the position at the meeting where it was."
        case .uptakeInOtherMission(let position, let resolution, let mission, let meetingMissions):
            "resolution \(resolution) is a mandate of \(mission), but \(position) was raised at a meeting on "
                + (meetingMissions.isEmpty ? "no mission" : meetingMissions.joined(separator: ", "))
                + "; record its uptake against a mandate of "
                + (meetingMissions.isEmpty
                    ? "the mission it concerns (add the mission to its meeting first)."
                    : "\(meetingMissions.joined(separator: " or ")).")
        case .mandateOfAnotherMission(let resolution, let mission, let asked):
            "resolution \(resolution) is a mandate of \(mission), not of \(asked); 'triad mandate list --mission \(asked)' "
                + "shows its mandates."
        case .uptakeBeforePosition(let position, let resolution, let adopted, let raised):
            "resolution \(resolution) was adopted on \(adopted), not after \(position) was raised on \(raised), so it "
                + "cannot have taken it up; record the uptake against the mandate adopted after the meeting."
        }
    }
}
