/// Whether and where a mandate took a position up: recorded by the penholder's team or the desk officer once the
/// Council has adopted the resolution.
public struct PositionUptake: Hashable, Sendable, Encodable {
    /// The resolution it is judged against.
    public var mandate: ResolutionReference
    /// Taken up, partly, not taken up, or overtaken.
    public var status: UptakeStatus
    /// Where the resolution shows it (`OP 34`), if it does.
    public var paragraph: String?
    /// A remark on the judgement.
    public var note: String?

    /// Creates an uptake; a blank paragraph or note is taken as none, one holding a NUL is refused.
    public init(mandate: ResolutionReference, status: UptakeStatus, paragraph: String?, note: String?)
        throws(DomainError)
    {
        self.mandate = mandate
        self.status = status
        self.paragraph = try Text.optional(paragraph, field: "paragraph")
        self.note = try Text.optional(note, field: "note")
    }

    enum CodingKeys: String, CodingKey {
        case mandate, status, paragraph, note
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mandate, forKey: .mandate)
        try container.encode(status, forKey: .status)
        try container.encode(paragraph, forKey: .paragraph)
        try container.encode(note, forKey: .note)
    }
}
