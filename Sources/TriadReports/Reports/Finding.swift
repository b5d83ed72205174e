/// A sentence of a report's findings; urgent ones are shown as alerts.
public struct Finding: Encodable, Sendable, Equatable {
    /// The sentence.
    public var text: String
    /// Whether it calls for action now (a consultation overdue or late, actions overdue, a ceiling exceeded).
    public var isUrgent: Bool

    /// Creates a finding.
    public init(_ text: String, urgent: Bool = false) {
        self.text = text
        self.isUrgent = urgent
    }

    /// A finding is written in JSON as its sentence, as REPORTS.md's `findings[]` of plain sentences.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
