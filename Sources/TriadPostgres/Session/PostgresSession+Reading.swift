import TriadStore

/// A session reads what the store interface asks, in the snapshot of its transaction.
extension PostgresSession: RecordReading, ReportReading, JournalReading {}
