import TriadCore
import TriadStore

/// The journal's command rows: each write command starts by inserting one and naming it in `triad.command`
/// for the rest of its transaction, under which the journal triggers record every row the command changes.
extension PostgresSession {
    /// Starts journaling a command of `context`, saying in a few words what it does if that is known yet;
    /// returns its id.
    func beginCommand(_ context: ChangeContext, summary: String = "") throws -> Int64 {
        guard
            let id = try execute(
                """
                INSERT INTO journalCommand (uuid, at, actor, commandLine, summary) VALUES ($1, $2, $3, $4, $5)
                RETURNING id
                """, [PostgresStore.newUUID(), context.now, context.actor, context.commandLine, summary]
            ).scalar(Int64.self)
        else { throw StoreError.damaged(path: "journal", detail: "the server returned no id for a new command") }
        try execute("SELECT set_config('triad.command', $1, true)", [String(id)])
        return id
    }

    /// Ends a command with what it did in a few words, or removes it if it changed no row.
    func endCommand(_ command: Int64, summary: String) throws {
        let changes = try execute("SELECT count(*) FROM journalChange WHERE commandId = $1", [command]).scalar(Int.self)
        if changes == 0 {
            try execute("DELETE FROM journalCommand WHERE id = $1", [command])
        } else {
            try execute("UPDATE journalCommand SET summary = $2 WHERE id = $1", [command, summary])
        }
    }
}
