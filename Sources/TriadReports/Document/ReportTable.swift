/// A table of a report, with typed cells so that each format writes numbers and dates its own way
/// (`14,400` on screen, `14400` in CSV).
public struct ReportTable: Sendable {
    /// The name `--table` selects it by for CSV ("contributors").
    public var name: String
    /// The columns, each with where it shows.
    public var columns: [ReportColumn]
    /// The rows.
    public var rows: [ReportRow]
    /// What to print when there are no rows.
    public var emptyText: String
    /// Set when the rows are not in ``rows`` but handed to the renderer a page at a time as it writes the
    /// table (a follow-up of sixty thousand actions): what is known of them beforehand.
    public var streamed: ReportTableProfile?

    /// Creates a table.
    public init(name: String, columns: [ReportColumn], rows: [ReportRow] = [], emptyText: String = "None.") {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.emptyText = emptyText
    }

    /// The positions of the columns a page or a terminal shows.
    public var pageColumns: [Int] {
        columns.indices.filter { columns[$0].visibility != .spreadsheet }
    }

    /// The positions of the columns a spreadsheet gets.
    public var spreadsheetColumns: [Int] {
        columns.indices.filter { columns[$0].visibility != .page }
    }

    /// Whether column `index` holds numbers (right-aligned).
    func isNumeric(_ index: Int) -> Bool {
        if let streamed { return streamed.isNumeric(index) }
        // Read in place, stopping at the first text: a listing may hold twenty thousand rows.
        var kind = ReportColumnKind()
        for row in rows where index < row.cells.count {
            kind.add(row.cells[index])
            if kind.holdsOther { return false }
        }
        return kind.isNumeric
    }

    /// The rows of this streamed table, which the renderer must have been given.
    func streamedRows(_ rows: ReportRowPages?) -> ReportRowPages {
        guard let rows else { preconditionFailure("the rows of the streamed table \(name) were not given") }
        return rows
    }

    /// Whether the table has no rows, held or streamed.
    var isEmpty: Bool {
        streamed.map { $0.rowCount == 0 } ?? rows.isEmpty
    }
}
