import Foundation
import Testing
import TriadTestSupport

/// The commands that change records after they are logged, each through the binary, their JSON read back.
@Suite("Changing what was recorded")
struct EditingCommandsTests {
    @Test("parties, missions and seats added by the user", arguments: Backend.allCases)
    func referenceAdditions(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        let party = try triad.succeed([
            "party", "add", "xkx", "--name", "Kosovo Security Force liaison", "--kind", "organization", "--format",
            "json",
        ])
        #expect(try JSON(party)["code"] == .string("XKX") && JSON(party)["kind"] == .string("organization"))
        // A special political mission the catalogue does not hold, and the operation it took over from.
        let mission = try triad.succeed([
            "mission", "add", "UNOTIL", "--name", "United Nations Office in Timor-Leste", "--host", "TLS",
            "--established", "2005-04-28", "--closed", "2006-08-25", "--type", "political", "--predecessor", "unmiset",
            "--format", "json",
        ])
        #expect(try JSON(mission)["hosts"].strings == ["TLS"] && JSON(mission)["closed"] == .string("2006-08-25"))
        #expect(try JSON(mission)["type"] == .string("political") && JSON(mission)["predecessor"] == .string("UNMISET"))
        #expect(try JSON(mission)["phase"] == .string("closed") && JSON(mission)["phaseFrom"] == .string("2006-08-26"))
        let active = try triad.succeed(["mission", "list", "--active-on", "2006-01-01", "--format", "json"])
        let activeAcronyms = try JSON(active).map("acronym").compactMap(\.string)
        #expect(activeAcronyms.contains("UNOTIL") && !activeAcronyms.contains("MINUSCA"))
        #expect(try JSON(active).map("phase").compactMap(\.string).allSatisfy { $0 == "active" })
        let predecessor = try triad.succeed(["mission", "show", "UNMISET", "--format", "json"])
        #expect(try JSON(predecessor)["successor"] == .string("UNOTIL"))
        let seat = try triad.succeed([
            "council", "seat", "IND", "--from", "2028-01-01", "--to", "2029-12-31", "--format", "json",
        ])
        let seated = try JSON(seat)
        #expect(
            seated["party"] == .string("IND") && seated["to"] == .string("2029-12-31")
                && seated["permanent"] == .bool(false))
        let shown = try triad.succeed(["party", "show", "IND", "--format", "json"])
        // India's terms of 2011-2012 and 2021-2022 are reference data; the new one follows them.
        #expect(
            try JSON(shown)["councilSeats"].map("from").compactMap(\.string) == [
                "2011-01-01", "2021-01-01", "2028-01-01",
            ])
        let mandate = try triad.succeed([
            "mandate", "add", "UNOTIL", "--resolution", "1599", "--year", "2005", "--adopted", "2005-04-28", "--format",
            "json",
        ])
        #expect(try JSON(mandate)["resolution"] == .string("1599 (2005)") && JSON(mandate)["expires"].isNull)
        #expect(
            try JSON(try triad.succeed(["mandate", "show", "S/RES/1599(2005)", "--format", "json"]))["mission"]
                == .string("UNOTIL"))
    }

    @Test(
        "a mission's phase: recorded, in the renewal calendar and the review, no renewal once withdrawing, undone",
        arguments: Backend.allCases)
    func missionPhase(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        try triad.succeed([
            "mandate", "add", "UNIFIL", "--resolution", "2790", "--year", "2025", "--adopted", "2025-08-28",
            "--expires", "2026-12-31",
        ])
        let recorded = try JSON(
            try triad.succeed([
                "mission", "phase", "unifil", "withdrawal", "--from", "2027-01-01", "--source", "S/RES/2790 (2025)",
                "--as-of", "2026-12-01", "--format", "json",
            ]))
        // On the day of the command UNIFIL is still in the drawdown res. 2790 (2025) decided.
        #expect(recorded["phase"] == .string("drawdown") && recorded["phaseFrom"] == .string("2025-08-28"))
        #expect(recorded["phases"].map("phase").compactMap(\.string) == ["drawdown", "withdrawal"])

        let calendar = try JSON(
            try triad.succeed(["report", "renewals", "--as-of", "2026-12-01", "--format", "json"]))["rows"]
        #expect(calendar.map("phase").compactMap(\.string) == ["drawdown"])
        #expect(calendar.map("consultationStatus").compactMap(\.string) == ["due"])
        let review = try JSON(
            try triad.succeed(["report", "mandate", "UNIFIL", "--as-of", "2026-12-01", "--format", "json"]))
        #expect(review["mission"]["phase"] == .string("drawdown"))
        #expect(
            review["findings"].strings.first?.hasPrefix(
                "UNIFIL is in drawdown since 2025-08-28 (S/RES/2790 (2025))") == true)
        let text = try triad.succeed(["report", "mandate", "UNIFIL", "--as-of", "2026-12-01"])
        #expect(text.contains("Phase:") && text.contains("drawdown since 2025-08-28 (S/RES/2790 (2025))"))

        // Withdrawing, the mission has no renewal to consult on, and no finding says one is overdue.
        let withdrawing = try JSON(
            try triad.succeed(["report", "mandate", "UNIFIL", "--as-of", "2027-02-01", "--format", "json"]))
        #expect(withdrawing["renewal"]["status"] == .string("not-applicable"))
        #expect(
            withdrawing["findings"].strings.first
                == "UNIFIL is in withdrawal since 2027-01-01 (S/RES/2790 (2025)): there is no renewal to consult on.")

        try triad.succeed(["undo"])
        let undone = try JSON(
            try triad.succeed(["mission", "show", "UNIFIL", "--as-of", "2027-02-01", "--format", "json"]))
        #expect(undone["phase"] == .string("drawdown"))
    }

    @Test(
        "the Council's other formats: an Arria-formula meeting is listed and exported under its own category",
        arguments: Backend.allCases)
    func meetingFormats(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        try triad.succeed([
            "meeting", "log", "arria", "--date", "2025-10-20T10:00-04:00", "--title",
            "Arria-formula meeting on MINUSCA",
            "--mission", "MINUSCA", "--attendee", "SLE,RWA",
        ])
        try triad.succeed([
            "meeting", "log", "sc-au-psc", "--date", "2025-10-10T10:00+03:00", "--title", "Joint consultative meeting",
            "--attendee", "AU,FRA",
        ])
        let listed = try JSON(try triad.succeed(["meeting", "list", "--kind", "arria", "--format", "json"]))
        #expect(listed.map("kind").compactMap(\.string) == ["arria"])
        let calendar = try triad.succeed(["export", "ics"])
        let categories = try ExternalTool.python(
            script: """
                import sys, icalendar
                cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
                print(sorted(str(e.get('CATEGORIES').cats[0]) for e in cal.walk('VEVENT')))
                """, input: calendar)
        #expect(categories == "['arria', 'sc-au-psc']")
    }

    @Test(
        "classification: a private meeting is confidential, what comes of it follows its level, its own stays",
        arguments: Backend.allCases)
    func classification(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        let logged = try JSON(
            try triad.succeed([
                "meeting", "log", "tpcc-consultation", "--date", "2025-10-30T10:00", "--title", "Private meeting",
                "--mission", "MINUSCA", "--format", "json",
            ]))
        #expect(logged["classification"] == .string("confidential"))
        try triad.succeed(["meeting", "agenda", "M-1", "Caveats"])
        try triad.succeed(["meeting", "agenda", "M-1", "Press line", "--classification", "unclassified"])
        try triad.succeed(["action", "add", "Review caveats", "--owner", "PAK", "--meeting", "M-1"])
        try triad.succeed(["action", "note", "A-1", "Sensitive", "--classification", "strictly-confidential"])
        let raised = try JSON(
            try triad.succeed([
                "meeting", "edit", "M-1", "--classification", "strictly-confidential", "--format", "json",
            ]))
        #expect(raised["classification"] == .string("strictly-confidential"))
        #expect(
            raised["agenda"].map("classification").compactMap(\.string) == ["strictly-confidential", "unclassified"])
        #expect(raised["agenda"].map("ownClassification").compactMap(\.bool) == [false, true])
        let action = try JSON(try triad.succeed(["action", "show", "A-1", "--format", "json"]))
        #expect(
            action["classification"] == .string("strictly-confidential") && action["ownClassification"] == .bool(false))
        let text = try triad.succeed(["action", "show", "A-1"])
        #expect(text.contains("Classification: strictly-confidential (its meeting's)"))
        let minutes = try triad.succeed(["meeting", "show", "M-1"])
        #expect(minutes.contains("Classification:") && minutes.contains("strictly-confidential"))
        let lowered = try JSON(
            try triad.succeed(["action", "update", "A-1", "--classification", "confidential", "--format", "json"]))
        #expect(lowered["classification"] == .string("confidential") && lowered["ownClassification"] == .bool(true))
        #expect(lowered["notes"].map("classification").compactMap(\.string) == ["strictly-confidential"])
        try triad.succeed(["undo"])
        #expect(
            try JSON(try triad.succeed(["action", "show", "A-1", "--format", "json"]))["classification"]
                == .string("strictly-confidential"))
    }

    @Test("attendance, invitations, agenda, edits and status of a meeting", arguments: Backend.allCases)
    func meeting(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        try triad.succeed([
            "meeting", "log", "secretariat-briefing", "--date", "2025-11-20T15:00", "--title", "Briefing", "--mission",
            "UNIFIL",
            "--as-of", "2025-11-01",
        ])
        try triad.succeed(["meeting", "invite", "M-1", "IDN,ITA", "FRA"])
        try triad.succeed(["meeting", "attend", "M-1", "DPO", "ita", "--representative", "Col. Rossi"])
        try triad.succeed(["meeting", "agenda", "M-1", "Blue Line incidents", "--a4p", "safety-security"])
        try triad.succeed(["meeting", "agenda", "M-1", "Women officers", "--a4p", "wps", "--outcome", "More FET teams"])
        try triad.succeed([
            "meeting", "edit", "M-1", "--title", "Briefing on the Blue Line", "--mode", "hybrid", "--a4p",
            "safety-security,wps",
        ])
        let scheduled = try triad.succeed(["meeting", "show", "M-1", "--format", "json"])
        let meeting = try JSON(scheduled)
        #expect(
            [meeting["status"], meeting["title"], meeting["mode"]].compactMap(\.string)
                == ["scheduled", "Briefing on the Blue Line", "hybrid"])
        #expect(meeting["a4p"].strings == ["safety-security", "wps"])
        #expect(meeting["attendees"].map("party").compactMap(\.string) == ["DPO", "ITA"])
        #expect(meeting["attendees"].map("representative").compactMap(\.string) == ["Col. Rossi", "Col. Rossi"])
        #expect(meeting["invitees"].map("party").compactMap(\.string) == ["FRA", "IDN", "ITA"])
        #expect(meeting["agenda"].map("position").compactMap(\.int) == [1, 2])
        let text = try triad.succeed(["meeting", "show", "M-1"])
        #expect(text.hasPrefix("Meeting: Briefing on the Blue Line\nM-1, "))
        #expect(text.contains("Invited but not present: France (FRA), Indonesia (IDN)."))
        try triad.succeed(["meeting", "held", "M-1"])
        let listed = try triad.succeed(["meeting", "list", "--party", "IDN", "--status", "held", "--format", "json"])
        #expect(try JSON(listed).map("id").compactMap(\.string) == ["M-1"])
        try triad.succeed(["meeting", "log", "informal", "--date", "2099-01-01", "--title", "Future"])
        try triad.succeed(["meeting", "cancel", "M-2", "--reason", "Postponed"])
        let cancelled = try triad.succeed(["meeting", "list", "--status", "cancelled", "--format", "json"])
        #expect(try JSON(cancelled).map("id").compactMap(\.string) == ["M-2"])
        #expect(try JSON(cancelled).map("cancelReason").compactMap(\.string) == ["Postponed"])
        #expect(try triad.databaseChecks() == "ok")
    }

    @Test("an action's follow-up: update, note, done, reopen, cancel", arguments: Backend.allCases)
    func actionFollowUp(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        try triad.succeed([
            "action", "add", "Send caveats", "--owner", "PAK", "--mission", "MINUSCA", "--due", "2025-11-10", "--a4p",
            "performance-accountability",
        ])
        try triad.succeed([
            "action", "update", "A-1", "--status", "in-progress", "--due", "2025-11-20", "--assignee", "Maj. Khan",
            "--priority", "high",
        ])
        try triad.succeed(["action", "note", "A-1", "Draft with the Force Commander"])
        try triad.succeed(["action", "done", "A-1"])
        try triad.succeed(["action", "reopen", "A-1", "--note", "Sent to the wrong office"])
        try triad.succeed(["action", "cancel", "A-1", "--note", "Overtaken"])
        let action = try triad.succeed(["action", "show", "A-1", "--format", "json"])
        let followed = try JSON(action)
        #expect(
            [followed["status"], followed["due"], followed["assignee"], followed["priority"], followed["mission"]]
                .compactMap(\.string) == ["cancelled", "2025-11-20", "Maj. Khan", "high", "MINUSCA"])
        #expect(followed["notes"].array.count == 3)
        let all = try triad.succeed(["action", "list", "--status", "all", "--owner", "pak", "--format", "json"])
        #expect(try JSON(all).map("id").compactMap(\.string) == ["A-1"])
        #expect(try triad.succeed(["action", "list", "--format", "json"]) == "[\n\n]\n")
        #expect(try triad.databaseChecks() == "ok")
    }
}
