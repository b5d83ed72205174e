import TriadCore

/// A triad record, whichever database holds it: what every command opens.
///
/// Each write is one transaction that also journals the change, so a command changes all it says or
/// nothing. Reads go through ``read(_:)``: everything asked inside one call sees one snapshot, so a report
/// never mixes numbers from before and after another user's write.
public protocol RecordStore: RecordWriting, JournalWriting, StoreMaintenance, Sendable {
    /// Runs `body` with a reader that sees one consistent snapshot of the record, without what is classified
    /// above `level`: no meeting, agenda item, action or note above it, nor anything that belongs to one.
    func read<T>(upTo level: Classification, _ body: (any StoreReader) throws -> T) throws -> T

    /// Runs many writes as one command: one transaction and one entry of the history (undone at once).
    /// Nothing is written if `body` throws.
    func asOneCommand<T>(summary: String, _ body: () throws -> T) throws -> T

    /// The same record, stamping the changes it writes as made at `time` (the demo replays a scenario at the
    /// times it happened).
    func recording(at time: Timestamp) -> Self

    /// What only a database file has (backups, page checks, upgrade copies); nil for a server.
    var fileMaintenance: (any FileMaintenance)? { get }

    /// Who may read and write the record: what only a shared server has; nil for a file.
    var accessControl: (any AccessControl)? { get }
}

/// Everything a command can ask of one snapshot.
public typealias StoreReader = RecordReading & ReportReading & JournalReading

extension RecordStore {
    /// Runs `body` with a reader that sees one consistent snapshot of the whole record.
    public func read<T>(_ body: (any StoreReader) throws -> T) throws -> T {
        try read(upTo: .strictlyConfidential, body)
    }
}
