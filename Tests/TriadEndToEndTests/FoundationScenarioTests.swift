import Foundation
import Testing
import TriadTestSupport

/// The "done when" of the foundation issue, run through the real binary on a real file.
@Suite("Recording the triangle from the command line")
struct FoundationScenarioTests {
    @Test(
        "council, parties, mandate, contributions, a triangular consultation, actions, overdue, history",
        arguments: Backend.allCases)
    func scenario(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        let council = try triad.succeed(["council", "list", "--on", "2025-06-01", "--format", "json"])
        let members = try JSON(council).array
        #expect(members.count == 15)
        #expect(
            members.filter { $0["permanent"] == .bool(false) }.compactMap { $0["party"].string }.sorted()
                == ["DNK", "DZA", "GRC", "GUY", "KOR", "PAK", "PAN", "SLE", "SOM", "SVN"])
        #expect(
            try triad.succeed(["council", "list", "--on", "2025-06-01"]).hasSuffix(
                "Security Council on 2025-06-01: 15 members; presided by Guyana\n"))
        let parties = try triad.succeed(["party", "list", "--format", "json"])
        #expect(try JSON(parties).array.filter { $0["kind"] == .string("state") }.count == 195)

        try triad.succeed([
            "mandate", "add", "MINUSCA", "--resolution", "2759", "--year", "2024", "--adopted", "2024-11-14",
            "--expires", "2025-11-15", "--troop-ceiling", "14400", "--police-ceiling", "3020", "--penholder", "FRA",
        ])
        for (code, troops) in [("RWA", "2150"), ("PAK", "1240"), ("BGD", "1350")] {
            try triad.succeed(["contribution", "set", "MINUSCA", code, "--as-of", "2025-09-30", "--troops", troops])
        }
        let logged = try triad.succeed([
            "meeting", "log", "tpcc-consultation", "--date", "2025-10-30T10:00", "--title",
            "Private meeting with MINUSCA T/PCCs",
            "--mission", "MINUSCA", "--chair", "RUS", "--attendee", "FRA=Amb. Jérôme Bonnafont", "--attendee",
            "rwa,PAK,bgd",
            "--attendee", "DPO", "--a4p", "protection,wps", "--format", "json",
        ])
        let loggedMeeting = try JSON(logged)
        #expect(
            [loggedMeeting["id"], loggedMeeting["status"], loggedMeeting["startsAt"]].compactMap(\.string)
                == ["M-1", "held", "2025-10-30T10:00:00-04:00"])
        try triad.succeed([
            "action", "add", "Share force requirements", "--owner", "DPO", "--meeting", "M-1", "--due", "2025-10-25",
        ])
        try triad.succeed([
            "action", "add", "Circulate draft elements", "--owner", "FRA", "--meeting", "1", "--due", "2025-11-05",
        ])

        let shown = try triad.succeed(["meeting", "show", "M-1", "--format", "json"])
        let meeting = try JSON(shown)
        #expect(meeting["groupsPresent"].strings == ["council", "contributors", "secretariat"])
        #expect(meeting["triangular"] == .bool(true) && meeting["actions"].strings == ["A-1", "A-2"])
        let attendees = Dictionary(
            uniqueKeysWithValues: meeting["attendees"].array.map { ($0["party"].string ?? "", $0) })
        #expect(attendees["FRA"]?["groups"].strings == ["council"])
        #expect(attendees["PAK"]?["groups"].strings == ["council", "contributors"])
        #expect(attendees["FRA"]?["representative"].string == "Amb. Jérôme Bonnafont")

        let overdue = try triad.succeed([
            "action", "list", "--status", "overdue", "--as-of", "2025-11-01", "--format", "json",
        ])
        let overdueActions = try JSON(overdue).array
        #expect(overdueActions.count == 1 && overdueActions.first?["id"].string == "A-1")
        #expect(overdueActions.first?["overdue"] == .bool(true) && overdueActions.first?["daysOverdue"].int == 7)
        #expect(overdueActions.first?["ownerGroups"].strings == ["secretariat"])
        let later = try triad.succeed([
            "action", "list", "--status", "overdue", "--as-of", "2025-11-10", "--format", "json",
        ])
        #expect(try JSON(later).map("id").compactMap(\.string) == ["A-1", "A-2"])
        try triad.succeed(["action", "done", "A-1", "--note", "Sent on 24 October"])
        let afterDone = try triad.succeed([
            "action", "list", "--status", "overdue", "--as-of", "2025-11-10", "--format", "json",
        ])
        #expect(try JSON(afterDone).map("id").compactMap(\.string) == ["A-2"])
        let action = try triad.succeed(["action", "show", "A-1", "--format", "json"])
        let done = try JSON(action)
        #expect(done["status"].string == "done" && !done["closedAt"].isNull)
        #expect(
            done["notes"][0]["text"].string == "Sent on 24 October" && done["notes"][0]["actor"].string == triad.actor)

        let history = try triad.succeed(["history", "--format", "json"])
        #expect(
            try JSON(history).map("summary").compactMap(\.string) == [
                "marked action A-1 done", "added action A-2", "added action A-1", "logged meeting M-1",
                "set BGD in MINUSCA as of 2025-09-30 to 1350", "set PAK in MINUSCA as of 2025-09-30 to 1240",
                "set RWA in MINUSCA as of 2025-09-30 to 2150", "added mandate 2759 (2024) for MINUSCA",
            ])
        #expect(try triad.succeed(["history"]).contains("triad action done A-1 --note 'Sent on 24 October'"))
        #expect(try triad.databaseChecks() == "ok")
    }

    @Test("text tables fit 80 columns and show every record", arguments: Backend.allCases)
    func narrowTables(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        let outcome = try triad.run(["party", "list", "--kind", "state"], environment: ["COLUMNS": "80"])
        let lines = outcome.stdout.split(separator: "\n")
        #expect(outcome.status == 0)
        #expect(lines.allSatisfy { $0.count <= 80 } && !outcome.stdout.contains("…"))
        #expect(lines.filter { $0.range(of: #"^[A-Z]{3}\s"#, options: .regularExpression) != nil }.count == 195)
        let britain = lines.first { $0.hasPrefix("GBR ") }
        #expect(britain?.contains("United Kingdom of Great Britain and Northern Ireland") == true)
    }

    @Test(
        "the Council of 2011 and its President; a T/PCC consultation is chaired by the month's President",
        arguments: Backend.allCases)
    func councilHistory(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        let members = try JSON(triad.succeed(["council", "list", "--on", "2011-06-01", "--format", "json"])).array
        #expect(
            members.compactMap { $0["party"].string }.sorted()
                == "BIH BRA CHN COL DEU FRA GAB GBR IND LBN NGA PRT RUS USA ZAF".split(separator: " ").map(String.init))
        #expect(members.filter { $0["president"] == .bool(true) }.compactMap { $0["party"].string } == ["GAB"])
        #expect(
            try triad.succeed(["council", "president", "--on", "2025-10-10"])
                == "Russian Federation (RUS) presides over the Security Council in 2025-10 (2025-10-01 to 2025-10-31).\n"
        )
        let year = try JSON(triad.succeed(["council", "president", "--year", "2025", "--format", "json"])).array
        #expect(
            year.compactMap { $0["party"].string }
                == "DZA CHN DNK FRA GRC GUY PAK PAN KOR RUS SLE SVN".split(separator: " ").map(String.init))
        #expect(year[9]["month"] == .string("2025-10") && year[9]["to"] == .string("2025-10-31"))
        let csv = try triad.succeed(["council", "president", "--year", "2027", "--format", "csv"])
        #expect(csv.contains("2027-01,PRT,Portugal"))

        // Without --chair, the private meeting of October 2025 is chaired by the Russian Federation; a chair
        // given is kept; other kinds of meeting get none.
        let chair = { (arguments: [String]) throws -> JSON in
            try JSON(triad.succeed(["meeting", "log"] + arguments + ["--format", "json"]))["chair"]
        }
        #expect(
            try chair(["tpcc-consultation", "--date", "2025-10-30", "--title", "T/PCCs of MINUSCA"]) == .string("RUS"))
        #expect(
            try chair(["tpcc-consultation", "--date", "2025-04-03", "--title", "T/PCCs of UNISFA", "--chair", "PAK"])
                == .string("PAK"))
        #expect(try chair(["informal", "--date", "2025-10-30", "--title", "Outreach"]).isNull)
        #expect(try chair(["tpcc-consultation", "--date", "1999-10-30", "--title", "Before the record"]).isNull)
    }

    @Test("party list sorts by name as the UN lists states, accents aside; --sort code by code; in CSV too")
    func partyOrder() throws {
        let triad = try TriadProcess()
        let script = """
            import csv, io, sys
            rows = list(csv.DictReader(io.StringIO(sys.stdin.buffer.read().decode('utf-8-sig'), newline='')))
            names = [r['Name'] for r in rows]
            i = names.index("Côte d'Ivoire")
            print(len(rows), names[i - 1], '<', names[i + 1], rows[0]['Code'], rows[-1]['Code'])
            """
        let byName = try triad.succeed(["party", "list", "--kind", "state", "--format", "csv"])
        #expect(try ExternalTool.python(script: script, input: byName) == "195 Costa Rica < Croatia AFG ZWE")
        let byCode = try triad.succeed(["party", "list", "--kind", "state", "--format", "csv", "--sort", "code"])
        let codes = try ExternalTool.python(
            script: """
                import csv, io, sys
                rows = list(csv.DictReader(io.StringIO(sys.stdin.buffer.read().decode('utf-8-sig'), newline='')))
                codes = [r['Code'] for r in rows]
                print(codes == sorted(codes), codes[:3])
                """, input: byCode)
        #expect(codes == "True ['AFG', 'AGO', 'ALB']")
        let text = try triad.succeed(["party", "list", "--kind", "state"]).split(separator: "\n")
        #expect(text[2].hasPrefix("AFG ") && text[3].hasPrefix("ALB "))
    }

    @Test("without --db the database is $TRIAD_DB, else under $XDG_DATA_HOME, else under $HOME; empty counts as unset")
    func defaultDatabasePath() throws {
        let triad = try TriadProcess()
        let data = triad.folder.appendingPathComponent("data").path
        let home = triad.folder.appendingPathComponent("home").path
        try triad.succeed(["init"], environment: ["TRIAD_DB": "", "XDG_DATA_HOME": data])
        #expect(FileManager.default.fileExists(atPath: data + "/triad/triad.sqlite"))
        try triad.succeed(["init"], environment: ["TRIAD_DB": "", "XDG_DATA_HOME": "", "HOME": home])
        #expect(FileManager.default.fileExists(atPath: home + "/.local/share/triad/triad.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: triad.databasePath))
        try triad.succeed(["init"])
        #expect(FileManager.default.fileExists(atPath: triad.databasePath))
    }

    @Test("help, version and shell completion", arguments: Backend.allCases)
    func help(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        #expect(try triad.succeed(["--help"]).contains("meeting"))
        #expect(try triad.succeed(["action", "add", "--help"]).contains("--owner"))
        #expect(try triad.succeed(["report", "follow-up", "--help"]).contains("USAGE: triad report follow-up "))
        #expect(try triad.succeed(["help", "report", "follow-up"]).contains("USAGE: triad report follow-up "))
        let badNumber = try triad.run(["report", "follow-up", "--due-within=-1"])
        #expect(badNumber.status == 64)
        #expect(badNumber.stderr == "error: --due-within must be zero or more days.\n")
        let unknown = try triad.run(["report", "follow-up", "--bogus"])
        #expect(unknown.status == 64 && unknown.stderr.contains("'--bogus'"))
        #expect(try triad.succeed(["report", "follow-up", "--version"]).hasPrefix("0.1.0"))
        #expect(try triad.succeed(["--version"]).trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        #expect(try triad.succeed(["--generate-completion-script", "bash"]).contains("_triad"))
    }

    @Test(
        "the demo loads the MINUSCA scenario and prints its mandate review as of 1 November 2025",
        arguments: Backend.allCases)
    func demo(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        let database = triad.database
        let output = try triad.succeed(["demo", "--db", database])
        #expect(output.hasPrefix("MINUSCA, the renewal of November 2025: 83 recorded commands loaded into"))
        #expect(output.contains("Mandate review: MINUSCA\nAs of 2025-11-01\n"))
        #expect(
            output.contains("T/PCC consultation: held, M-3 on 2025-10-30, 16 days before expiry (due by 2025-11-01)"))
        #expect(output.contains("4 actions are overdue"))
        #expect(try triad.databaseChecks() == "ok")
        let before = try triad.snapshot()
        let again = try triad.run(["demo", "--db", database])
        let advice = backend == .sqlite ? "give --db a new file" : "holds records; create a new one (createdb)"
        #expect(again.status == 64 && again.stderr.contains(advice), "\(again.stderr)")
        #expect(try triad.snapshot() == before)
    }
}
