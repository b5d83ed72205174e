import Foundation
import Testing
import TriadTestSupport

/// Every statement a report runs, as logged by the binary (`TRIAD_SQL_LOG`), put to SQLite's query planner:
/// none may read a whole large table, so that a report's cost follows the size of its answer.
@Suite("Query plans of the reports")
struct QueryPlanTests {
    /// Tables that grow with the record; reading one whole is what makes a tracker slow at scale.
    static let largeTables: Set<String> = [
        "meeting", "meetingMission", "meetingArea", "attendance", "invitation", "agendaItem", "agendaItemArea",
        "actionItem", "actionItemArea", "actionNote", "contribution", "mandate", "journalCommand", "journalChange",
        "missionAction", "missionAttendance",
    ]

    @Test("no report statement scans a large table or sorts a record's A4P areas row by row")
    func noReportScansALargeTable() throws {
        let triad = try TriadProcess()
        try triad.succeed(["demo", "--db", triad.databasePath])
        let log = triad.folder.appendingPathComponent("statements.sql").path
        for report in [
            ["report", "mandate", "MINUSCA"], ["report", "follow-up"], ["report", "follow-up", "--owner", "DPO"],
            ["report", "follow-up", "--mission", "MINUSCA"], ["report", "renewals"],
            ["report", "contributors", "MINUSCA"],
            ["report", "minutes", "M-3"],
        ] {
            try triad.succeed(report + ["--as-of", "2025-11-01"], environment: ["TRIAD_SQL_LOG": log])
        }
        let statements = Set(
            try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
                .filter { $0.hasPrefix("SELECT") || $0.hasPrefix("WITH") })
        #expect(statements.count > 25, "the log holds the reports' statements")
        var scans: [String] = []
        var sorts: [String] = []
        for statement in statements.sorted() {
            scans += try QueryPlanTests.largeTableScans(statement, database: triad.databasePath)
            sorts += try QueryPlanTests.perRowSorts(statement, database: triad.databasePath)
        }
        #expect(scans.isEmpty, "\(scans.joined(separator: "\n"))")
        #expect(sorts.isEmpty, "\(sorts.joined(separator: "\n"))")
    }

