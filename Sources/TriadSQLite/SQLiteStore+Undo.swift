import Foundation
import GRDB
import TriadBackend
import TriadCore
import TriadStore

extension SQLiteStore {
    public func undo(_ number: Int64?) throws -> JournalEntry {
        try write(summary: { "undid #\($0.id): \($0.summary)" }) { session in
            let db = session.db
            guard let undoID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM journalCommand"),
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT command.*, (SELECT count(*) FROM journalChange WHERE commandId = command.id) AS changes
                        FROM journalCommand command
                        WHERE command.undoneBy IS NULL AND command.isUndo = 0 AND command.isImported = 0
                          AND command.id < :undo
                          AND (:number IS NULL OR command.id = :number)
                        ORDER BY command.id DESC LIMIT 1
                        """, arguments: ["undo": undoID, "number": number])
            else { throw number.map { StoreError.notUndoable($0) } ?? StoreError.nothingToUndo }
            let target = try SQLiteSession.journalEntry(from: row)
            if let later = try Row.fetchOne(
                db,
                sql: """
                    SELECT command.id, command.summary FROM journalChange mine
                    JOIN journalChange theirs ON theirs.entity = mine.entity AND theirs.rowKey = mine.rowKey
                    JOIN journalCommand command ON command.id = theirs.commandId
                    WHERE mine.commandId = :target AND command.id > :target AND command.id < :undo
                      AND command.undoneBy IS NULL AND command.isUndo = 0 AND command.isImported = 0
                    ORDER BY command.id LIMIT 1
                    """, arguments: ["target": target.id, "undo": undoID])
            {
                throw StoreError.undoBlocked(
                    command: "#\(target.id) (\(target.summary))",
                    laterCommand:
                        "#\(try later.decode(Int64.self, forColumn: "id")) (\(try later.decode(String.self, forColumn: "summary")))"
                )
            }
            let changes = try JournalChangeRecord.filter(JournalChangeRecord.Columns.commandId == target.id)
                .order(JournalChangeRecord.Columns.id.desc).fetchAll(db)
            for change in changes {
                try SQLiteStore.reverse(change, in: db)
            }
            try db.execute(sql: "UPDATE journalCommand SET isUndo = 1 WHERE id = ?", arguments: [undoID])
            try db.execute(sql: "UPDATE journalCommand SET undoneBy = ? WHERE id = ?", arguments: [undoID, target.id])
            return target
        }
    }

    /// Puts one changed row back as it was before the change.
    private static func reverse(_ change: JournalChangeRecord, in db: Database) throws {
        let entity = change.entity
        guard JournaledTables.all.contains(entity) else {
            throw StoreError.damaged(path: "journal", detail: "the journal names an unknown table '\(entity)'")
        }
        let rowKey = change.rowKey
        let operation = change.operation
        if operation == "insert" {
            try db.execute(sql: "DELETE FROM \(entity) WHERE rowid = ?", arguments: [rowKey])
            return
        }
        guard let beforeJSON = change.beforeJSON else {
            throw StoreError.damaged(path: "journal", detail: "a journal entry of '\(entity)' has no row before it")
        }
        let before = try values(of: beforeJSON, table: entity, in: db)
        let columns = before.map(\.column)
        let arguments = StatementArguments(before.map(\.value))
        if operation == "update" {
            let assignments = columns.map { "\($0) = ?" }.joined(separator: ", ")
            try db.execute(sql: "UPDATE \(entity) SET \(assignments) WHERE rowid = ?", arguments: arguments + [rowKey])
        } else {
            let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            try db.execute(
                sql: "INSERT INTO \(entity) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))",
                arguments: arguments)
        }
    }

    /// The columns and values of a row as the journal's JSON kept it, keeping only real columns of the table.
    /// Every column triad journals is INTEGER or TEXT, so a number is an integer.
    private static func values(of json: String, table: String, in db: Database) throws -> [(
        column: String, value: DatabaseValue
    )] {
        let known = Set(try db.columns(in: table).map(\.name))
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw StoreError.damaged(path: "journal", detail: "a journal entry of '\(table)' is not a JSON object")
        }
        return try object.keys.sorted().map { column in
            guard known.contains(column) else {
                throw StoreError.damaged(path: "journal", detail: "a journal entry names an unknown column '\(column)'")
            }
            let value: DatabaseValue =
                switch object[column] {
                case let number as NSNumber: number.int64Value.databaseValue
                case let text as String: text.databaseValue
                default: .null
                }
            return (column, value)
        }
    }
}
