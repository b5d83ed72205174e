/// The formats a report is written in.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Aligned text for a terminal.
    case text
    /// GitHub-flavoured Markdown, to paste into a document.
    case markdown
    /// The report model as one JSON document.
    case json
    /// One table as RFC 4180 CSV, for a spreadsheet.
    case csv
    /// One self-contained, printable HTML page.
    case html
}
