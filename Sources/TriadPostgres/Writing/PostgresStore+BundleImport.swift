import TriadBackend
import TriadCore
import TriadStore

extension PostgresStore {
    /// Into an empty database a bundle is a restore: every record and the journal as they were, so that
    /// exporting again gives the same bytes. Into a database with data it is a merge (``BundleMerger``), the
    /// same as on SQLite.
    public func importBundle(_ bundle: TriadBundle) throws -> MergeSummary {
        guard bundle.format == TriadBundle.formatName else {
            throw StoreError.invalidBundle(reason: "it is not a triad bundle (format '\(bundle.format)')")
        }
        guard bundle.version <= TriadBundle.currentVersion else {
            throw StoreError.invalidBundle(
                reason: "it was written by a newer triad (bundle version \(bundle.version)); upgrade triad")
        }
        return try mapped {
            try transaction { session in
                let isEmpty = try session.holdsNoUserRecords()
                let command = try session.beginCommand(context)
                var merger = BundleMerger(target: session)
                try merger.apply(bundle)
                var summary = merger.summary
                if isEmpty {
                    try session.execute("DELETE FROM journalCommand WHERE id = $1", [command])
                    for entry in bundle.journal { try session.insertImported(entry) }
                    summary.restored = true
                    summary.journalCommands = bundle.journal.count
                } else {
                    summary.journalCommands = try merger.appendJournal(bundle.journal)
                    try session.execute(
                        "UPDATE journalCommand SET summary = $2 WHERE id = $1",
                        [
                            command,
                            "imported a bundle: \(summary.added) added, \(summary.updated) updated, \(summary.conflicts.count) conflicts",
                        ])
                }
                return summary
            }
        }
    }
}

extension PostgresSession {
    /// Whether the database holds nothing but reference data: no journal, meetings, actions, contributions or
    /// mandates.
    func holdsNoUserRecords() throws -> Bool {
        try execute(
            """
            SELECT NOT EXISTS (SELECT 1 FROM journalCommand) AND NOT EXISTS (SELECT 1 FROM meeting)
               AND NOT EXISTS (SELECT 1 FROM actionItem) AND NOT EXISTS (SELECT 1 FROM contribution)
               AND NOT EXISTS (SELECT 1 FROM mandate)
            """
        ).scalar(Bool.self) ?? false
    }
}
