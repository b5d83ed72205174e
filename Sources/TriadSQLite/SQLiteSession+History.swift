import GRDB
import TriadCore
import TriadStore

extension SQLiteSession {
    func history(limit: Int, since day: Day?) throws -> [JournalEntry] {
        try db.cachedRows(
            sql: """
                SELECT command.id, command.at, command.actor, command.commandLine, command.summary,
                       (SELECT count(*) FROM journalChange WHERE commandId = command.id) AS changes
                FROM journalCommand command
                WHERE command.at >= :since
                ORDER BY command.id DESC LIMIT :limit
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
