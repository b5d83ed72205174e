import Testing
import TriadCore
import TriadReports

/// A follow-up read a page at a time (counted first, then written as its pages are read again) must print
/// what the follow-up holding every action prints, in every format and at every width.
@Suite("Tables written as their rows are read")
struct StreamedTableTests {
    static let asOf = ReportFixture.day("2025-11-01")
    static let filters = FollowUpReport.Filters(owner: nil, group: nil, mission: nil, dueWithin: 14)

    /// Actions of every kind the table shows: overdue, due soon, later, undated; short and long titles, one
    /// wider than any terminal, accents; notes; a confidential one and a note above it.
    static let actions: [ActionItem] = {
        let titles = [
            "Share the force generation timeline", "Brief", "Circulate the draft mandate to the troop contributors",
            "Évaluer les besoins en hélicoptères de nuit pour la base de Bangui",
            String(repeating: "Supercalifragilistic", count: 2) + " words after it",
        ]
        let dues = ["2025-09-01", "2025-10-20", "2025-11-05", "2025-11-12", "2026-01-31", nil]
        let owners = [
            ("DPO", [StakeholderGroup.secretariat]), ("PAK", [.council, .contributors]), ("RWA", [.contributors]),
        ]
        var actions = (Int64(1)...23).map { number in
            let owner = owners[Int(number) % owners.count]
            var action = ReportFixture.action(
                number, owner: owner.0, groups: owner.1, due: dues[Int(number) % dues.count],
                status: number % 4 == 0 ? .inProgress : .open, title: titles[Int(number) % titles.count])
            if number % 5 == 0 {
                action.notes = [
                    ActionNote(
                        uuid: "n-\(number)", at: ReportFixture.stamp, actor: "desk", text: "Called the mission",
                        classification: RecordClassification(
                            number == 10 ? .strictlyConfidential : .unclassified, isOwn: true))
                ]
            }
            if number == 7 { action.classification = RecordClassification(.confidential, isOwn: true) }
            return action
        }
        actions.sort { ($0.due ?? Day(ordinal: .max), $0.id) < ($1.due ?? Day(ordinal: .max), $1.id) }
        return actions
    }()

    /// The actions in pages of `size`, as a store hands them over.
    static func pages(_ actions: [ActionItem], size: Int) -> (_ body: ([ActionItem]) throws -> Void) throws -> Void {
        { body in
            for start in stride(from: 0, to: actions.count, by: size) {
                try body(Array(actions[start..<min(actions.count, start + size)]))
            }
        }
    }

    /// The rows of the same pages.
    static func rows(_ actions: [ActionItem], size: Int) -> ReportRowPages {
        { body in try pages(actions, size: size)({ try body(ActionTable.rows($0)) }) }
    }

    static func collected(_ write: (_ output: (String) throws -> Void) throws -> Void) throws -> (
        text: String, pieces: Int
    ) {
        var text = ""
        var pieces = 0
        try write { piece in
            text += piece
            pieces += 1
        }
        return (text, pieces)
    }

