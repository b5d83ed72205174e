import Foundation
import Testing
import TriadTestSupport

/// Clearances on a shared PostgreSQL database, enforced by the server (issue 15): three roles cleared to
/// each level (the lowest read-only) and one without a clearance, over one meeting, agenda item, action and
/// note at each level. What each role sees through psql, table by table, and what triad shows it, is what
/// `--up-to` shows the owner; a write above a clearance is refused (77) and changes nothing; a revoke takes
/// effect on the next command.
@Suite("PostgreSQL: clearances")
struct PostgresAccessTests {
    static let levels = ["unclassified", "confidential", "strictly-confidential"]

    /// A database with the scenario, and a role of each kind (their names are unique on the shared server).
    struct Team {
        let triad: TriadProcess
        let suffix = UUID().uuidString.prefix(8).lowercased()
        var reader: String { "reader_\(suffix)" }
        var officer: String { "officer_\(suffix)" }
        var chief: String { "chief_\(suffix)" }
        var stranger: String { "stranger_\(suffix)" }

        /// The connection URI of `role`.
        func uri(_ role: String) -> String {
            triad.database.replacingOccurrences(of: "://\(PostgresServer.role)@", with: "://\(role)@")
        }

        /// Runs triad as `role`.
        func run(_ role: String, _ arguments: [String]) throws -> TriadProcess.Outcome {
            try triad.run(arguments, environment: ["TRIAD_DB": uri(role)])
        }

