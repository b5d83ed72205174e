import Foundation
import TriadBackend
import TriadCore
import TriadStore

extension PostgresStore {
    /// Undoes the connecting role's last command (or the one numbered), if no later command of anyone changed
    /// the same records: each person undoes only their own commands on a shared database.
    public func undo(_ number: Int64?) throws -> JournalEntry {
        try write(summary: { "undid #\($0.id): \($0.summary)" }) { session in
            let undoID = try session.currentCommand()
            let undoable =
                "command.undoneBy IS NULL AND NOT command.isUndo AND NOT command.isImported AND command.id < $1"
            guard
                let row = try session.execute(
                    """
                    SELECT command.*, (SELECT count(*) FROM journalChange WHERE commandId = command.id) AS changes
                    FROM journalCommand command
                    WHERE \(undoable) AND ($2::bigint IS NULL OR command.id = $2)
                    ORDER BY command.actor = $3 DESC, command.id DESC LIMIT 1
                    """, [undoID, number, context.actor]
                ).first
            else { throw number.map { StoreError.notUndoable($0) } ?? StoreError.nothingToUndo }
            let target = try PostgresSession.journalEntry(from: row)
            guard target.actor == context.actor else {
                throw number == nil
                    ? StoreError.nothingOfYoursToUndo(actor: context.actor)
                    : StoreError.undoOfAnother(target.id, actor: target.actor)
            }
            if let later = try session.execute(
                """
                SELECT command.id, command.summary FROM journalChange mine
                JOIN journalChange theirs ON theirs.entity = mine.entity AND theirs.rowKey = mine.rowKey
                JOIN journalCommand command ON command.id = theirs.commandId
                WHERE mine.commandId = $2 AND command.id > $2 AND \(undoable)
                ORDER BY command.id LIMIT 1
                """, [undoID, target.id]
            ).first {
                throw StoreError.undoBlocked(
                    command: "#\(target.id) (\(target.summary))",
                    laterCommand:
                        "#\(try later.decode("id", as: Int64.self)) (\(try later.decode("summary", as: String.self)))")
            }
            for change in try session.execute(
                "SELECT entity, rowKey, operation, beforeJSON FROM journalChange WHERE commandId = $1 ORDER BY id DESC",
                [target.id])
            {
                try session.reverse(
                    entity: change.decode("entity"), rowKey: change.decode("rowKey"),
                    operation: change.decode("operation"), before: change.decode("beforeJSON"))
            }
            try session.execute("UPDATE journalCommand SET isUndo = true WHERE id = $1", [undoID])
            try session.execute("UPDATE journalCommand SET undoneBy = $1 WHERE id = $2", [undoID, target.id])
            return target
        }
    }
}

extension PostgresSession {
    /// The journal command this transaction writes under.
    func currentCommand() throws -> Int64 {
        guard let id = Int64(try execute("SELECT current_setting('triad.command', true)").value ?? "") else {
            throw StoreError.damaged(path: "journal", detail: "no command is being journaled")
        }
        return id
    }

    /// Puts one changed row back as it was before the change; a row is named by its `id`.
    func reverse(entity: String, rowKey: Int64, operation: String, before: String?) throws {
        guard JournaledTables.all.contains(entity) else {
            throw StoreError.damaged(path: "journal", detail: "the journal names an unknown table '\(entity)'")
        }
        if operation == "insert" {
            try execute("DELETE FROM \(entity) WHERE id = $1", [rowKey])
            return
        }
        guard let before else {
            throw StoreError.damaged(path: "journal", detail: "a journal entry of '\(entity)' has no row before it")
        }
        let values = try columns(of: before, table: entity)
        let columns = values.map(\.column)
        if operation == "update" {
            let assignments = columns.enumerated().map { "\($1) = $\($0 + 2)" }.joined(separator: ", ")
            try execute("UPDATE \(entity) SET \(assignments) WHERE id = $1", [rowKey] + values.map(\.value))
        } else {
            let placeholders = columns.indices.map { "$\($0 + 1)" }.joined(separator: ", ")
            try execute(
                "INSERT INTO \(entity) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))",
                values.map(\.value))
        }
    }

    /// The columns and values of a row as the journal's JSON kept it, keeping only real columns of the table.
    /// Every column triad journals is an integer, a boolean (kept as 0 or 1) or text.
    private func columns(of json: String, table: String) throws -> [(column: String, value: (any PostgresBindable)?)] {
        let known = Set(
            try execute(
                """
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = lower($1)
                """, [table]
            ).map { try $0.decode(at: 0, as: String.self) })
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw StoreError.damaged(path: "journal", detail: "a journal entry of '\(table)' is not a JSON object")
        }
        return try object.keys.sorted().map { column in
            guard known.contains(column.lowercased()) else {
                throw StoreError.damaged(path: "journal", detail: "a journal entry names an unknown column '\(column)'")
            }
            let value: (any PostgresBindable)? =
                switch object[column] {
                case let number as NSNumber: number.int64Value
                case let text as String: text
                default: nil
                }
            return (column, value)
        }
    }
}
