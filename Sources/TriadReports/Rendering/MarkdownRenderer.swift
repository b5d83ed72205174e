import Foundation

/// Writes a report document as GitHub-flavoured Markdown: headings, bullet lists and pipe tables.
public enum MarkdownRenderer {
    /// The document as Markdown.
    public static func render(_ document: ReportDocument) -> String {
        var text = ""
        // Nothing here throws: the document holds all its rows.
        try? render(document, rows: nil) { text += $0 }
        return text
    }

    /// Writes the document as Markdown to `output`, in pieces: its streamed table, if it has one, a page of
    /// `rows` at a time.
    public static func render(_ document: ReportDocument, rows: ReportRowPages?, to output: (String) throws -> Void)
        throws
    {
        let marking = document.marking.map { "**\($0.marking)**\n\n" } ?? ""
        var out = marking + "# \(escape(document.title))\n\n_\(escape(document.subtitle))_\n"
        if let withheld = document.withheld { out += "\n_\(escape(withheld))_\n" }
        if !document.facts.isEmpty { out += "\n" + facts(document.facts) }
        for section in document.sections {
            out += "\n## \(escape(section.heading))\n"
            for block in section.blocks {
                out += "\n"
                switch block {
                case .paragraph(let text):
                    out += escape(text) + "\n"
                case .list(let items):
                    out +=
                        items.map { "- " + ($0.isAlert ? "**\(escape($0.text))**" : escape($0.text)) }
                        .joined(separator: "\n") + "\n"
                case .facts(let list):
                    out += facts(list)
                case .table(let table) where table.streamed != nil:
                    try output(out)
                    out = ""
                    try streamedTable(table, rows: rows, to: output)
                case .table(let table):
                    out += self.table(table)
                }
            }
        }
        try output(out + (marking.isEmpty ? "" : "\n" + marking.dropLast()))
    }

    private static func facts(_ facts: [ReportFact]) -> String {
        facts.map { fact in
            let value = escape(fact.value)
            return "- **\(escape(fact.label)):** " + (fact.isAlert ? "**\(value)**" : value)
        }.joined(separator: "\n") + "\n"
    }

    private static func table(_ table: ReportTable) -> String {
        guard !table.isEmpty else { return escape(table.emptyText) + "\n" }
        let columns = table.pageColumns
        return heading(table) + table.rows.map { line($0, columns) }.joined()
    }

    /// A table whose rows come a page at a time.
    private static func streamedTable(_ table: ReportTable, rows: ReportRowPages?, to output: (String) throws -> Void)
        throws
    {
        guard !table.isEmpty else { return try output(escape(table.emptyText) + "\n") }
        let rows = table.streamedRows(rows)
        let columns = table.pageColumns
        try output(heading(table))
        try rows { page in try output(page.map { line($0, columns) }.joined()) }
    }

    /// A table's header row and the rule under it, which right-aligns the columns of numbers.
    private static func heading(_ table: ReportTable) -> String {
        let columns = table.pageColumns
        return "| " + columns.map { cell(table.columns[$0].heading) }.joined(separator: " | ") + " |\n"
            + "|" + columns.map { table.isNumeric($0) ? " ---: |" : " --- |" }.joined() + "\n"
    }

    /// One row of a table, its cells in `columns`, as a line.
    private static func line(_ row: ReportRow, _ columns: [Int]) -> String {
        "| " + columns.map { cell(row.cells[$0].displayText) }.joined(separator: " | ") + " |\n"
    }

    /// A table cell: pipes escaped, line breaks folded, Markdown markup neutralized.
    private static func cell(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Text with Markdown's special characters escaped, so that user text prints as written.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|":
                out.append("\\")
                out.append(character)
            case _ where character.isNewline:
                out.append(" ")
            default:
                out.append(character)
            }
        }
        return out
    }
}
