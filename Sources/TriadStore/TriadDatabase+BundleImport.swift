import GRDB
import TriadCore

extension TriadDatabase {
    /// Imports a bundle in one transaction.
    ///
    /// Into an empty database it is a restore: every record and the journal as they were, so that
    /// exporting again gives the same bytes. Into a database with data it is a merge: records are matched
    /// by uuid (reference records and contributions by their natural key), new ones are added, and a record
    /// edited on both sides keeps the version with the newer `updatedAt`; each such conflict is listed.
    public func importBundle(_ bundle: TriadBundle) throws -> MergeSummary {
        guard bundle.format == TriadBundle.formatName else {
            throw StoreError.invalidBundle(reason: "it is not a triad bundle (format '\(bundle.format)')")
        }
        guard bundle.version <= TriadBundle.currentVersion else {
            throw StoreError.invalidBundle(
                reason: "it was written by a newer triad (bundle version \(bundle.version)); upgrade triad")
        }
        return try TriadDatabase.mapped(path: path) {
            try writer.writeWithoutTransaction { db in
                var summary = MergeSummary()
                try db.inTransaction(.immediate) {
                    let isEmpty =
                        try Int.fetchOne(
                            db,
                            sql: """
                                SELECT (SELECT count(*) FROM journalCommand) + (SELECT count(*) FROM meeting)
                                     + (SELECT count(*) FROM actionItem) + (SELECT count(*) FROM contribution)
                                     + (SELECT count(*) FROM mandate)
                                """) == 0
                    var command = JournalCommandRecord(
                        id: nil, uuid: TriadDatabase.newUUID(), at: context.now, actor: context.actor,
                        commandLine: context.commandLine, summary: "")
                    try command.insert(db)
                    var merger = BundleMerger(db: db, summary: summary)
                    try merger.apply(bundle)
                    summary = merger.summary
                    if isEmpty {
                        try command.delete(db)
                        try TriadDatabase.restoreJournal(bundle.journal, in: db)
                        summary.restored = true
                        summary.journalCommands = bundle.journal.count
                    } else {
                        summary.journalCommands = try TriadDatabase.appendJournal(bundle.journal, in: db)
                        command.summary =
                            "imported a bundle: \(summary.added) added, \(summary.updated) updated, \(summary.conflicts.count) conflicts"
                        try command.update(db, columns: ["summary"])
                    }
                    return .commit
                }
                return summary
            }
        }
    }

    private static func restoreJournal(_ journal: [TriadBundle.Command], in db: Database) throws {
        for entry in journal { try insert(entry, in: db) }
    }

    /// Adds the other database's journal commands that this one does not have; returns how many.
    private static func appendJournal(_ journal: [TriadBundle.Command], in db: Database) throws -> Int {
        var added = 0
        for entry in journal
        where try Int.fetchOne(db, sql: "SELECT count(*) FROM journalCommand WHERE uuid = ?", arguments: [entry.uuid])
            == 0
        {
            try insert(entry, in: db)
            added += 1
        }
        return added
    }

    private static func insert(_ entry: TriadBundle.Command, in db: Database) throws {
        var command = JournalCommandRecord(
            id: nil, uuid: entry.uuid, at: try Timestamp(iso8601: entry.at), actor: entry.actor,
            commandLine: entry.commandLine, summary: entry.summary)
        try command.insert(db)
        try db.execute(sql: "UPDATE journalCommand SET isImported = 1 WHERE id = ?", arguments: [command.id])
        for change in entry.changes {
            try db.execute(
                sql: """
                    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [command.id, change.entity, change.rowKey, change.operation, change.before, change.after])
        }
    }
}
