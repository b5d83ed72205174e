import Foundation
import Testing
import TriadTestSupport

/// Every output at each `--up-to` level (issue 15): one unclassified, one confidential and one strictly
/// confidential meeting on MINUSCA, each with an agenda item, an action and a note. Each output shows what it
/// may, counts what it withheld, and holds no text of what is above its level.
@Suite("Outputs up to a level")
struct ClassifiedOutputTests {
    static let levels = ["unclassified", "confidential", "strictly-confidential"]

    /// The texts recorded at a level: a meeting title, an agenda item, an action and a note; the meeting's
    /// summary and a representative, added later (commands that change only the meeting, only its
    /// attendance); and an aside noted at that level on the unclassified action.
    static func texts(_ level: String) -> [String] {
        [
            "Meeting held \(level)", "Item said \(level)", "Action owed \(level)", "Note written \(level)",
            "Summary edited \(level)", "Envoy sent \(level)", "Aside noted \(level)",
        ]
    }

    static func scenario(_ backend: Backend) throws -> TriadProcess {
        let triad = try TriadProcess(backend)
        try triad.succeed([
            "mandate", "add", "MINUSCA", "--resolution", "2759", "--year", "2024", "--adopted", "2024-11-14",
            "--expires", "2025-11-15",
        ])
        try triad.succeed(["contribution", "set", "MINUSCA", "RWA", "--as-of", "2025-09-30", "--troops", "2000"])
        for (index, level) in levels.enumerated() {
            let texts = texts(level)
            try triad.succeed([
                "meeting", "log", "informal", "--date", "2025-10-1\(index)T10:00", "--title", texts[0], "--mission",
                "MINUSCA", "--attendee", "RWA,DPO,FRA", "--classification", level,
            ])
            try triad.succeed(["meeting", "agenda", "M-\(index + 1)", texts[1]])
            try triad.succeed([
                "action", "add", texts[2], "--owner", "DPO", "--meeting", "M-\(index + 1)", "--due", "2025-12-01",
            ])
            try triad.succeed(["action", "note", "A-\(index + 1)", texts[3]])
            try triad.succeed(["meeting", "edit", "M-\(index + 1)", "--summary", texts[4]])
            try triad.succeed(["meeting", "attend", "M-\(index + 1)", "BGD", "--representative", texts[5]])
            try triad.succeed(["action", "note", "A-1", texts[6], "--classification", level])
        }
        return triad
    }

    /// Every command that prints records, at `level`.
    static func outputs(_ level: String) -> [[String]] {
        let asOf = ["--as-of", "2025-11-01", "--up-to", level]
        let reports = ["text", "markdown", "html", "json", "csv"].map {
            ["report", "mandate", "MINUSCA", "--format", $0] + asOf
        }
        return reports + [
            ["report", "mandate", "MINUSCA", "--format", "csv", "--table", "actions"] + asOf,
            ["report", "follow-up", "--format", "json"] + asOf, ["report", "follow-up", "--format", "html"] + asOf,
            ["report", "minutes", "M-1", "--format", "markdown"] + asOf,
            ["report", "renewals", "--format", "json"] + asOf,
            ["report", "contributors", "MINUSCA", "--format", "json"] + asOf,
            ["meeting", "list"] + asOf, ["meeting", "list", "--format", "csv"] + asOf,
            ["meeting", "show", "M-1", "--format", "json"] + asOf, ["action", "list", "--status", "all"] + asOf,
            ["action", "list", "--status", "all", "--format", "json"] + asOf,
            ["action", "show", "A-1", "--format", "json"] + asOf, ["mission", "show", "MINUSCA"] + asOf,
            ["party", "show", "RWA", "--format", "json"] + asOf, ["export", "ics"] + asOf, ["export", "json"] + asOf,
            ["history", "--limit", "100"] + asOf,
        ]
    }

