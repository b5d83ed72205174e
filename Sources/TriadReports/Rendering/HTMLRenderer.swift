/// Writes a report document as one self-contained HTML page: inline CSS, no scripts, no network,
/// printable on A4, every user string escaped.
public enum HTMLRenderer {
    /// The document as an HTML page.
    public static func render(_ document: ReportDocument) -> String {
        var text = ""
        // Nothing here throws: the document holds all its rows.
        try? render(document, rows: nil) { text += $0 }
        return text
    }

    /// Writes the document as an HTML page to `output`, in pieces: its streamed table, if it has one, a page of
    /// `rows` at a time.
    public static func render(_ document: ReportDocument, rows: ReportRowPages?, to output: (String) throws -> Void)
        throws
    {
        let marking = document.marking.map { "<p class=\"marking\">\($0.marking)</p>\n" } ?? ""
        // The same marking closes the page, after the footer.
        let closing = document.marking.map { "\n<p class=\"marking\">\($0.marking)</p>" } ?? ""
        var body = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(document.title)) — \(escape(document.subtitle))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>

            """
        body +=
            marking
            + "<header>\n<h1>\(escape(document.title))</h1>\n<p class=\"subtitle\">\(escape(document.subtitle))</p>\n"
        if let withheld = document.withheld { body += "<p class=\"withheld\">\(escape(withheld))</p>\n" }
        if !document.facts.isEmpty { body += facts(document.facts) }
        body += "</header>\n"
        for section in document.sections {
            body += "<section>\n<h2>\(escape(section.heading))</h2>\n"
            for block in section.blocks {
                switch block {
                case .paragraph(let text):
                    body += "<p>\(escape(text))</p>\n"
                case .list(let items):
                    body +=
                        "<ul>\n"
                        + items.map { "<li\($0.isAlert ? " class=\"alert\"" : "")>\(escape($0.text))</li>\n" }.joined()
                        + "</ul>\n"
                case .facts(let list):
                    body += facts(list)
                case .table(let table) where table.streamed != nil:
                    try output(body)
                    body = ""
                    try streamedTable(table, rows: rows, to: output)
                case .table(let table):
                    body += self.table(table)
                }
            }
            body += "</section>\n"
        }
        try output(
            body + """
                <footer>Prepared with triad from the recorded meetings, contributions and action items.</footer>\(closing)
                </body>
                </html>

                """)
    }

    private static func facts(_ facts: [ReportFact]) -> String {
        "<dl>\n"
            + facts.map { fact in
                "<dt>\(escape(fact.label))</dt><dd\(fact.isAlert ? " class=\"alert\"" : "")>\(escape(fact.value))</dd>\n"
            }.joined() + "</dl>\n"
    }

    private static func table(_ table: ReportTable) -> String {
        guard !table.isEmpty else { return "<p class=\"empty\">\(escape(table.emptyText))</p>\n" }
        let numeric = table.columns.indices.map(table.isNumeric)
        let columns = table.pageColumns
        return heading(table, numeric: numeric) + table.rows.map { line($0, columns, numeric: numeric) }.joined()
            + "</tbody>\n</table>\n"
    }

    /// A table whose rows come a page at a time.
    private static func streamedTable(_ table: ReportTable, rows: ReportRowPages?, to output: (String) throws -> Void)
        throws
    {
        guard !table.isEmpty else { return try output("<p class=\"empty\">\(escape(table.emptyText))</p>\n") }
        let rows = table.streamedRows(rows)
        let numeric = table.columns.indices.map(table.isNumeric)
        let columns = table.pageColumns
        try output(heading(table, numeric: numeric))
        try rows { page in try output(page.map { line($0, columns, numeric: numeric) }.joined()) }
        try output("</tbody>\n</table>\n")
    }

    /// A table's opening and header row, up to the start of its body.
    private static func heading(_ table: ReportTable, numeric: [Bool]) -> String {
        var html = "<table>\n<thead><tr>"
        for index in table.pageColumns {
            html += "<th\(numeric[index] ? " class=\"number\"" : "")>\(escape(table.columns[index].heading))</th>"
        }
        return html + "</tr></thead>\n<tbody>\n"
    }

    /// One row of a table, its cells in `columns`.
    private static func line(_ row: ReportRow, _ columns: [Int], numeric: [Bool]) -> String {
        var html = "<tr\(row.isAlert ? " class=\"alert\"" : "")>"
        for index in columns where index < row.cells.count {
            let cell = row.cells[index]
            let isNumber = numeric[index]
            let keepsWhole = index == columns.first || cell.isDay
            let attribute = isNumber ? " class=\"number\"" : keepsWhole ? " class=\"nowrap\"" : ""
            html += "<td\(attribute)>\(escape(cell.displayText))</td>"
        }
        return html + "</tr>\n"
    }

    /// Text safe in HTML content and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    private static let style = """
        @page { size: A4; margin: 18mm 16mm; }
        * { box-sizing: border-box; }
        body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4;
               color: #1a1a1a; max-width: 180mm; margin: 0 auto; padding: 12mm 0; }
        header { border-bottom: 2px solid #1f4e79; margin-bottom: 6mm; }
        h1 { font-size: 18pt; color: #1f4e79; margin: 0 0 1mm; }
        h2 { font-size: 12.5pt; color: #1f4e79; border-bottom: 1px solid #c8d3e0; padding-bottom: 1mm;
             margin: 7mm 0 2mm; break-after: avoid; }
        .subtitle { color: #555; margin: 0 0 3mm; }
        .marking { text-align: center; font-weight: bold; letter-spacing: 0.1em; margin: 2mm 0; }
        .withheld { font-style: italic; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 5mm; margin: 0 0 4mm; }
        dt { font-weight: 600; color: #333; }
        dd { margin: 0; }
        table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 9.5pt; }
        thead { display: table-header-group; }
        th { text-align: left; background: #e8eef5; border-bottom: 1px solid #9fb3c8; padding: 1.2mm 2mm; }
        td { border-bottom: 1px solid #e3e8ee; padding: 1.2mm 2mm; vertical-align: top; }
        tr { break-inside: avoid; }
        .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .nowrap { white-space: nowrap; }
        .alert { color: #a4161a; font-weight: 600; }
        ul { margin: 1mm 0 4mm; padding-left: 6mm; }
        li { margin: 0.8mm 0; }
        .empty { color: #666; font-style: italic; }
        footer { margin-top: 8mm; color: #777; font-size: 8.5pt; border-top: 1px solid #ddd; padding-top: 2mm; }
        """
}