    @Test("the check itself sees a scan of a large table, by name or by alias")
    func checkSeesScans() throws {
        let triad = try TriadProcess()
        try triad.succeed(["init"])
        #expect(
            try QueryPlanTests.largeTableScans(
                "SELECT count(*) FROM actionItem a WHERE a.title = 'x';", database: triad.databasePath
            ).count == 1)
        #expect(
            try QueryPlanTests.largeTableScans(
                "SELECT * FROM actionItem WHERE id = 1;", database: triad.databasePath
            ).isEmpty)
    }

    /// The lines of a statement's query plan that read a large table whole, each with the statement.
    static func largeTableScans(_ statement: String, database: String) throws -> [String] {
        let plan = try ExternalTool.run(["sqlite3", database, "EXPLAIN QUERY PLAN " + statement])
        #expect(plan.status == 0, "\(plan.output)")
        let aliases = tableAliases(in: statement)
        return plan.output.split(separator: "\n").compactMap { line in
            guard let match = line.firstMatch(of: /SCAN (\w+)/) else { return nil }
            let name = String(match.1)
            let table = aliases[name] ?? name
            return largeTables.contains(table) ? "\(line) in: \(statement.prefix(160))" : nil
        }
    }

    /// The lines of a statement's query plan that put a record's A4P areas in order inside a correlated
    /// subquery (one sort for every row of the outer query), each with the statement.
    static func perRowSorts(_ statement: String, database: String) throws -> [String] {
        let plan = try ExternalTool.run(["sqlite3", database, "EXPLAIN QUERY PLAN " + statement])
        #expect(plan.status == 0, "\(plan.output)")
        // Each line's ancestors in the plan's tree, by depth; a sort whose correlated subquery reads an area
        // table (met before the sort in the plan) is a sort of areas for every row.
        var ancestors: [(depth: Int, text: Substring, readsAreas: Bool)] = []
        var sorts: [String] = []
        for line in plan.output.split(separator: "\n") {
            guard let marker = line.firstRange(of: /[|`]--/) else { continue }
            let depth = line.distance(from: line.startIndex, to: marker.lowerBound) / 3
            let text = line[marker.upperBound...]
            ancestors.removeAll { $0.depth >= depth }
            let readsAreas = text.contains(#/SEARCH (meeting|agendaItem|actionItem)Area /#)
            if readsAreas, let index = ancestors.lastIndex(where: { $0.text.contains("CORRELATED") }) {
                ancestors[index].readsAreas = true
            }
            if text.contains("USE TEMP B-TREE"),
                ancestors.last(where: { $0.text.contains("CORRELATED") })?.readsAreas == true
            {
                sorts.append("\(line) in: \(statement.prefix(160))")
            }
            ancestors.append((depth, text, false))
        }
        return sorts
    }

    /// The tables named after FROM or JOIN, by their alias (and by their own name).
    static func tableAliases(in statement: String) -> [String: String] {
        let keywords: Set<String> = [
            "WHERE", "ON", "JOIN", "LEFT", "CROSS", "INNER", "ORDER", "GROUP", "USING", "LIMIT", "UNION", "AS",
        ]
        var aliases: [String: String] = [:]
        for match in statement.matches(of: /(?i)\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/) {
            let table = String(match.1)
            aliases[table] = table
            if let alias = match.2.map(String.init), !keywords.contains(alias.uppercased()) { aliases[alias] = table }
        }
        return aliases
    }

    @Test("a report, a show and an export each read one snapshot: all their statements in one read transaction")
    func oneSnapshot() throws {
        let triad = try TriadProcess()
        try triad.succeed(["demo", "--db", triad.databasePath])
        for command in [
            ["report", "mandate", "MINUSCA"], ["report", "follow-up"], ["report", "renewals"],
            ["report", "contributors", "MINUSCA"], ["report", "minutes", "M-3"], ["mission", "show", "MINUSCA"],
            ["party", "show", "RWA"], ["meeting", "show", "M-3"], ["export", "json"], ["export", "ics"],
        ] {
            let log = triad.folder.appendingPathComponent("snapshot-\(UUID().uuidString).sql").path
            try triad.succeed(command + ["--as-of", "2025-11-01"], environment: ["TRIAD_SQL_LOG": log])
            let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
            // Opening the file checks its schema in a transaction of its own; the command's reads come after.
            var transactions: [(begin: Int, end: Int)] = []
            for (index, line) in lines.enumerated() where line.hasPrefix("BEGIN") {
                let end = lines[index...].firstIndex { $0.hasPrefix("COMMIT") || $0.hasPrefix("ROLLBACK") }
                transactions.append((index, end ?? lines.count))
            }
            #expect(transactions.count == 2, "\(command): \(transactions.count) transactions")
            // GRDB's first look at the file, as it opens the connection, comes before any transaction.
            let opened = transactions.first?.begin ?? 0
            let outside = lines.indices.filter { index in
                index > opened && lines[index].hasPrefix("SELECT")
                    && !transactions.contains { $0.begin < index && index < $0.end }
            }
            #expect(outside.isEmpty, "\(command): \(outside.map { lines[$0].prefix(80) })")
            // A mission or party named by the command is looked up once, however many questions name it.
            for lookUp in ["SELECT * FROM mission WHERE acronym = ", "SELECT * FROM party WHERE code = "] {
                #expect(lines.count { $0.hasPrefix(lookUp) } <= 1, "\(command): \(lookUp) more than once")
            }
        }
    }

    @Test("a report runs as many statements on a larger record as on a smaller one")
    func statementCountsDoNotGrow() throws {
        let triad = try TriadProcess()
        try triad.succeed(["demo", "--db", triad.databasePath])
        let reports = [
            ["report", "mandate", "MINUSCA"], ["report", "follow-up", "--owner", "DPO"], ["report", "renewals"],
            ["report", "contributors", "MINUSCA"],
        ]
        func counts() throws -> [Int] {
            try reports.map { report in
                let log = triad.folder.appendingPathComponent("count-\(UUID().uuidString).sql").path
                try triad.succeed(report + ["--as-of", "2025-11-01"], environment: ["TRIAD_SQL_LOG": log])
                return try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").count
            }
        }
        let before = try counts()
        // Twelve more meetings in the mandate period, each with attendees and two actions (one of them open).
        for number in 1...12 {
            let meeting = try triad.succeed([
                "meeting", "log", number % 2 == 0 ? "tpcc-consultation" : "informal", "--date",
                "2025-0\(number % 9 + 1)-1\(number % 9)",
                "--title", "Extra meeting \(number)", "--mission", "MINUSCA", "--attendee", "FRA", "--attendee", "RWA",
                "--attendee", "DPO", "--a4p", "protection", "--format", "json",
            ])
            let id = try JSON(meeting)["id"].string ?? ""
            var added: [String] = []
            for owner in ["DPO", "RWA"] {
                let action = try triad.succeed([
                    "action", "add", "Follow-up \(number) by \(owner)", "--owner", owner, "--meeting", id, "--due",
                    "2025-10-01", "--format", "json",
                ])
                added.append(try JSON(action)["id"].string ?? "")
            }
            try triad.succeed(["action", "done", added[0]])
        }
        #expect(try counts() == before)
    }

    @Test("the contributors report reads counts, never the mission's meetings or actions row by row")
    func countsNotRows() throws {
        let triad = try TriadProcess()
        try triad.succeed(["demo", "--db", triad.databasePath])
        for report in [["report", "contributors", "MINUSCA"]] {
            let log = triad.folder.appendingPathComponent("rows-\(UUID().uuidString).sql").path
            try triad.succeed(report + ["--as-of", "2025-11-01"], environment: ["TRIAD_SQL_LOG": log])
            let rows = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").filter {
                $0.hasPrefix("SELECT meeting.*") || $0.hasPrefix("SELECT actionItem.*")
                    || $0.hasPrefix("SELECT note.actionItemId")
            }
            #expect(rows.isEmpty, "\(report): \(rows.map { $0.prefix(60) })")
        }
    }
}
