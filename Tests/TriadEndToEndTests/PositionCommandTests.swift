import Foundation
import Testing
import TriadTestSupport

/// Positions and their uptake through the binary, on both backends: two renewals of MINUSCA, positions from
/// several parties across both cycles, and the uptake report worked out by hand.
@Suite("Positions and their uptake")
struct PositionCommandTests {
    /// Three MINUSCA mandates (2709, 2759 and 2800), two consultations and a meeting on 2759's adoption day,
    /// and six positions: P-1 and P-2 answered by 2759, P-3 raised before 2759 but judged against 2800, P-4
    /// raised on the day 2759 was adopted (so in 2800's cycle), P-5 by Pakistan in 2025 (a Council member and a
    /// contributor), P-6 by the host, pending.
    static func scenario(_ backend: Backend) throws -> TriadProcess {
        let triad = try TriadProcess(backend)
        for (number, year, adopted, expires) in [
            ("2709", "2023", "2023-11-15", "2024-11-15"), ("2759", "2024", "2024-11-14", "2025-11-15"),
            ("2800", "2025", "2025-11-13", "2026-11-15"),
        ] {
            try triad.succeed([
                "mandate", "add", "MINUSCA", "--resolution", number, "--year", year, "--adopted", adopted, "--expires",
                expires,
            ])
        }
        try triad.succeed(["contribution", "set", "MINUSCA", "RWA", "--as-of", "2024-01-31", "--troops", "2000"])
        try triad.succeed(["contribution", "set", "MINUSCA", "PAK", "--as-of", "2024-01-31", "--troops", "1000"])
        try triad.succeed([
            "meeting", "log", "tpcc-consultation", "--date", "2024-10-30", "--title", "Private meeting 2024",
            "--mission", "MINUSCA", "--attendee", "RWA,PAK,DPO",
        ])
        try triad.succeed([
            "meeting", "log", "tpcc-consultation", "--date", "2025-10-30", "--title", "Private meeting 2025",
            "--mission", "MINUSCA", "--attendee", "RWA,PAK,CAF,DPO",
        ])
        try triad.succeed([
            "meeting", "log", "informal", "--date", "2024-11-14", "--title", "Outreach on adoption day",
            "--mission", "MINUSCA", "--attendee", "RWA",
        ])
        for (meeting, party, kind, topic, text) in [
            ("M-1", "RWA", "request", "ceilings", "Keep the ceiling."),
            ("M-1", "PAK", "request", "tasks", "Fewer tasks."),
            ("M-1", "DPO", "commitment", "reporting", "Report on force generation."),
            ("M-3", "rwa", "concern", "timelines", "The timeline is short."),
            ("M-2", "PAK", "request", "capabilities", "More helicopters."),
            ("M-2", "CAF", "concern", "host-consent", "Bases need consent."),
        ] {
            try triad.succeed([
                "position", "add", meeting, "--party", party, "--kind", kind, "--topic", topic, text, "--a4p",
                "politics",
            ])
        }
        try triad.succeed(["position", "uptake", "P-1", "2759 (2024)", "taken-up", "--paragraph", "OP 5"])
        try triad.succeed(["position", "uptake", "P-2", "S/RES/2759(2024)", "overtaken", "--note", "Tasks cut anyway."])
        try triad.succeed(["position", "uptake", "P-3", "2800 (2025)", "partly", "--paragraph", "OP 12"])
        try triad.succeed(["position", "uptake", "P-5", "2800 (2025)", "not-taken-up"])
        return triad
    }

