/// Writes a report document for a terminal: aligned tables that fit `width`, alerts passed to `highlight`.
public struct TextRenderer: Sendable {
    /// The terminal width, or nil for no limit (a pipe or a file).
    public var width: Int?
    /// Wraps text that calls for attention; the identity unless colour is allowed.
    public var highlight: @Sendable (String) -> String

    /// Creates a renderer.
    public init(width: Int?, highlight: @escaping @Sendable (String) -> String = { $0 }) {
        self.width = width
        self.highlight = highlight
    }

    /// The document as text.
    public func render(_ document: ReportDocument) -> String {
        var text = ""
        // Nothing here throws: the document holds all its rows.
        try? render(document, rows: nil) { text += $0 }
        return text
    }

    /// Writes the document as text to `output`, in pieces: its streamed table, if it has one, a page of `rows`
    /// at a time.
    public func render(_ document: ReportDocument, rows: ReportRowPages?, to output: (String) throws -> Void)
        throws
    {
        var out = ""
        // A listing has no title: its table and a line that counts it.
        if !document.title.isEmpty {
            out += wrap(document.title, indent: "") + "\n" + wrap(document.subtitle, indent: "") + "\n"
            out +=
                String(repeating: "═", count: min(width ?? 80, max(document.title.count, document.subtitle.count)))
                + "\n"
        }
        if let withheld = document.withheld { out += wrap(withheld, indent: "") + "\n" }
        if !document.facts.isEmpty { out += facts(document.facts) }
        for (index, section) in document.sections.enumerated() {
            if section.heading.isEmpty {
                if index > 0 || !out.isEmpty { out += "\n" }
            } else {
                out += "\n" + section.heading + "\n" + String(repeating: "─", count: section.heading.count) + "\n"
            }
            for block in section.blocks {
                switch block {
                case .paragraph(let text):
                    out += wrap(text, indent: "") + "\n"
                case .list(let items):
                    for item in items {
                        let line = wrap("• " + item.text, indent: "  ")
                        out += (item.isAlert ? highlight(line) : line) + "\n"
                    }
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
        try output(out)
    }

    private func facts(_ facts: [ReportFact]) -> String {
        let labelWidth = (facts.map(\.label.count).max() ?? 0) + 2
        let indent = String(repeating: " ", count: labelWidth)
        return facts.map { fact in
            let label = fact.label + ":" + String(repeating: " ", count: labelWidth - fact.label.count - 1)
            let line = wrap(label + fact.value, indent: indent)
            return fact.isAlert ? highlight(line) : line
        }.joined(separator: "\n") + "\n"
    }

    private func table(_ table: ReportTable) -> String {
        guard !table.isEmpty else { return table.emptyText + "\n" }
        let columns = table.pageColumns
        var text = TextTable(columns: textColumns(table))
        for row in table.rows {
            text.append(columns.map { row.cells[$0].displayText }, highlighted: row.isAlert)
        }
        return text.rendered(width: width, highlight: highlight)
    }

    /// A table whose rows come a page at a time, laid out from what its profile measured of them.
    private func streamedTable(_ table: ReportTable, rows: ReportRowPages?, to output: (String) throws -> Void)
        throws
    {
        guard let profile = table.streamed, profile.rowCount > 0 else { return try output(table.emptyText + "\n") }
        let rows = table.streamedRows(rows)
        let columns = table.pageColumns
        let text = TextTable(columns: textColumns(table))
        let layout = TextTableLayout(
            columns: text.columns, measures: columns.map { profile.measures[$0] }, width: width)
        try output(text.heading(layout))
        try rows { page in
            var lines = ""
            for row in page {
                text.append(
                    text.cells(of: columns.map { row.cells[$0].displayText }), highlighted: row.isAlert,
                    layout: layout, highlight: highlight, to: &lines)
            }
            try output(lines)
        }
        try output(text.leftOutNote(layout, width: width))
    }

    /// The terminal columns of the columns a page shows: numbers to the right.
    private func textColumns(_ table: ReportTable) -> [TextTable.Column] {
        table.pageColumns.map { index in
            TextTable.Column(
                table.columns[index].heading, table.isNumeric(index) ? .right : .left,
                optional: table.columns[index].isOptional)
        }
    }

    /// Breaks a paragraph into lines no wider than the terminal, continuing with `indent`; a line break in
    /// the text starts a new line, indented the same.
    private func wrap(_ text: String, indent: String) -> String {
        let limit = max(40, width ?? 100)
        var lines: [String] = []
        for (index, paragraph) in text.split(whereSeparator: \.isNewline).enumerated() {
            let start = index == 0 ? "" : indent
            var line = start
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                if line.count > start.count && line.count + 1 + word.count > limit {
                    lines.append(line)
                    line = indent + word
                } else {
                    line = line.count == start.count ? line + word : line + " " + word
                }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
