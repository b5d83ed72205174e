/// A dated remark on an action item: progress, a reason for closing, a reminder.
public struct ActionNote: Hashable, Sendable {
    /// Stable identity across databases.
    public var uuid: String
    /// When it was written.
    public var at: Timestamp
    /// Who wrote it.
    public var actor: String
    /// What it says.
    public var text: String
    /// Its level: its own, or its action's.
    public var classification: RecordClassification

    /// Creates a note.
    public init(uuid: String, at: Timestamp, actor: String, text: String, classification: RecordClassification) {
        self.uuid = uuid
        self.at = at
        self.actor = actor
        self.text = text
        self.classification = classification
    }
}