    @Test(
        "text at 80, 120 and 200 columns and unbounded, Markdown, HTML, CSV and JSON: the same text",
        arguments: [1, 4, 100])
    func sameText(pageSize: Int) throws {
        let held = FollowUpReport(
            openActions: StreamedTableTests.actions, doneRecently: 3, filters: StreamedTableTests.filters,
            asOf: StreamedTableTests.asOf)
        let streamed = try FollowUpReport(
            doneRecently: 3, filters: StreamedTableTests.filters, asOf: StreamedTableTests.asOf,
            pages: StreamedTableTests.pages(StreamedTableTests.actions, size: pageSize))
        #expect(streamed.items.isEmpty && streamed.streamedItems?.rowCount == 23)
        #expect(streamed.marking == .strictlyConfidential && held.marking == .strictlyConfidential)
        let rows = StreamedTableTests.rows(StreamedTableTests.actions, size: pageSize)
        for width in [80, 120, 200, nil] as [Int?] {
            let renderer = TextRenderer(width: width, highlight: { "<" + $0 + ">" })
            let text = try StreamedTableTests.collected { try renderer.render(streamed.document, rows: rows, to: $0) }
            #expect(text.text == renderer.render(held.document), "text at \(width.map(String.init) ?? "no limit")")
            // The header, each page, the note after the table, the rest.
            #expect(text.pieces >= 2 + (23 + pageSize - 1) / pageSize)
        }
        let markdown = try StreamedTableTests.collected {
            try MarkdownRenderer.render(streamed.document, rows: rows, to: $0)
        }
        #expect(markdown.text == MarkdownRenderer.render(held.document))
        let html = try StreamedTableTests.collected { try HTMLRenderer.render(streamed.document, rows: rows, to: $0) }
        #expect(html.text == HTMLRenderer.render(held.document))
        for (streamedTable, heldTable) in zip(streamed.document.tables, held.document.tables) {
            let csv = try StreamedTableTests.collected { try CSVRenderer.render(streamedTable, rows: rows, to: $0) }
            #expect(csv.text == CSVRenderer.render(heldTable), "table \(heldTable.name)")
        }
        let json = try StreamedTableTests.collected { output in
            try ReportJSON.write(
                streamed, streaming: \.items, key: "items",
                pages: StreamedTableTests.pages(StreamedTableTests.actions, size: pageSize), to: output)
        }
        #expect(json.text == (try ReportJSON.encode(held)))
        #expect(streamed.summary.overdue == held.summary.overdue && held.summary.overdue > 0)
    }

    @Test("no actions: the empty table's sentence, in every format")
    func empty() throws {
        let held = FollowUpReport(
            openActions: [], doneRecently: 0, filters: StreamedTableTests.filters, asOf: StreamedTableTests.asOf)
        let streamed = FollowUpReport(
            doneRecently: 0, filters: StreamedTableTests.filters, asOf: StreamedTableTests.asOf, pages: { _ in })
        let rows: ReportRowPages = { _ in Issue.record("an empty table reads no rows") }
        let renderer = TextRenderer(width: 80)
        let text = try StreamedTableTests.collected { try renderer.render(streamed.document, rows: rows, to: $0) }
        #expect(text.text == renderer.render(held.document) && text.text.contains("No open action items."))
        let html = try StreamedTableTests.collected { try HTMLRenderer.render(streamed.document, rows: rows, to: $0) }
        #expect(html.text == HTMLRenderer.render(held.document))
        let markdown = try StreamedTableTests.collected {
            try MarkdownRenderer.render(streamed.document, rows: rows, to: $0)
        }
        #expect(markdown.text == MarkdownRenderer.render(held.document))
    }

    @Test("a column of numbers is told from the rows counted, as from the rows held")
    func numericColumns() {
        let columns: [ReportColumn] = ["Name", "Count", "Mixed"]
        let rows = [
            ReportRow([.text("a"), .count(3), .count(1)]), ReportRow([.text("b"), .empty, .text("two")]),
        ]
        var profile = ReportTableProfile(columns: columns)
        profile.add(rows)
        var streamed = ReportTable(name: "t", columns: columns)
        streamed.streamed = profile
        let held = ReportTable(name: "t", columns: columns, rows: rows)
        let markdown = try? StreamedTableTests.collected { output in
            try MarkdownRenderer.render(
                ReportDocument(title: "T", subtitle: "S", sections: [ReportSection("T", [.table(streamed)])]),
                rows: { try $0(rows) }, to: output)
        }
        let expected = MarkdownRenderer.render(
            ReportDocument(title: "T", subtitle: "S", sections: [ReportSection("T", [.table(held)])]))
        #expect(markdown?.text == expected)
        #expect(expected.contains("| --- | ---: | --- |"))
    }
}
