import GRDB
import TriadCore
import TriadStore

extension SQLiteSession {
    func history(limit: Int, since day: Day?) throws -> [JournalEntry] {
        try db.cachedRows(
            sql: """
                SELECT c.id, c.at, c.actor, c.commandLine, c.summary,
                       (SELECT count(*) FROM journalChange WHERE commandId = c.id) AS changes
                FROM journalCommand c
                WHERE c.at >= :since
                ORDER BY c.id DESC LIMIT :limit
                """, arguments: ["since": day?.description ?? "", "limit": limit]
        ).map(SQLiteSession.journalEntry(from:))
    }

    /// A journal entry from a row of `journalCommand` with its count of `changes`.
    static func journalEntry(from row: Row) throws -> JournalEntry {
        JournalEntry(
            id: try row.decode(forColumn: "id"), at: try row.decode(forColumn: "at"),
            actor: try row.decode(forColumn: "actor"), commandLine: try row.decode(forColumn: "commandLine"),
            summary: try row.decode(forColumn: "summary"), changes: try row.decode(forColumn: "changes"))
    }
}