        /// Runs one SQL statement through psql as `role`: its output, or the server's refusal.
        func psql(_ role: String, _ sql: String) throws -> String {
            try ExternalTool.run(["psql", uri(role), "-v", "ON_ERROR_STOP=1", "-Atc", sql]).output
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    func team() throws -> Team {
        let team = Team(triad: try TriadProcess(.postgresql))
        let triad = team.triad
        for (index, level) in PostgresAccessTests.levels.enumerated() {
            let meeting = "M-\(index + 1)"
            let action = "A-\(index + 1)"
            try triad.succeed([
                "meeting", "log", "informal", "--date", "2025-10-1\(index)", "--title", "Meeting \(level)", "--mission",
                "MINUSCA", "--attendee", ["RWA", "PAK", "BGD"][index] + ",DPO", "--invitee", "FRA", "--a4p",
                "protection", "--classification", level,
            ])
            try triad.succeed(["meeting", "agenda", meeting, "Item \(level)", "--a4p", "politics"])
            try triad.succeed([
                "action", "add", "Action \(level)", "--owner", "DPO", "--meeting", meeting, "--a4p", "protection",
            ])
            try triad.succeed(["action", "note", action, "Note \(level)"])
            try triad.succeed([
                "position", "add", meeting, "--party", "DPO", "--kind", "commitment", "--topic", "reporting",
                "Position \(level)", "--a4p", "politics",
            ])
        }
        // An aside of its own level on the unclassified action: hidden from those below it, action or not.
        try triad.succeed(["action", "note", "A-1", "Aside kept strictly", "--classification", "strictly-confidential"])
        for role in [team.reader, team.officer, team.chief, team.stranger] {
            _ = try triad.query("CREATE ROLE \(role) LOGIN")
        }
        try triad.succeed(["access", "grant", team.reader, "--up-to", "unclassified"])
        try triad.succeed(["access", "grant", team.officer, "--up-to", "confidential", "--write"])
        try triad.succeed(["access", "grant", team.chief, "--up-to", "strictly-confidential", "--write"])
        return team
    }

    @Test("psql as each role sees exactly the rows of its level in every content table, the journal included")
    func psqlPerRole() throws {
        let team = try team()
        let children = [
            ("meetingMission", "meetingId", "meeting"), ("meetingArea", "meetingId", "meeting"),
            ("attendance", "meetingId", "meeting"), ("invitation", "meetingId", "meeting"),
            ("missionAttendance", "meetingId", "meeting"), ("agendaItemArea", "agendaItemId", "agendaItem"),
            ("actionItemArea", "actionItemId", "actionItem"), ("missionAction", "actionItemId", "actionItem"),
        ]
        for (rank, role) in [team.reader, team.officer, team.chief].enumerated() {
            let seen = Array(PostgresAccessTests.levels.prefix(rank + 1))
            let hidden = Array(PostgresAccessTests.levels.dropFirst(rank + 1))
            let allowed = seen.map { "'\($0)'" }.joined(separator: ", ")
            for (table, column, word) in [
                ("meeting", "title", "Meeting"), ("agendaItem", "title", "Item"), ("actionItem", "title", "Action"),
                ("actionNote", "text", "Note"), ("partyPosition", "text", "Position"),
            ] {
                let rows = try team.psql(
                    role,
                    "SELECT string_agg(\(column), '|' ORDER BY \(column)) FROM \(table) WHERE \(column) LIKE '\(word) %'"
                )
                #expect(rows == seen.map { "\(word) \($0)" }.sorted().joined(separator: "|"), "\(role), \(table)")
            }
            for (table, key, parent) in children {
                let expected = try team.triad.query(
                    "SELECT count(*) FROM \(table) WHERE \(key) IN (SELECT id FROM \(parent) WHERE classification IN (\(allowed)))"
                )
                #expect(try team.psql(role, "SELECT count(*) FROM \(table)") == expected, "\(role), \(table)")
                #expect(expected != "0", "the scenario fills \(table)")
            }
            // The journal's copies, entity by entity: a change is seen when what it copies belongs to a row seen.
            let owners = [
                ("attendance", "meetingId", "meeting"), ("invitation", "meetingId", "meeting"),
                ("meetingMission", "meetingId", "meeting"), ("meetingArea", "meetingId", "meeting"),
                ("agendaItemArea", "agendaItemId", "agendaItem"), ("actionItemArea", "actionItemId", "actionItem"),
            ]
            for (entity, key, parent) in owners {
                let expected = try team.triad.query(
                    """
                    SELECT count(*) FROM journalChange WHERE entity = '\(entity)'
                    AND (coalesce(afterJSON, beforeJSON)::json ->> '\(key)')::bigint IN (
                        SELECT id FROM \(parent) WHERE classification IN (\(allowed)))
                    """)
                let seen = try team.psql(role, "SELECT count(*) FROM journalChange WHERE entity = '\(entity)'")
                #expect(seen == expected && expected != "0", "\(role) sees \(seen) of \(entity)'s changes")
            }
            // A position and its areas are seen with their meeting, and so are the journal's copies of the areas.
            let positionAreas = try team.triad.query(
                """
                SELECT count(*) FROM partyPositionArea WHERE partyPositionId IN (SELECT id FROM partyPosition
                    WHERE meetingId IN (SELECT id FROM meeting WHERE classification IN (\(allowed))))
                """)
            #expect(try team.psql(role, "SELECT count(*) FROM partyPositionArea") == positionAreas)
            #expect(positionAreas == "\(rank + 1)")
            #expect(
                try team.psql(role, "SELECT count(*) FROM journalChange WHERE entity = 'partyPositionArea'")
                    == positionAreas)
            let asides = try team.psql(role, "SELECT count(*) FROM actionNote WHERE text LIKE 'Aside%'")
            #expect(asides == (role == team.chief ? "1" : "0"), "\(role) sees \(asides) asides")
            let journal = try team.psql(
                role,
                """
                SELECT (SELECT string_agg(coalesce(beforeJSON, '') || coalesce(afterJSON, ''), ' ') FROM journalChange)
                    || (SELECT string_agg(commandLine || ' ' || summary, ' ') FROM journalCommand)
                """)
            for level in seen {
                #expect(
                    journal.contains("Meeting \(level)") && journal.contains("Note \(level)")
                        && journal.contains("Position \(level)"))
            }
            for level in hidden {
                for word in ["Meeting", "Item", "Action", "Note", "Position"] {
                    #expect(!journal.contains("\(word) \(level)"), "\(role) reads \(word) \(level) in the journal")
                }
            }
        }
        // A role the owner never cleared sees no row, even when someone grants it SELECT by hand.
        _ = try team.triad.query("GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(team.stranger)")
        for table in [
            "meeting", "agendaItem", "actionItem", "actionNote", "attendance", "missionAction", "journalChange",
            "partyPosition", "partyPositionArea",
        ] {
            #expect(try team.psql(team.stranger, "SELECT count(*) FROM \(table)") == "0", "\(table)")
        }
        #expect(try team.psql(team.stranger, "SELECT count(*) FROM party") != "0", "reference data is not classified")
    }

    @Test("triad as each role answers as --up-to does on the owner's connection")
    func triadPerRole() throws {
        let team = try team()
        let commands = [
            ["meeting", "list", "--format", "json"], ["action", "list", "--status", "all", "--format", "json"],
            ["history", "--format", "json"], ["meeting", "show", "M-1", "--format", "json"],
            ["report", "follow-up", "--format", "csv"], ["export", "ics"],
        ]
        for (rank, role) in [team.reader, team.officer, team.chief].enumerated() {
            for command in commands {
                let asRole = try team.run(role, command + ["--as-of", "2025-11-01"])
                let asOwner = try team.triad.run(
                    command + ["--as-of", "2025-11-01", "--up-to", PostgresAccessTests.levels[rank]])
                #expect(asRole.status == 0 && asOwner.status == 0, "\(role) \(command): \(asRole.stderr)")
                #expect(
                    PostgresAccessTests.stable(asRole.stdout) == PostgresAccessTests.stable(asOwner.stdout),
                    "\(role) \(command)")
            }
            let above = try team.run(role, ["meeting", "show", "M-\(rank + 2)"])
            if rank < 2 { #expect(above.status == 65 || above.status == 77, "\(above.stderr)") }
        }
        let mine = try JSON(try team.run(team.officer, ["access", "list", "--format", "json"]).stdout)
        #expect(mine.array.compactMap { $0["role"].string } == [team.officer], "a role sees its own clearance only")
        let all = try JSON(try team.triad.succeed(["access", "list", "--format", "json"]))
        #expect(all.array.compactMap { $0["upTo"].string }.sorted() == PostgresAccessTests.levels.sorted())
    }

