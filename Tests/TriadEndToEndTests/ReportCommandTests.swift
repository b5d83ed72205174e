import Foundation
import Testing
import TriadTestSupport

/// The reports and the calendar through the binary, on the demo scenario and on small edge cases.
@Suite("Reports from the command line")
struct ReportCommandTests {
    /// A database holding the demo scenario.
    static func demo() throws -> TriadProcess {
        let triad = try TriadProcess()
        let outcome = try triad.run(["demo", "--db", triad.database])
        guard outcome.status == 0 else { throw ExternalTool.Failure(description: outcome.stderr) }
        return triad
    }

    @Test("the MINUSCA review as of 1 November 2025 carries every field of REPORTS.md with the scenario's values")
    func mandateReviewJSON() throws {
        let triad = try ReportCommandTests.demo()
        let json = try triad.succeed(["report", "mandate", "MINUSCA", "--as-of", "2025-11-01", "--format", "json"])
        let review = try JSON(json)
        #expect(
            review.keys == [
                "a4p", "a4pPlus", "actions", "asOf", "consultations", "contributors", "findings", "mandate", "mission",
                "positions", "renewal", "report", "strength", "withheld",
            ])
        #expect(
            review["withheld"].keys == ["actions", "agendaItems", "commands", "meetings", "notes", "positions", "upTo"])
        #expect(review["withheld"]["upTo"].isNull && review["withheld"]["meetings"].int == 0)
        #expect(
            review["mission"].keys == ["acronym", "host", "hosts", "name", "phase", "phaseFrom", "phaseSource", "type"])
        #expect(review["mission"]["phase"] == .string("active") && review["mission"]["type"] == .string("peacekeeping"))
        #expect(
            review["mandate"].keys == [
                "adopted", "ceilings", "daysToExpiry", "expires", "penholders", "policeCeiling", "reportsDue",
                "resolution", "supersedes", "troopCeiling",
            ])
        #expect(
            review["mandate"]["ceilings"].keys == [
                "corrections", "formedPolice", "individualPolice", "observersAndStaff",
            ])
        #expect(
            review["strength"].keys == [
                "byType", "police", "policeCeiling", "total", "troopCeiling", "troops", "women", "womenShare",
            ])
        #expect(
            review["strength"]["byType"].keys == [
                "corrections", "formedPolice", "individualPolice", "militaryContingents", "observersAndStaff",
            ])
        #expect(
            review["strength"]["byType"]["formedPolice"].keys == [
                "belowTarget", "ceiling", "deployed", "overCeiling", "parityTarget", "women", "womenShare",
            ])
        #expect(
            review["renewal"].keys == [
                "consultation", "consultationDueBy", "cycleStarts", "heldDaysBeforeExpiry", "leadDays", "status",
                "windowDays", "windowOpens",
            ])
        #expect(
            review["consultations"][0].keys == [
                "attendees", "classification", "date", "groupsPresent", "id", "kind", "status", "title", "triangular",
            ])
        #expect(
            review["contributors"].keys == [
                "consulted", "consultedPersonnel", "consultedShare", "notConsulted", "personnel", "rows", "total",
            ])
        #expect(
            review["contributors"]["rows"][0].keys == [
                "consulted", "lastConsulted", "name", "party", "personnel", "share", "women",
            ])
        #expect(
            review["actions"].keys == ["byGroup", "cancelled", "done", "inProgress", "items", "open", "overdue"])
        #expect(review["actions"]["byGroup"].keys == ["contributors", "council", "partners", "secretariat"])
        #expect(
            review["a4p"].keys == ["covered", "notCovered"] && review["a4pPlus"].keys == ["covered", "notCovered"])

        #expect(review["report"] == .string("mandate-review") && review["asOf"] == .string("2025-11-01"))
        let mandate = review["mandate"]
        #expect(mandate["resolution"] == .string("2759 (2024)") && mandate["expires"] == .string("2025-11-15"))
        #expect(mandate["daysToExpiry"].int == 14 && mandate["supersedes"].isNull)
        #expect(mandate["penholders"].strings == ["FRA"])
        let strength = review["strength"]
        #expect(
            [
                strength["police"], strength["policeCeiling"], strength["total"], strength["troopCeiling"],
                strength["troops"],
            ]
            .map(\.int) == [2028, 3020, 12873, 14400, 10845])
        #expect(
            review["renewal"]
                == .object([
                    "consultation": .string("M-3"), "consultationDueBy": .string("2025-11-01"),
                    "heldDaysBeforeExpiry": .number(16), "leadDays": .number(14), "status": .string("held"),
                    "windowDays": .number(90), "cycleStarts": .string("2024-08-16"),
                    "windowOpens": .string("2025-08-17"),
                ]))
        let consultations = review["consultations"]
        #expect(consultations.map("id").compactMap(\.string) == ["M-1", "M-2", "M-3", "M-4"])
        #expect(
            consultations.map("kind").compactMap(\.string) == [
                "wgpko", "secretariat-briefing", "tpcc-consultation", "informal",
            ])
        #expect(consultations.map("status").compactMap(\.string) == ["held", "held", "held", "scheduled"])
        #expect(consultations.map("triangular").compactMap(\.bool) == [true, true, true, false])
        let contributors = review["contributors"]
        #expect(
            ["total", "consulted", "personnel", "consultedPersonnel"].compactMap { contributors[$0].int } == [
                15, 11, 12873, 11779,
            ])
        #expect(contributors["consultedShare"].double == 0.915)
        #expect(contributors["notConsulted"].strings == ["TZA", "IDN", "PER", "PRT"])
        let actions = review["actions"]
        #expect(
            ["open", "inProgress", "overdue", "done", "cancelled"].compactMap { actions[$0].int } == [6, 1, 4, 2, 1])
        #expect(actions["items"].map("id").compactMap(\.string) == ["A-9", "A-3", "A-5", "A-7", "A-6", "A-8", "A-2"])
        #expect(
            actions["byGroup"]
                == .object([
                    "contributors": .object(["open": .number(3), "overdue": .number(1)]),
                    "council": .object(["open": .number(1), "overdue": .number(0)]),
                    "partners": .object(["open": .number(1), "overdue": .number(1)]),
                    "secretariat": .object(["open": .number(3), "overdue": .number(2)]),
                ]))
        // A4P and A4P+ apart: the demo's A4P+ priorities are not counted as A4P areas not discussed.
        #expect(review["a4p"]["covered"].array.count == 6)
        #expect(review["a4p"]["notCovered"].strings == ["peacebuilding", "partnerships"])
        #expect(review["a4pPlus"]["covered"].strings == ["wps", "capabilities-mindsets", "host-cooperation"])
        #expect(review["a4pPlus"]["notCovered"].array.count == 6)
        #expect(
            review["findings"][0]
                == .string(
                    "4 actions are overdue: 1 owned by the contributors, 2 owned by the secretariat, 1 owned by the partners."
                ))
    }

    @Test("an action's missions, the mission filter and the review count the same actions")
    func actionMissions() throws {
        let triad = try ReportCommandTests.demo()
        let all = try JSON(triad.succeed(["action", "list", "--status", "all", "--format", "json"]))
        let filtered = try JSON(
            triad.succeed(["action", "list", "--mission", "MINUSCA", "--status", "all", "--format", "json"]))
        // Recorded from meetings on MINUSCA, the actions name no mission of their own but concern MINUSCA.
        #expect(all.array.allSatisfy { $0["missions"].strings == ["MINUSCA"] })
        #expect(all.array.filter { $0["mission"].isNull }.count == 9)
        #expect(filtered.map("id").compactMap(\.string) == all.map("id").compactMap(\.string))
        let review = try JSON(
            triad.succeed(["report", "mandate", "MINUSCA", "--as-of", "2025-11-01", "--format", "json"]))["actions"]
        #expect(
            ["open", "inProgress", "done", "cancelled"].compactMap { review[$0].int }.reduce(0, +) == all.array.count)
        let shown = try triad.succeed(["action", "show", "A-3"])
        #expect(shown.split(separator: "\n").contains { $0.hasPrefix("Mission:") && $0.hasSuffix(" MINUSCA") })
    }

    @Test("action list --count prints how many actions the list would hold, for every filter")
    func actionCount() throws {
        let triad = try ReportCommandTests.demo()
        let asOf = ["--as-of", "2025-11-01"]
        for filter in [
            [], ["--status", "all"], ["--status", "overdue"], ["--status", "done"], ["--owner", "DPO"],
            ["--group", "contributors"], ["--mission", "MINUSCA", "--status", "all"], ["--meeting", "M-3"],
            ["--due-within", "30"],
        ] {
            let listed = try JSON(triad.succeed(["action", "list", "--format", "json"] + filter + asOf))
            let counted = try triad.succeed(["action", "list", "--count"] + filter + asOf)
            #expect(counted == "\(listed.array.count)\n", "\(filter)")
        }
        #expect(try triad.succeed(["action", "list", "--count", "--status", "overdue"] + asOf) == "4\n")
        let withheld = try triad.run(
            ["action", "list", "--count", "--status", "all", "--up-to", "unclassified"] + asOf)
        let visible = try JSON(
            triad.succeed(["action", "list", "--status", "all", "--up-to", "unclassified", "--format", "json"] + asOf))
        #expect(withheld.stdout == "\(visible.array.count)\n")
        #expect(withheld.stderr.hasPrefix("Withheld above unclassified: "), "\(withheld.stderr)")
    }

    @Test("the scenario's monthly figures name every attendee's groups on the meeting's day")
    func groupsFromMonthlyFigures() throws {
        let triad = try ReportCommandTests.demo()
        let meeting = try JSON(triad.succeed(["meeting", "show", "M-1", "--format", "json"]))
        var groups: [String: [String]] = [:]
        for attendee in meeting["attendees"].array {
            groups[attendee["party"].string ?? ""] = attendee["groups"].strings
        }
        // On 24 September 2025 the August figures stand: Bangladesh, Egypt and Zambia contribute, and Pakistan
        // and France sit on the Council and contribute.
        #expect(
            groups["BGD"] == ["contributors"] && groups["EGY"] == ["contributors"] && groups["ZMB"] == ["contributors"])
        #expect(groups["PAK"] == ["council", "contributors"] && groups["FRA"] == ["council", "contributors"])
        #expect(groups["DNK"] == ["council"] && groups["OMA"] == ["secretariat"])
        for (day, month) in [("2025-07-31", "2025-07-31"), ("2025-09-23", "2025-08-31")] {
            let rows = try JSON(triad.succeed(["contribution", "list", "MINUSCA", "--as-of", day, "--format", "json"]))
            #expect(rows.array.count == 15 && rows.map("asOf").compactMap(\.string).allSatisfy { $0 == month })
            #expect(rows.map("women").compactMap(\.int).allSatisfy { $0 > 0 })
        }
    }

    @Test("a week after 2800 (2025) the next consultation is upcoming and nothing is judged; in the window again")
    func reviewAfterTheRenewal() throws {
        let triad = try ReportCommandTests.demo()
        func review(_ day: String) throws -> JSON {
            try JSON(triad.succeed(["report", "mandate", "MINUSCA", "--as-of", day, "--format", "json"]))
        }
        let week = try review("2025-11-20")
        #expect(week["mandate"]["resolution"] == .string("2800 (2025)"))
        #expect(week["renewal"]["status"] == .string("upcoming"))
        #expect(week["renewal"]["windowOpens"] == .string("2026-08-17"))
        let findings = week["findings"].strings
        #expect(findings.allSatisfy { !$0.contains("consult") && !$0.contains("discussed") }, "\(findings)")
        // The overdue actions' groups add up to more than the actions (an owner in two groups): it says so.
        #expect(findings.first?.hasSuffix("(an owner in two groups counts in each, so these add up to 8).") == true)
        let window = try review("2026-10-01")
        #expect(window["renewal"]["status"] == .string("due"))
        #expect(window["findings"].strings.contains { $0.hasPrefix("No T/PCC consultation is scheduled yet") })
        #expect(
            window["findings"].strings.contains { $0.contains("A4P areas were not discussed in this renewal cycle") })
    }

    @Test("every report in every format, to standard output and to a file")
    func everyFormat() throws {
        let triad = try ReportCommandTests.demo()
        let reports = [
            ["mandate", "MINUSCA"], ["follow-up"], ["renewals"], ["contributors", "MINUSCA"], ["minutes", "M-3"],
            ["uptake", "MINUSCA"],
        ]
        for report in reports {
            for format in ["text", "markdown", "json", "csv", "html"] {
                let outcome = try triad.run(["report"] + report + ["--as-of", "2025-11-01", "--format", format])
                #expect(outcome.status == 0 && !outcome.stdout.isEmpty, "\(report) \(format): \(outcome.stderr)")
            }
        }
        let file = triad.folder.appendingPathComponent("review.html").path
        let written = try triad.run([
            "report", "mandate", "MINUSCA", "--as-of", "2025-11-01", "--format", "html", "--output", file,
        ])
        #expect(written.status == 0 && written.stdout.isEmpty && written.stderr == "Wrote \(file)\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("<h1>Mandate review: MINUSCA</h1>"))
        // JSON to a file goes out in pieces: the same text as on standard output, and nothing left beside it.
        let json = triad.folder.appendingPathComponent("review.json").path
        try triad.succeed([
            "report", "mandate", "MINUSCA", "--as-of", "2025-11-01", "--format", "json", "--output", json,
        ])
        #expect(
            try String(contentsOfFile: json, encoding: .utf8)
                == triad.succeed(["report", "mandate", "MINUSCA", "--as-of", "2025-11-01", "--format", "json"]))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: triad.folder.path).filter { $0.hasSuffix(".partial") }
                .isEmpty)
        // A folder named as the output: the system's reason, exit 74, nothing left behind.
        let onFolder = try triad.run(["report", "follow-up", "--format", "json", "--output", triad.folder.path])
        #expect(
            onFolder.status == 74
                && onFolder.stderr
                    == "error: cannot write '\(triad.folder.path)': Is a directory; choose another --output path.\n",
            "\(onFolder.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: triad.folder.path).filter { $0.hasSuffix(".partial") }
                .isEmpty)
        let actions = try triad.succeed([
            "report", "mandate", "MINUSCA", "--as-of", "2025-11-01", "--format", "csv", "--table", "actions",
        ])
        let firstAction = """
            import csv, io, sys
            r = next(csv.DictReader(io.StringIO(sys.stdin.buffer.read().decode('utf-8-sig'), newline='')))
            print(r['Id'], r['Owner'], r['Owner name'], r['Groups'], r['Due'], r['Status'], r['Overdue'],
                  r['Days overdue'], r['Priority'], r['Created'], sep='|')
            """
        #expect(
            try ExternalTool.python(script: firstAction, input: actions)
                == "A-9|CAF|Central African Republic|partners|2025-10-15|open|yes|17|high|2025-09-30")
        let renewals = try triad.succeed(["report", "renewals", "--as-of", "2025-11-01", "--format", "json"])
        let rows = try JSON(renewals)["rows"].array
        #expect(rows.count == 1)
        #expect(
            [rows.first?["mission"], rows.first?["consultationStatus"], rows.first?["lastConsultation"]].compactMap {
                $0?.string
            } == ["MINUSCA", "held", "2025-10-30"])
        #expect(rows.first?["openActions"].int == 7 && rows.first?["overdueActions"].int == 4)
        let followUp = try triad.succeed([
            "report", "follow-up", "--as-of", "2025-11-01", "--group", "secretariat", "--format", "json",
        ])
        let followed = try JSON(followUp)
        #expect(
            followed["summary"]
                == .object([
                    "doneRecently": .number(1), "dueSoon": .number(1), "inProgress": .number(0), "open": .number(3),
                    "overdue": .number(2),
                ]))
        #expect(followed["byOwner"].map("party").compactMap(\.string) == ["DPO", "UNPOL", "DOS"])
        let minutes = try triad.succeed(["report", "minutes", "M-3", "--format", "json"])
        let record = try JSON(minutes)
        #expect(
            record["attendeesByGroup"].map("group").compactMap(\.string) == [
                "council", "contributors", "secretariat", "partners",
            ])
        #expect(record["attendeesByGroup"].map("attendees").map(\.array.count) == [15, 10, 3, 1])
        #expect(record["absentInvitees"].map("party").compactMap(\.string) == ["IDN", "MRT", "PER", "PRT", "TZA"])
    }

    @Test("mission show: the mandate in force, strength, largest contributors, recent meetings, open actions")
    func missionShow() throws {
        let triad = try ReportCommandTests.demo()
        let json = try triad.succeed(["mission", "show", "minusca", "--as-of", "2025-11-01", "--format", "json"])
        let profile = try JSON(json)
        #expect(profile["acronym"] == .string("MINUSCA") && profile["hosts"].strings == ["CAF"])
        #expect(profile["mandate"]["resolution"] == .string("2759 (2024)"))
        #expect(profile["mandates"].map("resolution").compactMap(\.string) == ["2759 (2024)", "2800 (2025)"])
        #expect(profile["strength"]["total"].int == 12_873 && profile["strength"]["troops"].int == 10_450)
        let contributors = profile["contributors"]
        #expect(contributors.array.count == 15 && contributors[0]["party"] == .string("RWA"))
        #expect(contributors[0]["share"].double == 0.2415)
        #expect(profile["recentMeetings"].map("id").compactMap(\.string) == ["M-1", "M-2", "M-3", "M-4"])
        #expect(
            profile["openActions"].map("id").compactMap(\.string) == ["A-9", "A-3", "A-5", "A-7", "A-6", "A-8", "A-2"])
        let text = try triad.succeed(["mission", "show", "MINUSCA", "--as-of", "2025-11-01"])
        #expect(text.hasPrefix("MINUSCA — United Nations Multidimensional Integrated Stabilization Mission"))
        #expect(text.contains("Mandate:     S/RES/2759 (2024), adopted 2024-11-14, expires 2025-11-15 (14 days)"))
        #expect(text.contains("Strength:    12,873 (10,845 military, 2,028 police) from 15 contributors"))
        for heading in ["Mandates", "Largest contributors", "Recent meetings", "Open actions"] {
            #expect(text.contains("\n\(heading)\n"), "\(heading)")
        }
        #expect(text.contains(" 1  RWA") && text.contains("10  TZA") && !text.contains("11  "), "the ten largest")
        #expect(text.contains("A-9") && text.contains("overdue 17d"))
        let early = try triad.succeed(["mission", "show", "MINUSCA", "--as-of", "2014-05-01"])
        #expect(early.contains("Mandate:     none in force") && early.contains("No contributions are recorded"))
        let unknown = try triad.run(["mission", "show", "MINUSKA"])
        #expect(unknown.status == 65 && unknown.stderr == "error: no mission 'MINUSKA'; did you mean MINUSCA?\n")
    }

    @Test("the calendar export imports into icalendar, filtered by mission and dates")
    func calendar() throws {
        let triad = try ReportCommandTests.demo()
        let ics = try triad.succeed([
            "export", "ics", "--mission", "MINUSCA", "--from", "2025-10-01", "--to", "2025-11-30",
        ])
        let script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            events = cal.walk('VEVENT')
            print(len(events), sorted(set(str(e.get('CATEGORIES').cats[0]) for e in events)))
            """
        #expect(
            try ExternalTool.python(script: script, input: ics)
                == "12 ['action-due', 'consultation-due', 'informal', 'mandate-expiry', 'secretariat-briefing', 'tpcc-consultation']"
        )
        let again = try triad.succeed([
            "export", "ics", "--mission", "MINUSCA", "--from", "2025-10-01", "--to", "2025-11-30",
        ])
        #expect(again == ics)
        #expect(try triad.run(["export", "ics", "--from", "2025-12-01", "--to", "2025-01-01"]).status == 64)
    }

    @Test(
        "an action whose meeting concerns two missions counts in both reviews; a party both on the Council and contributing is both"
    )
    func twoMissions() throws {
        let triad = try TriadProcess()
        try triad.succeed([
            "mandate", "add", "UNMISS", "--resolution", "2779", "--year", "2025", "--adopted", "2025-04-30",
            "--expires", "2026-04-30",
        ])
        try triad.succeed([
            "mandate", "add", "UNISFA", "--resolution", "2775", "--year", "2025", "--adopted", "2025-11-14",
            "--expires", "2026-11-15",
        ])
        try triad.succeed(["contribution", "set", "UNMISS", "PAK", "--as-of", "2025-09-30", "--troops", "300"])
        try triad.succeed([
            "meeting", "log", "informal", "--date", "2025-12-01", "--title", "Sudan and South Sudan", "--mission",
            "UNMISS,UNISFA", "--attendee", "PAK,DPO",
        ])
        try triad.succeed([
            "action", "add", "Joint logistics note", "--owner", "DOS", "--meeting", "M-1", "--due", "2025-12-10",
        ])
        for mission in ["UNMISS", "UNISFA"] {
            let review = try triad.succeed(["report", "mandate", mission, "--as-of", "2025-12-15", "--format", "json"])
            let actions = try JSON(review)["actions"]
            #expect(actions["items"].map("id").compactMap(\.string) == ["A-1"] && actions["overdue"].int == 1)
        }
        let unmiss = try triad.succeed(["report", "mandate", "UNMISS", "--as-of", "2025-12-15", "--format", "json"])
        #expect(
            try JSON(unmiss)["consultations"][0]["groupsPresent"].strings == ["council", "contributors", "secretariat"])
        #expect(try JSON(unmiss)["contributors"]["consultedShare"].double == 1)
        let early = try triad.succeed(["report", "mandate", "UNISFA", "--as-of", "2020-01-01", "--format", "json"])
        let before = try JSON(early)
        #expect(before["mandate"].isNull && before["renewal"]["status"] == .string("not-applicable"))
        #expect(before["contributors"]["total"].int == 0)
    }

    @Test(
        "bad report input: one line, the right code, the database unchanged",
        arguments: [
            (["report", "mandate", "MINUSKA"], Int32(65), "did you mean MINUSCA?"),
            (["report", "mandate", "MINUSCA", "--format", "pdf"], 64, "pdf"),
            (
                ["report", "mandate", "MINUSCA", "--format", "csv", "--table", "people"], 64,
                "no table 'people'; use --table with one of: strength, consultations, contributors, actions, positions."
            ),
            (["report", "mandate", "MINUSCA", "--table", "actions"], 64, "--table goes with --format csv"),
            (["report", "mandate", "MINUSCA", "--lead-days=-3"], 65, "--lead-days cannot be negative"),
            (["report", "minutes", "M-99"], 65, "no meeting M-99"),
            (["report", "follow-up", "--owner", "XYZ"], 65, "no party 'XYZ'"),
            (["report", "renewals", "--within", "soon"], 64, "soon"),
            (
                ["report", "mandate", "MINUSCA", "--output", "/proc/nope/review.txt"], 74,
                "cannot write '/proc/nope/review.txt'"
            ),
        ])
    func badInput(arguments: [String], status: Int32, message: String) throws {
        let triad = try TriadProcess()
        try triad.succeed([
            "mandate", "add", "MINUSCA", "--resolution", "2759", "--year", "2024", "--adopted", "2024-11-14",
            "--expires", "2025-11-15",
        ])
        let before = try triad.snapshot()
        let outcome = try triad.run(arguments)
        #expect(outcome.status == status, "\(outcome.stderr)")
        #expect(outcome.stderr.hasPrefix("error: ") && outcome.stderr.split(separator: "\n").count == 1)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(try triad.snapshot() == before)
    }
}
