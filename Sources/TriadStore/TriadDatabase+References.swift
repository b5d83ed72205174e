import Foundation
import GRDB
import TriadCore

/// Looking up the records users name by code, acronym or number, with "did you mean" on a miss.
extension TriadDatabase {
    static func party(_ code: String, in db: Database) throws -> PartyRecord {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        if let record = try db.cachedRecord(
            PartyRecord.self, sql: "SELECT * FROM party WHERE code = ?", arguments: [trimmed])
        {
            return record
        }
        let all = try PartyRecord.fetchAll(db)
        let byName = all.first { $0.name.caseInsensitiveCompare(trimmed) == .orderedSame }
        let byCode = Suggestions.closest(to: trimmed, among: all.map(\.code)).flatMap { match in
            all.first { $0.code == match }
        }
        throw StoreError.unknownParty(code, suggestion: (byName ?? byCode)?.reference)
    }

    static func parties(_ codes: [String], in db: Database) throws -> [PartyRecord] {
        var seen = Set<Int64>()
        return try codes.map { try party($0, in: db) }.filter { seen.insert($0.id!).inserted }
    }

    static func mission(_ acronym: String, in db: Database) throws -> MissionRecord {
        let trimmed = acronym.trimmingCharacters(in: .whitespaces)
        if let record = try db.cachedRecord(
            MissionRecord.self, sql: "SELECT * FROM mission WHERE acronym = ?", arguments: [trimmed])
        {
            return record
        }
        let acronyms = try String.fetchAll(db, sql: "SELECT acronym FROM mission ORDER BY acronym")
        throw StoreError.unknownMission(acronym, suggestion: Suggestions.closest(to: trimmed, among: acronyms))
    }

    static func missions(_ acronyms: [String], in db: Database) throws -> [MissionRecord] {
        var seen = Set<Int64>()
        return try acronyms.map { try mission($0, in: db) }.filter { seen.insert($0.id!).inserted }
    }

    /// The ids of missions named by acronym, as a JSON array for `json_each`: one statement for any number.
    static func missionIDs(_ acronyms: [String], in db: Database) throws -> String {
        let names =
            "[" + acronyms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "") + "\"" }.joined(separator: ",")
            + "]"
        let ids = try Int64.fetchAll(
            db.cachedStatement(sql: "SELECT id FROM mission WHERE acronym IN (SELECT value FROM json_each(?))"),
            arguments: [names])
        if ids.count < Set(acronyms.map { $0.uppercased() }).count {
            for acronym in acronyms { _ = try mission(acronym, in: db) }  // names the one that is unknown
        }
        return jsonArray(ids)
    }

    /// Ids as a JSON array, for `json_each`: one statement for any number of them.
    static func jsonArray(_ ids: some Sequence<Int64>) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    static func meeting(_ id: MeetingID, in db: Database) throws -> MeetingRecord {
        guard
            let record = try db.cachedRecord(
                MeetingRecord.self, sql: "SELECT * FROM meeting WHERE id = ?", arguments: [id.rawValue])
        else {
            throw StoreError.unknownMeeting(id)
        }
        return record
    }

    static func action(_ id: ActionID, in db: Database) throws -> ActionItemRecord {
        guard
            let record = try db.cachedRecord(
                ActionItemRecord.self, sql: "SELECT * FROM actionItem WHERE id = ?", arguments: [id.rawValue])
        else {
            throw StoreError.unknownAction(id)
        }
        return record
    }

    static func mandate(_ resolution: ResolutionReference, in db: Database) throws -> MandateRecord {
        guard
            let record = try db.cachedRecord(
                MandateRecord.self, sql: "SELECT * FROM mandate WHERE resolutionNumber = ? AND resolutionYear = ?",
                arguments: [resolution.number, resolution.year])
        else { throw StoreError.unknownResolution(resolution) }
        return record
    }
}
