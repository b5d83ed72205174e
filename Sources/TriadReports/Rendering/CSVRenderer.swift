import Foundation

/// Writes one report table as RFC 4180 CSV: a header row, CRLF line ends, fields quoted when needed,
/// and a byte-order mark so that spreadsheets read accents right.
public enum CSVRenderer {
    /// The table's spreadsheet columns as CSV text, starting with a UTF-8 byte-order mark.
    public static func render(_ table: ReportTable) -> String {
        let columns = table.spreadsheetColumns
        let lines =
            [columns.map { field(table.columns[$0].heading) }]
            + table.rows.map { row in columns.map { field(row.cells[$0].csvText) } }
        return "\u{FEFF}" + lines.map { $0.joined(separator: ",") + "\r\n" }.joined()
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