    @Test(
        "no output holds a text of a record above its level, and each shows those at or below it",
        arguments: Backend.allCases)
    func outputs(_ backend: Backend) throws {
        let triad = try ClassifiedOutputTests.scenario(backend)
        let before = try triad.snapshot()
        for (index, level) in ClassifiedOutputTests.levels.enumerated() {
            let hidden = ClassifiedOutputTests.levels.dropFirst(index + 1).flatMap(ClassifiedOutputTests.texts)
            for arguments in ClassifiedOutputTests.outputs(level) {
                let outcome = try triad.run(arguments)
                #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
                for text in hidden {
                    #expect(
                        !outcome.stdout.contains(text) && !outcome.stderr.contains(text), "\(arguments) shows '\(text)'"
                    )
                }
            }
            let listed = try triad.succeed(["meeting", "list", "--up-to", level, "--format", "json"])
            #expect(
                try JSON(listed).map("title").compactMap(\.string)
                    == ClassifiedOutputTests.levels.prefix(index + 1).map { "Meeting held \($0)" })
        }
        #expect(try triad.snapshot() == before)
    }

    @Test("what is left out is counted, in JSON and in one line", arguments: Backend.allCases)
    func withheld(_ backend: Backend) throws {
        let triad = try ClassifiedOutputTests.scenario(backend)
        for (index, level) in ClassifiedOutputTests.levels.enumerated() {
            let above = 2 - index
            // Each action above the level has a note, and the unclassified action an aside at each level; the
            // contributors report counts the same in SQL, without reading the mission's records.
            var review = JSON.null
            for report in ["mandate", "contributors"] {
                let json = try JSON(
                    try triad.succeed([
                        "report", report, "MINUSCA", "--as-of", "2025-11-01", "--up-to", level, "--format", "json",
                    ]))
                #expect(
                    ["meetings", "actions", "notes"].compactMap { json["withheld"][$0].int } == [
                        above, above, 2 * above,
                    ], "\(report) at \(level)")
                if report == "mandate" { review = json }
            }
            #expect(review["consultations"].array.count == index + 1)
            let caveat = review["findings"].array.first?.string ?? ""
            #expect(
                caveat.hasPrefix("This review is read up to \(level)") == (above > 0)
                    && (above == 0 || caveat.contains(above == 1 ? "a meeting above" : "\(above) meetings above")),
                "\(level): \(caveat)")
            let minutes = try JSON(
                try triad.succeed([
                    "report", "minutes", "M-1", "--as-of", "2025-11-01", "--up-to", level, "--format", "json",
                ]))
            #expect(minutes["withheld"]["upTo"] == .string(level))
            let listed = try triad.run(["action", "list", "--status", "all", "--up-to", level, "--format", "csv"])
            #expect(
                listed.stderr
                    == (above == 0
                        ? ""
                        : "Withheld above \(level): \(above) action\(above == 1 ? "" : "s") and \(2 * above) notes.\n")
            )
        }
        // The marking of the page: the highest level it holds, at its top and bottom.
        let html = try triad.succeed([
            "report", "mandate", "MINUSCA", "--as-of", "2025-11-01", "--up-to", "confidential", "--format", "html",
        ])
        #expect(html.components(separatedBy: "<p class=\"marking\">CONFIDENTIAL</p>").count == 3)
        let markdown = try triad.succeed(["report", "minutes", "M-3", "--as-of", "2025-11-01", "--format", "markdown"])
        #expect(markdown.hasPrefix("**STRICTLY CONFIDENTIAL**\n") && markdown.hasSuffix("**STRICTLY CONFIDENTIAL**\n"))
        let open = try triad.succeed([
            "report", "minutes", "M-1", "--as-of", "2025-11-01", "--format", "markdown", "--up-to", "unclassified",
        ])
        #expect(!open.contains("CONFIDENTIAL**"))
        // A record above the level is refused by name, with the exit code of a missing clearance.
        let refused = try triad.run(["meeting", "show", "M-3", "--up-to", "confidential"])
        #expect(
            refused.status == 77
                && refused.stderr
                    == "error: M-3 is classified above confidential; it is withheld at --up-to confidential.\n"
        )
        #expect(try triad.run(["action", "show", "A-2", "--up-to", "unclassified"]).status == 77)
        #expect(try triad.run(["meeting", "show", "M-9", "--up-to", "unclassified"]).status == 65)
    }
}
