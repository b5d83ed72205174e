/// The rules of positions and their uptake (DOMAIN.md, "Positions and their uptake"), which both backends apply
/// before they write.
public enum PositionRules {
    /// A party raises a position only at a meeting it attended, and not at one that was cancelled.
    /// - Parameters:
    ///   - party: the party's code, as the store holds it.
    ///   - attendees: the codes of the parties recorded as present.
    public static func checkRaiser(
        _ party: String, meeting: MeetingID, status: MeetingStatus, attendees: some Sequence<String>
    ) throws(DomainError) {
        guard status != .cancelled else { throw .positionAtCancelledMeeting(meeting: meeting.description) }
        guard attendees.contains(party) else {
            throw .partyNotPresent(party: party, meeting: meeting.description)
        }
    }

    /// An uptake is judged against a mandate of a mission the position's meeting concerned, adopted after the
    /// meeting: a resolution adopted before the position was raised cannot have answered it.
    public static func checkUptake(
        of position: PositionID, raisedOn: Day, missions: [String], against mandate: Mandate
    ) throws(DomainError) {
        guard missions.contains(mandate.mission) else {
            throw .uptakeInOtherMission(
                position: position.description, resolution: mandate.resolution.description,
                mission: mandate.mission, meetingMissions: missions)
        }
        guard mandate.adopted > raisedOn else {
            throw .uptakeBeforePosition(
                position: position.description, resolution: mandate.resolution.description,
                adopted: mandate.adopted, raised: raisedOn)
        }
    }
}
