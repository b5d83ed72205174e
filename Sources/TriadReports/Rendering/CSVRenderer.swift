import Foundation

/// Writes one report table as RFC 4180 CSV: a header row, CRLF line ends, fields quoted when needed,
/// and a byte-order mark so that spreadsheets read accents right.
public enum CSVRenderer {
    /// The table's spreadsheet columns as CSV text, starting with a UTF-8 byte-order mark.
    public static func render(_ table: ReportTable) -> String {
        let columns = table.spreadsheetColumns
        return heading(table) + table.rows.map { line($0, columns) }.joined()
    }

    /// Writes the table as CSV to `output`, in pieces: a streamed table's rows a page of `rows` at a time.
    public static func render(_ table: ReportTable, rows: ReportRowPages?, to output: (String) throws -> Void)
        throws
    {
        guard table.streamed != nil else { return try output(render(table)) }
        let rows = table.streamedRows(rows)
        let columns = table.spreadsheetColumns
        try output(heading(table))
        try rows { page in try output(page.map { line($0, columns) }.joined()) }
    }

    /// The byte-order mark and the header row.
    private static func heading(_ table: ReportTable) -> String {
        "\u{FEFF}" + table.spreadsheetColumns.map { field(table.columns[$0].heading) }.joined(separator: ",") + "\r\n"
    }

    /// One row, its fields in `columns`.
    private static func line(_ row: ReportRow, _ columns: [Int]) -> String {
        columns.map { field(row.cells[$0].csvText) }.joined(separator: ",") + "\r\n"
    }

    /// A field, quoted when it holds a comma, a quote, a line break, or starts like a formula.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(value) == nil {
            value = "'" + value
        }
        // A line break may be one Character ("\r\n" is a single grapheme), so ask for any newline.
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