    @Test(
        "the uptake report of each adoption, worked out by hand, in JSON, CSV, Markdown and HTML",
        arguments: Backend.allCases)
    func uptakeReport(_ backend: Backend) throws {
        let triad = try PositionCommandTests.scenario(backend)
        let earlier = try JSON(
            triad.succeed(["report", "uptake", "MINUSCA", "--mandate", "2759 (2024)", "--format", "json"]))
        #expect(earlier["report"].string == "uptake" && earlier["mandate"].string == "2759 (2024)")
        #expect(earlier["cycleFrom"].string == "2023-11-15" && earlier["adopted"].string == "2024-11-14")
        #expect(earlier["rows"].map("id").compactMap(\.string) == ["P-1", "P-2", "P-3"])
        #expect(
            earlier["rows"].map("uptake").map { $0["status"].string ?? "pending" } == [
                "taken-up", "overtaken", "pending",
            ])
        #expect(earlier["rows"][0]["uptake"]["paragraph"].string == "OP 5")
        #expect(earlier["rows"][2]["uptake"].isNull, "P-3's uptake is recorded against 2800, so it is pending in 2759")
        #expect(
            earlier["summary"]
                == .object([
                    "raised": .number(3), "takenUp": .number(1), "partly": .number(0), "notTakenUp": .number(0),
                    "overtaken": .number(1), "pending": .number(1),
                ]))
        #expect(
            earlier["byGroup"]["contributors"]["raised"].int == 2 && earlier["byGroup"]["council"]["raised"].int == 0)
        #expect(earlier["byGroup"]["secretariat"]["pending"].int == 1)

        // Without --mandate, after 2800's adoption: 2800, answering P-3 (judged against it) and the cycle's own.
        let later = try JSON(
            triad.succeed(["report", "uptake", "MINUSCA", "--as-of", "2026-01-01", "--format", "json"]))
        #expect(later["mandate"].string == "2800 (2025)" && later["cycleFrom"].string == "2024-11-14")
        // By share on the day of adoption (RWA two thirds, PAK one third), then the others by code.
        #expect(later["rows"].map("id").compactMap(\.string) == ["P-4", "P-5", "P-6", "P-3"])
        #expect(later["rows"].map("share").compactMap(\.double) == [0.6667, 0.3333, 0, 0])
        #expect(later["rows"][1]["partyGroups"].strings == ["council", "contributors"])
        #expect(later["rows"][3]["uptake"]["paragraph"].string == "OP 12")
        #expect(
            later["summary"]
                == .object([
                    "raised": .number(4), "takenUp": .number(0), "partly": .number(1), "notTakenUp": .number(1),
                    "overtaken": .number(0), "pending": .number(2),
                ]))
        let groups = ["council", "contributors", "secretariat", "partners"]
        #expect(groups.map { later["byGroup"][$0]["raised"].int } == [1, 2, 1, 1])
        #expect(groups.map { later["byGroup"][$0]["notTakenUp"].int } == [1, 1, 0, 0])
        #expect(later["parties"].map("party").compactMap(\.string) == ["RWA", "PAK", "CAF", "DPO"])
        #expect(later["rows"][0].keys.contains("uptake") && later["rows"][0]["uptake"].isNull)

        let csv = try triad.succeed(["report", "uptake", "MINUSCA", "--mandate", "2800 (2025)", "--format", "csv"])
        let rows = """
            import csv, io, sys
            for r in csv.DictReader(io.StringIO(sys.stdin.buffer.read().decode('utf-8-sig'), newline='')):
                print(r['Id'], r['Party'], r['Share'], r['Uptake'], r['Paragraph'], sep='|')
            """
        #expect(
            try ExternalTool.python(script: rows, input: csv)
                == "P-4|RWA|66.7%|pending|\nP-5|PAK|33.3%|not-taken-up|\nP-6|CAF|0.0%|pending|\nP-3|DPO|0.0%|partly|OP 12"
        )
        let markdown = try triad.succeed([
            "report", "uptake", "MINUSCA", "--mandate", "2800 (2025)", "--format", "markdown",
        ])
        #expect(markdown.contains("# Uptake of positions: MINUSCA, resolution 2800 (2025)"))
        let html = try triad.succeed(["report", "uptake", "MINUSCA", "--mandate", "2800 (2025)", "--format", "html"])
        let cells = """
            import sys
            from html.parser import HTMLParser
            class P(HTMLParser):
                def __init__(self):
                    super().__init__(); self.cells = []; self.on = False
                def handle_starttag(self, tag, attrs): self.on = tag == 'td'
                def handle_endtag(self, tag): self.on = False
                def handle_data(self, data):
                    if self.on: self.cells.append(data)
            p = P(); p.feed(sys.stdin.read()); print(sum(1 for c in p.cells if c.startswith('P-')))
            """
        #expect(try ExternalTool.python(script: cells, input: html) == "4")
    }

    @Test("lists, filters, undo, the review's section and the minutes", arguments: Backend.allCases)
    func listsAndUndo(_ backend: Backend) throws {
        let triad = try PositionCommandTests.scenario(backend)
        func ids(_ arguments: [String]) throws -> [String] {
            try JSON(triad.succeed(["position", "list", "--format", "json"] + arguments)).map("id").compactMap(\.string)
        }
        #expect(try ids([]) == ["P-1", "P-2", "P-3", "P-4", "P-5", "P-6"], "by the day they were raised")
        #expect(try ids(["--open"]) == ["P-4", "P-6"])
        #expect(try ids(["--party", "PAK"]) == ["P-2", "P-5"])
        #expect(try ids(["--mandate", "2759 (2024)"]) == ["P-1", "P-2", "P-3"])
        #expect(try ids(["--meeting", "M-2"]) == ["P-5", "P-6"])
        #expect(try ids(["--mission", "UNMISS"]) == [])

        try triad.succeed(["position", "uptake", "P-6", "2800 (2025)", "partly"])
        #expect(try ids(["--open"]) == ["P-4"])
        let undone = try triad.succeed(["undo"])
        #expect(undone.contains("recorded the uptake of P-6 in 2800 (2025)"))
        #expect(try ids(["--open"]) == ["P-4", "P-6"])
        try triad.succeed([
            "position", "add", "M-2", "--party", "RWA", "--kind", "caveat", "--topic", "other", "No night patrols.",
        ])
        try triad.succeed(["undo"])
        #expect(try ids(["--party", "RWA"]) == ["P-1", "P-4"])

        // The review of 2759 as of 2025-11-01 holds 2759's own cycle, judged against 2800.
        let review = try JSON(
            triad.succeed(["report", "mandate", "MINUSCA", "--as-of", "2025-11-01", "--format", "json"]))
        #expect(review["positions"]["judgedAgainst"].string == "2800 (2025)")
        #expect(review["positions"]["items"].map("id").compactMap(\.string) == ["P-3", "P-4", "P-5", "P-6"])
        #expect(review["positions"]["raised"].int == 4 && review["positions"]["uptake"]["pending"].int == 2)
        let minutes = try JSON(triad.succeed(["report", "minutes", "M-2", "--format", "json"]))
        #expect(minutes["positions"].map("id").compactMap(\.string) == ["P-5", "P-6"])
        #expect(try triad.succeed(["meeting", "show", "M-2"]).contains("Bases need consent."))
        // A position is read through its meeting: above its level, it is withheld and counted.
        // The consultations are confidential, the outreach meeting unclassified.
        let hidden = try triad.run(["position", "list", "--up-to", "unclassified", "--format", "json"])
        #expect(try JSON(hidden.stdout).map("id").compactMap(\.string) == ["P-4"])
        #expect(hidden.stderr == "Withheld above unclassified: 5 positions.\n", "\(hidden.stderr)")
        let shown = try triad.run(["position", "show", "P-5", "--up-to", "unclassified"])
        #expect(shown.status == 77, "\(shown.stderr)")
    }
}
