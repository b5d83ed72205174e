import TriadCore
import TriadStore

extension PostgresSession {
    func history(limit: Int, since day: Day?) throws -> [JournalEntry] {
        try execute(
            """
            SELECT command.id, command.at, command.actor, command.commandLine, command.summary,
                   (SELECT count(*) FROM journalChange WHERE commandId = command.id) AS changes
            FROM journalCommand command
            WHERE command.at >= $1
            ORDER BY command.id DESC LIMIT $2
            """, [day?.description ?? "", limit]
        ).map(PostgresSession.journalEntry(from:))
    }

    /// A journal entry from a row of `journalCommand` with its count of `changes`.
    static func journalEntry(from row: PostgresRow) throws -> JournalEntry {
        JournalEntry(
            id: try row.decode("id"), at: try row.decode("at"), actor: try row.decode("actor"),
            commandLine: try row.decode("commandLine"), summary: try row.decode("summary"),
            changes: try row.decode("changes"))
    }
}
