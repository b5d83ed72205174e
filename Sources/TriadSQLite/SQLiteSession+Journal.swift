import GRDB
import TriadCore
import TriadStore

/// The journal's command rows: each write command starts by inserting one, under which the journal
/// triggers of schema v0003 record every row the command changes.
extension SQLiteSession {
    /// Starts journaling a command of `context`, saying in a few words what it does if that is known yet.
    func beginCommand(_ context: ChangeContext, summary: String = "") throws -> JournalCommandRecord {
        var command = JournalCommandRecord(
            id: nil, uuid: SQLiteStore.newUUID(), at: context.now, actor: context.actor,
            commandLine: context.commandLine, summary: summary)
        try command.insert(db)
        return command
    }

    /// Ends a command with what it did in a few words, or removes it if it changed no row.
    func endCommand(_ command: JournalCommandRecord, summary: String) throws {
        var command = command
        if try JournalChangeRecord.filter(JournalChangeRecord.Columns.commandId == command.id).isEmpty(db) {
            try command.delete(db)
            return
        }
        command.summary = summary
        try command.update(db, columns: [JournalCommandRecord.Columns.summary])
    }
}
