import TriadCore

/// How many records of one level an import brings in (added, or taken from the bundle over ours): what an
/// office sees before it accepts a bundle from another.
public struct ArrivingRecords: Codable, Equatable, Sendable {
    public var classification: Classification
    public var meetings = 0
    public var agendaItems = 0
    public var actions = 0
    public var notes = 0

    /// No records yet of `classification`.
    public init(classification: Classification) {
        self.classification = classification
    }

    /// The number of records of every kind.
    public var total: Int { meetings + agendaItems + actions + notes }
}
