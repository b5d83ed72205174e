/// The level of an agenda item, an action or a note: its own, or the one it takes from what it belongs to.
public struct RecordClassification: Hashable, Sendable {
    /// The level the record has.
    public var level: Classification
    /// Whether the level was given to the record itself rather than taken from its meeting or action.
    public var isOwn: Bool

    /// Creates a classification.
    public init(_ level: Classification, isOwn: Bool) {
        self.level = level
        self.isOwn = isOwn
    }

    /// A record's classification given its own level, if any, and its parent's: a record without a level of
    /// its own takes its parent's, so nothing recorded at a private meeting ends up below the meeting's level by
    /// accident; one without a parent is unclassified.
    public static func of(own: Classification?, parent: Classification?) -> RecordClassification {
        RecordClassification(own ?? parent ?? .unclassified, isOwn: own != nil)
    }

    /// The classification after the parent's level changed: one taken from the parent follows it, one of the
    /// record's own stays.
    public func following(_ parent: Classification) -> RecordClassification {
        isOwn ? self : RecordClassification(parent, isOwn: false)
    }
}
