/// An item on a meeting's agenda, with what came of it.
public struct AgendaItem: Hashable, Sendable {
    /// Its place on the agenda, from 1.
    public var position: Int
    /// What it is about.
    public var title: String
    /// A4P areas it touches.
    public var a4p: [A4PArea]
    /// What was agreed or said, if recorded.
    public var outcome: String?
    /// Its level: its own, or its meeting's.
    public var classification: RecordClassification

    /// Creates an agenda item.
    public init(
        position: Int, title: String, a4p: [A4PArea], outcome: String?, classification: RecordClassification
    ) {
        self.position = position
        self.title = title
        self.a4p = a4p
        self.outcome = outcome
        self.classification = classification
    }
}
