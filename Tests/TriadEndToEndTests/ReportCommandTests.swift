import Foundation
import Testing
import TriadTestSupport

/// The reports and the calendar through the binary, on the demo scenario and on small edge cases.
@Suite("Reports from the command line")
struct ReportCommandTests {
    /// A database holding the demo scenario.
    static func demo() throws -> TriadProcess {
        let triad = try TriadProcess()
        let outcome = try triad.run(["demo", "--db", triad.databasePath])
        guard outcome.status == 0 else { throw ExternalTool.Failure(description: outcome.stderr) }
        return triad
    }

    @Test("the MINUSCA review as of 1 November 2025 carries every field of REPORTS.md with the scenario's values")
    func mandateReviewJSON() throws {
        let triad = try ReportCommandTests.demo()
        let json = try triad.succeed(["report", "mandate", "MINUSCA", "--as-of", "2025-11-01", "--format", "json"])
        let fields = """
            sorted(d.keys()), sorted(d['mission'].keys()), sorted(d['mandate'].keys()), sorted(d['strength'].keys()), \
            sorted(d['renewal'].keys()), sorted(d['consultations'][0].keys()), sorted(d['contributors'].keys()), \
            sorted(d['contributors']['rows'][0].keys()), sorted(d['actions'].keys()), sorted(d['actions']['byGroup'].keys()), \
            sorted(d['a4p'].keys())
            """
        #expect(
            try ExternalTool.python(json: json, fields) == """
                (['a4p', 'actions', 'asOf', 'consultations', 'contributors', 'findings', 'mandate', 'mission', 'renewal', \
                'report', 'strength'], ['acronym', 'host', 'hosts', 'name'], ['adopted', 'daysToExpiry', 'expires', \
                'penholders', 'policeCeiling', 'reportsDue', 'resolution', 'supersedes', 'troopCeiling'], ['police', \
                'policeCeiling', 'total', 'troopCeiling', 'troops'], ['consultation', 'consultationDueBy', \
                'heldDaysBeforeExpiry', 'leadDays', 'status', 'windowDays'], ['attendees', 'date', 'groupsPresent', 'id', \
                'kind', 'status', 'title', 'triangular'], ['consulted', 'consultedPersonnel', 'consultedShare', \
                'notConsulted', 'personnel', 'rows', 'total'], ['consulted', 'lastConsulted', 'name', 'party', \
                'personnel', 'share'], ['byGroup', 'cancelled', 'done', 'inProgress', 'items', 'open', 'overdue'], \
                ['contributors', 'council', 'partners', 'secretariat'], ['covered', 'notCovered'])
                """)
        #expect(
            try ExternalTool.python(
                json: json,
                "d['report'], d['asOf'], d['mandate']['resolution'], d['mandate']['expires'], d['mandate']['daysToExpiry'], d['mandate']['supersedes'], d['mandate']['penholders']"
            )
                == "('mandate-review', '2025-11-01', '2759 (2024)', '2025-11-15', 14, None, ['FRA'])")
        #expect(
            try ExternalTool.python(json: json, "d['strength']")
                == "{'police': 2028, 'policeCeiling': 3020, 'total': 12873, 'troopCeiling': 14400, 'troops': 10845}")
        #expect(
            try ExternalTool.python(json: json, "d['renewal']")
                == "{'consultation': 'M-3', 'consultationDueBy': '2025-11-01', 'heldDaysBeforeExpiry': 16, 'leadDays': 14, 'status': 'held', 'windowDays': 90}"
        )
        #expect(
            try ExternalTool.python(
                json: json, "[(c['id'], c['kind'], c['status'], c['triangular']) for c in d['consultations']]")
                == "[('M-1', 'wgpko', 'held', True), ('M-2', 'secretariat-briefing', 'held', True), ('M-3', 'tpcc-consultation', 'held', True), ('M-4', 'informal', 'scheduled', False)]"
        )
        #expect(
            try ExternalTool.python(
                json: json,
                "[d['contributors'][k] for k in ('total', 'consulted', 'personnel', 'consultedPersonnel', 'consultedShare', 'notConsulted')]"
            )
                == "[15, 11, 12873, 11779, 0.915, ['TZA', 'IDN', 'PER', 'PRT']]")
        #expect(
            try ExternalTool.python(
                json: json,
                "[d['actions'][k] for k in ('open', 'inProgress', 'overdue', 'done', 'cancelled')], [i['id'] for i in d['actions']['items']]"
            )
                == "([6, 1, 4, 2, 1], ['A-9', 'A-3', 'A-5', 'A-7', 'A-6', 'A-8', 'A-2'])")
        #expect(
            try ExternalTool.python(json: json, "d['actions']['byGroup']")
                == "{'contributors': {'open': 3, 'overdue': 1}, 'council': {'open': 1, 'overdue': 0}, 'partners': {'open': 1, 'overdue': 1}, 'secretariat': {'open': 3, 'overdue': 2}}"
        )
        #expect(
            try ExternalTool.python(
                json: json, "len(d['a4p']['covered']), len(d['a4p']['notCovered']), d['findings'][0]")
                == "(8, 8, '4 actions are overdue: 1 owned by the contributors, 2 owned by the secretariat, 1 owned by the partners.')"
        )
    }

    @Test("every report in every format, to standard output and to a file")
    func everyFormat() throws {
        let triad = try ReportCommandTests.demo()
        let reports = [
            ["mandate", "MINUSCA"], ["follow-up"], ["renewals"], ["contributors", "MINUSCA"], ["minutes", "M-3"],
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
        #expect(
            try ExternalTool.python(
                json: renewals,
                "[(r['mission'], r['consultationStatus'], r['lastConsultation'], r['openActions'], r['overdueActions']) for r in d['rows']]"
            )
                == "[('MINUSCA', 'held', '2025-10-30', 7, 4)]")
        let followUp = try triad.succeed([
            "report", "follow-up", "--as-of", "2025-11-01", "--group", "secretariat", "--format", "json",
        ])
        #expect(
            try ExternalTool.python(json: followUp, "d['summary'], [o['party'] for o in d['byOwner']]")
                == "({'doneRecently': 1, 'dueSoon': 1, 'inProgress': 0, 'open': 3, 'overdue': 2}, ['DPO', 'UNPOL', 'DOS'])"
        )
        let minutes = try triad.succeed(["report", "minutes", "M-3", "--format", "json"])
        #expect(
            try ExternalTool.python(
                json: minutes,
                "[(g['group'], len(g['attendees'])) for g in d['attendeesByGroup']], [i['party'] for i in d['absentInvitees']]"
            )
                == "([('council', 15), ('contributors', 10), ('secretariat', 3), ('partners', 1)], ['IDN', 'MRT', 'PER', 'PRT', 'TZA'])"
        )
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
            #expect(
                try ExternalTool.python(
                    json: review, "[i['id'] for i in d['actions']['items']], d['actions']['overdue']") == "(['A-1'], 1)"
            )
        }
        let unmiss = try triad.succeed(["report", "mandate", "UNMISS", "--as-of", "2025-12-15", "--format", "json"])
        #expect(
            try ExternalTool.python(
                json: unmiss, "d['consultations'][0]['groupsPresent'], d['contributors']['consultedShare']")
                == "(['council', 'contributors', 'secretariat'], 1)")
        let early = try triad.succeed(["report", "mandate", "UNISFA", "--as-of", "2020-01-01", "--format", "json"])
        #expect(
            try ExternalTool.python(json: early, "d['mandate'], d['renewal']['status'], d['contributors']['total']")
                == "(None, 'not-applicable', 0)")
    }

    @Test(
        "bad report input: one line, the right code, the database unchanged",
        arguments: [
            (["report", "mandate", "MINUSKA"], Int32(65), "did you mean MINUSCA?"),
            (["report", "mandate", "MINUSCA", "--format", "pdf"], 64, "pdf"),
            (
                ["report", "mandate", "MINUSCA", "--format", "csv", "--table", "people"], 64,
                "no table 'people'; use --table with one of: consultations, contributors, actions."
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
        let before = try Data(contentsOf: URL(fileURLWithPath: triad.databasePath))
        let outcome = try triad.run(arguments)
        #expect(outcome.status == status, "\(outcome.stderr)")
        #expect(outcome.stderr.hasPrefix("error: ") && outcome.stderr.split(separator: "\n").count == 1)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: triad.databasePath)) == before)
    }
}