    /// An output without what differs between two runs of the same export (the calendar's time stamp).
    static func stable(_ output: String) -> String {
        output.split(separator: "\n").filter { !$0.hasPrefix("DTSTAMP") }.joined(separator: "\n")
    }

    @Test("a write above a clearance, or by a reader, is refused (77) and changes nothing; a write within it works")
    func writes() throws {
        let team = try team()
        let before = try team.triad.snapshot()
        for (role, command) in [
            (
                team.officer,
                [
                    "meeting", "log", "informal", "--date", "2025-11-03", "--title", "Raised", "--classification",
                    "strictly-confidential",
                ]
            ),
            (team.officer, ["meeting", "edit", "M-2", "--classification", "strictly-confidential"]),
            (team.officer, ["action", "update", "A-2", "--classification", "strictly-confidential"]),
            (team.reader, ["action", "add", "Reader action", "--owner", "DPO"]),
            (team.stranger, ["meeting", "list"]),
        ] {
            let outcome = try team.run(role, command)
            #expect(outcome.status == 77, "\(role) \(command): \(outcome.stderr)")
            #expect(outcome.stderr.hasPrefix("error: ") && outcome.stderr.split(separator: "\n").count == 1)
        }
        #expect(
            try team.run(team.officer, ["meeting", "edit", "M-2", "--classification", "strictly-confidential"])
                .stderr.contains("may not write a record at that level"))
        #expect(try team.run(team.stranger, ["meeting", "list"]).stderr.contains("has no clearance"))
        #expect(try team.triad.snapshot() == before)

        let added = try team.run(
            team.officer, ["action", "add", "Officer action", "--owner", "DPO", "--meeting", "M-2"])
        #expect(added.status == 0, "\(added.stderr)")
        let action = try JSON(try team.triad.succeed(["action", "show", "A-4", "--format", "json"]))
        #expect(action["classification"] == .string("confidential"))

        // A writer undoes its own command, and the journal says so, though the row it removes is gone.
        let undone = try team.run(team.officer, ["undo"])
        #expect(undone.status == 0 && undone.stdout.contains("added action A-4"), "\(undone.stderr)")
        #expect(try team.triad.query("SELECT count(*) FROM journalCommand WHERE undoneBy IS NOT NULL") == "1")
        #expect(try team.triad.query("SELECT summary FROM journalCommand WHERE isUndo").contains("undid"))
        let again = try team.run(team.officer, ["undo"])
        #expect(again.status == 65 && again.stderr.contains("has no command left to undo"), "\(again.stderr)")
    }

    @Test("revoking takes effect on the next command; refusals of access commands change nothing")
    func revokeAndRefusals() throws {
        let team = try team()
        #expect(try team.run(team.officer, ["meeting", "list"]).status == 0)
        try team.triad.succeed(["access", "revoke", team.officer])
        let after = try team.run(team.officer, ["meeting", "list"])
        #expect(after.status == 77 && after.stderr.contains("has no clearance"), "\(after.stderr)")
        #expect(try team.psql(team.officer, "SELECT count(*) FROM meeting").contains("permission denied"))

        let before = try team.triad.snapshot()
        for (arguments, status, message) in [
            (["access", "grant", "nobody_\(team.suffix)", "--up-to", "confidential"], Int32(65), "has no role"),
            (["access", "grant", team.reader, "--up-to", "secret"], 64, "no classification 'secret'"),
            (["access", "grant", team.reader], 64, "missing expected argument '--up-to <level>'"),
        ] {
            let outcome = try team.triad.run(arguments)
            #expect(outcome.status == status && outcome.stderr.contains(message), "\(arguments): \(outcome.stderr)")
        }
        let byChief = try team.run(team.chief, ["access", "grant", team.reader, "--up-to", "confidential"])
        #expect(
            byChief.status == 77 && byChief.stderr.contains("only the owner of the database's tables"),
            "only the owner grants: \(byChief.stderr)")
        #expect(try team.run(team.chief, ["access", "revoke", team.reader]).status == 77)
        #expect(try team.triad.snapshot() == before)
        let list = try JSON(try team.triad.succeed(["access", "list", "--format", "json"]))
        #expect(list.array.compactMap { $0["role"].string } == [team.chief, team.reader])

        let file = team.triad.folder.appendingPathComponent("one-user.sqlite").path
        let onFile = try team.triad.run(["access", "list", "--db", file])
        #expect(onFile.status == 64 && onFile.stderr.contains("a SQLite file has one user"), "\(onFile.stderr)")
        #expect(!FileManager.default.fileExists(atPath: file), "nothing was created")
    }
}
