/// A meeting detail is encoded as the meeting's fields followed by attendance, agenda and the derived
/// `groupsPresent` and `triangular`, as CLI.md's meeting shape lists them.
extension MeetingDetail: Encodable {
    enum CodingKeys: String, CodingKey {
        case attendees, invitees, groupsPresent, triangular, agenda, actions
    }

    public func encode(to encoder: any Encoder) throws {
        try meeting.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(attendees, forKey: .attendees)
        try container.encode(invitees, forKey: .invitees)
        try container.encode(groupsPresent, forKey: .groupsPresent)
        try container.encode(isTriangular, forKey: .triangular)
        try container.encode(agenda, forKey: .agenda)
        try container.encode(actions, forKey: .actions)
    }
}
