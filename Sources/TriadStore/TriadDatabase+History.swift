import GRDB
import TriadCore

extension TriadDatabase {
    /// The latest commands that changed the database, newest first.
    public func history(limit: Int, since day: Day? = nil) throws -> [JournalEntry] {
        try read { db in
            try db.cachedRows(
                sql: """
                    SELECT c.id, c.at, c.actor, c.commandLine, c.summary,
                           (SELECT count(*) FROM journalChange WHERE commandId = c.id) AS changes
                    FROM journalCommand c
                    WHERE c.at >= :since
                    ORDER BY c.id DESC LIMIT :limit
                    """, arguments: ["since": day?.description ?? "", "limit": limit]
            ).map { row in
                JournalEntry(
                    id: try row.decode(forColumn: "id"), at: try row.decode(forColumn: "at"),
                    actor: try row.decode(forColumn: "actor"), commandLine: try row.decode(forColumn: "commandLine"),
                    summary: try row.decode(forColumn: "summary"), changes: try row.decode(forColumn: "changes"))
            }
        }
    }
}
