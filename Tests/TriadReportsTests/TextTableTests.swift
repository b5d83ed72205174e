import Testing
import TriadReports

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

    @Test("a narrow terminal shortens text columns with an ellipsis, never numbers")
    func narrow() {
        let lines = sample().rendered(width: 40).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines[2] == "A-1   Share the findings of the…   1,240")
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
