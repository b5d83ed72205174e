import ArgumentParser
import Foundation
import GRDBSQLite
import TriadCore
import TriadInterchange

/// `triad-bench raw-import`: P4's baseline. Reads the same file with the same reader as `triad import
/// contributions` and inserts its rows into the same schema (a database made by `triad init`) with the
/// SQLite C API only: one transaction, one prepared statement reused, nothing else. The schema's journal
/// triggers fire for it as they do for triad.
struct RawImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "raw-import", abstract: "Insert a contribution file's rows with the bare SQLite C API.")

    @Option(help: "A database made by `triad init`.")
    var db: String

    @Argument(help: "The UN-layout contribution file.")
    var file: String

    func run() throws {
        var connection: OpaquePointer?
        guard sqlite3_open_v2(db, &connection, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK, let connection else {
            throw ValidationError("cannot open '\(db)'")
        }
        defer { sqlite3_close_v2(connection) }
        func execute(_ sql: String) throws {
            guard sqlite3_exec(connection, sql, nil, nil, nil) == SQLITE_OK else {
                throw ValidationError(String(cString: sqlite3_errmsg(connection)))
            }
        }
        func lookup(_ sql: String) throws -> [String: Int64] {
            var statement: OpaquePointer?
            sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
            defer { sqlite3_finalize(statement) }
            var result: [String: Int64] = [:]
            while sqlite3_step(statement) == SQLITE_ROW {
                result[String(cString: sqlite3_column_text(statement, 1))] = sqlite3_column_int64(statement, 0)
            }
            return result
        }
        let parties = try lookup("SELECT id, code FROM party")
        let missions = try lookup("SELECT id, acronym FROM mission")
        try execute("PRAGMA foreign_keys = ON")
        try execute("BEGIN IMMEDIATE")
        try execute(
            """
            INSERT INTO journalCommand (uuid, at, actor, commandLine, summary)
            VALUES ('\(UUID().uuidString.lowercased())', '2025-11-01T00:00:00.000Z', 'baseline', 'raw-import', 'raw')
            """)
        var insert: OpaquePointer?
        let sql = """
            INSERT INTO contribution (uuid, missionId, partyId, asOf, troops, staffOfficers, experts, police,
                formedPolice, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        guard sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &insert, nil) == SQLITE_OK
        else { throw ValidationError(String(cString: sqlite3_errmsg(connection))) }
        defer { sqlite3_finalize(insert) }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        let now = "2025-11-01T00:00:00.000Z"
        let reader = try ContributionFileReader(path: file, columns: nil)
        var rows = 0
        while let input = reader.next() {
            guard case .line(let line) = input, let mission = missions[line.mission], let party = parties[line.party]
            else { throw ValidationError("row \(rows + 1) does not resolve") }
            let uuid = StableUUID.contribution(mission: line.mission, party: line.party, asOf: line.asOf)
            sqlite3_bind_text(insert, 1, uuid, -1, transient)
            sqlite3_bind_int64(insert, 2, mission)
            sqlite3_bind_int64(insert, 3, party)
            sqlite3_bind_text(insert, 4, line.asOf.description, -1, transient)
            sqlite3_bind_int64(insert, 5, Int64(line.personnel.troops))
            sqlite3_bind_int64(insert, 6, Int64(line.personnel.staffOfficers))
            sqlite3_bind_int64(insert, 7, Int64(line.personnel.experts))
            sqlite3_bind_int64(insert, 8, Int64(line.personnel.police))
            sqlite3_bind_int64(insert, 9, Int64(line.personnel.formedPolice))
            sqlite3_bind_text(insert, 10, now, -1, transient)
            sqlite3_bind_text(insert, 11, now, -1, transient)
            guard sqlite3_step(insert) == SQLITE_DONE else {
                throw ValidationError(String(cString: sqlite3_errmsg(connection)))
            }
            sqlite3_reset(insert)
            rows += 1
        }
        try execute("COMMIT")
        print("inserted \(rows) rows")
    }
}
