import Testing
@testable import TriadReports

@Suite("Terminal tables")
struct TextTableTests {
    func sample() -> TextTable {
        var table = TextTable(columns: [.init("Id"), .init("Title"), .init("Total", .right)])
        table.append(["A-1", "Share the findings of the 2025 military capability study", "1,240"])
        table.append(["A-10", "Brief", "7"], highlighted: true)
        return table
    }

    @Test("columns align, numbers to the right, and the last column is not padded")
    func aligned() {
        #expect(
            sample().rendered(width: nil) == """
                Id    Title                                                     Total
                ────  ────────────────────────────────────────────────────────  ─────
                A-1   Share the findings of the 2025 military capability study  1,240
                A-10  Brief                                                         7

                """)
    }

    @Test("a narrow terminal wraps the text column onto more lines and cuts nothing")
    func narrow() {
        #expect(
            sample().rendered(width: 40) == """
                Id    Title                        Total
                ────  ───────────────────────────  ─────
                A-1   Share the findings of the    1,240
                      2025 military capability          
                      study                             
                A-10  Brief                            7

                """)
    }

    @Test("headings fold, then optional columns are left out and said so, then heading words are abbreviated")
    func narrower() {
        var table = TextTable(columns: [
            .init("Id"), .init("Date of the meeting"), .init("Attendees", .right, optional: true),
            .init("Triangular"), .init("Title"),
        ])
        table.append(["M-12", "2025-10-30", "27", "yes", "Private meeting of the Security Council"])
        #expect(
            table.rendered(width: 40) == """
                Id    Date of     Tri.  Title
                      the               
                      meeting           
                ────  ──────────  ────  ────────────────
                M-12  2025-10-30  yes   Private meeting
                                        of the Security
                                        Council
                Not shown at this width: Attendees (see
                --format csv).

                """)
        let narrow = table.rendered(width: 30)
        #expect(narrow.hasPrefix("Id    Date of     Tri.  Title\n"), "\(narrow)")
        #expect(narrow.contains("M-12  2025-10-30  yes   Private\n") && !narrow.contains("…"), "\(narrow)")
    }

    @Test(
        "free text wraps; one datum with a space does not",
        arguments: [
            ("Private meeting of the Council", true), ("council, contributors", true), ("2759 (2024)", false),
            ("held (M-3)", false), ("overdue 17d", false), ("1,240", false), ("2025-10-30", false),
        ])
    func freeText(_ text: String, wraps: Bool) {
        #expect(TextTableLayout.isFreeText(text) == wraps)
    }

    @Test("highlighted rows are wrapped; new lines in cells do not break rows")
    func highlight() {
        var table = TextTable(columns: [.init("Note")])
        table.append(["two\nlines"], highlighted: true)
        #expect(table.rendered(width: nil) { "<\($0)>" } == "Note\n─────────\n<two lines>\n")
    }

    @Test("labelled facts align their values; a value's line breaks continue under it")
    func facts() {
        let document = ReportDocument(
            title: "", subtitle: "", facts: [ReportFact("Mission", "MINUSCA"), ReportFact("Summary", "One\nTwo")])
        #expect(TextRenderer(width: 80).render(document) == "Mission: MINUSCA\nSummary: One\n         Two\n")
    }
}
