/// How participants met.
public enum MeetingMode: String, Slug {
    /// Everyone in the room.
    case inPerson = "in-person"
    /// Everyone online.
    case virtual
    /// Some in the room, some online.
    case hybrid

    public static let vocabularyName = "meeting mode"
}
