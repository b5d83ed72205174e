import Foundation
import TriadCore
import TriadStore

/// Looking up the records users name by code, acronym or number, with "did you mean" on a miss. Codes and
/// acronyms match whatever their case, as in SQLite (the unique indexes are on `upper(…)`).
extension PostgresSession {
    func partyRecord(_ code: String) throws -> PartyRow {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        return try cached(\.parties, trimmed.uppercased()) {
            if let row = try execute(
                "SELECT \(PartyRow.columns) FROM party WHERE upper(code) = upper($1)", [trimmed]
            ).first {
                return try PartyRow(row)
            }
            let all = try execute("SELECT \(PartyRow.columns) FROM party").map(PartyRow.init)
            let byName = all.first { $0.name.caseInsensitiveCompare(trimmed) == .orderedSame }
            let byCode = Suggestions.closest(to: trimmed, among: all.map(\.code)).flatMap { match in
                all.first { $0.code == match }
            }
            throw StoreError.unknownParty(code, suggestion: (byName ?? byCode)?.reference)
        }
    }

    /// The parties named, each once, in the order first named.
    func partyRecords(_ codes: [String]) throws -> [PartyRow] {
        var seen = Set<Int64>()
        return try codes.map { try partyRecord($0) }.filter { seen.insert($0.id).inserted }
    }

    func missionRecord(_ acronym: String) throws -> MissionRow {
        let trimmed = acronym.trimmingCharacters(in: .whitespaces)
        return try cached(\.missions, trimmed.uppercased()) {
            if let row = try execute(
                "SELECT \(MissionRow.columns) FROM mission WHERE upper(acronym) = upper($1)", [trimmed]
            ).first {
                return try MissionRow(row)
            }
            let acronyms = try execute("SELECT acronym FROM mission ORDER BY lower(acronym)").map {
                try $0.decode(at: 0, as: String.self)
            }
            throw StoreError.unknownMission(acronym, suggestion: Suggestions.closest(to: trimmed, among: acronyms))
        }
    }

    /// The missions named, each once, in the order first named: one statement for any number of them.
    func missionRecords(_ acronyms: [String]) throws -> [MissionRow] {
        let names = acronyms.map { $0.trimmingCharacters(in: .whitespaces) }
        var seen = Set<Int64>()
        let known = names.compactMap { cachedRecord(\.missions, $0.uppercased()) }
        if known.count == names.count { return known.filter { seen.insert($0.id).inserted } }
        var parameters = PostgresParameters()
        let list = parameters.bind(texts: names.map { $0.uppercased() })
        var found: [String: MissionRow] = [:]
        for row in try execute(
            "SELECT \(MissionRow.columns) FROM mission WHERE upper(acronym) = ANY(\(list))", parameters)
        {
            let record = try MissionRow(row)
            found[record.acronym.uppercased()] = record
        }
        return try names.map { name in
            guard let record = found[name.uppercased()] else { return try missionRecord(name) }
            return cached(\.missions, name.uppercased()) { record }
        }.filter { seen.insert($0.id).inserted }
    }

    /// The id of a mission.
    func missionID(_ acronym: String) throws -> Int64 {
        try remembered(\.missions, acronym) { try missionRecord(acronym).id }
    }

    /// The id of a party.
    func partyID(_ code: String) throws -> Int64 {
        try remembered(\.parties, code) { try partyRecord(code).id }
    }

    /// The ids of missions named by acronym.
    func missionIDs(_ acronyms: [String]) throws -> [Int64] {
        try missionRecords(acronyms).map(\.id)
    }

    func meetingRecord(_ id: MeetingID) throws -> MeetingRow {
        guard let row = try execute("SELECT * FROM meeting WHERE id = $1", [id.rawValue]).first else {
            throw StoreError.unknownMeeting(id)
        }
        return try MeetingRow(row)
    }

    func actionRecord(_ id: ActionID) throws -> ActionRow {
        guard let row = try execute("SELECT * FROM actionItem WHERE id = $1", [id.rawValue]).first else {
            throw StoreError.unknownAction(id)
        }
        return try ActionRow(row)
    }

    /// The id of the mandate a resolution set.
    func mandateID(_ resolution: ResolutionReference) throws -> Int64 {
        guard
            let id = try execute(
                "SELECT id FROM mandate WHERE resolutionNumber = $1 AND resolutionYear = $2",
                [resolution.number, resolution.year]
            ).scalar(Int64.self)
        else { throw StoreError.unknownResolution(resolution) }
        return id
    }
}
