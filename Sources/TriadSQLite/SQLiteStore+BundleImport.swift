import GRDB
import TriadBackend
import TriadCore
import TriadStore

extension SQLiteStore {
    /// Into an empty database a bundle is a restore: every record and the journal as they were, so that
    /// exporting again gives the same bytes. Into a database with data it is a merge: records are matched by
    /// uuid (reference records and contributions by their natural key), new ones are added, and a record
    /// edited on both sides keeps the version with the newer `updatedAt`; each such conflict is listed.
    public func importBundle(_ bundle: TriadBundle) throws -> MergeSummary {
        guard bundle.format == TriadBundle.formatName else {
            throw StoreError.invalidBundle(reason: "it is not a triad bundle (format '\(bundle.format)')")
        }
        guard bundle.version <= TriadBundle.currentVersion else {
            throw StoreError.invalidBundle(
                reason: "it was written by a newer triad (bundle version \(bundle.version)); upgrade triad")
        }
        return try mapped {
            try writer.writeWithoutTransaction { db in
                var summary = MergeSummary()
                try db.inTransaction(.immediate) {
                    let session = SQLiteSession(db, caching: false)
                    let isEmpty = try session.holdsNoUserRecords()
                    var command = try session.beginCommand(context)
                    var merger = BundleMerger(target: session, summary: summary)
                    try merger.apply(bundle)
                    summary = merger.summary
                    if isEmpty {
                        try command.delete(db)
                        for entry in bundle.journal { try session.insertImported(entry) }
                        summary.restored = true
                        summary.journalCommands = bundle.journal.count
                    } else {
                        summary.journalCommands = try merger.appendJournal(bundle.journal)
                        command.summary =
                            "imported a bundle: \(summary.added) added, \(summary.updated) updated, \(summary.conflicts.count) conflicts"
                        try command.update(db, columns: [JournalCommandRecord.Columns.summary])
                    }
                    return .commit
                }
                return summary
            }
        }
    }
}

extension SQLiteSession {
    /// Whether the database holds nothing but reference data: no journal, meetings, actions,
    /// contributions or mandates.
    func holdsNoUserRecords() throws -> Bool {
        try Int.fetchOne(
            db,
            sql: """
                SELECT (SELECT count(*) FROM journalCommand) + (SELECT count(*) FROM meeting)
                     + (SELECT count(*) FROM actionItem) + (SELECT count(*) FROM contribution)
                     + (SELECT count(*) FROM mandate)
                """) == 0
    }

    /// Copies a journal command of another database, with the rows it changed there; it is never undone here.
    func insertImported(_ entry: TriadBundle.Command) throws {
        var command = JournalCommandRecord(
            id: nil, uuid: entry.uuid, at: entry.at, actor: entry.actor, commandLine: entry.commandLine,
            summary: entry.summary, isImported: true)
        try command.insert(db)
        let id = try command.storedID
        for change in entry.changes {
            var record = JournalChangeRecord(
                id: nil, commandId: id, entity: change.entity, rowKey: change.rowKey, operation: change.operation,
                beforeJSON: change.before, afterJSON: change.after)
            try record.insert(db)
        }
    }
}
