/// Whether a column holds numbers: some cell is a number and no cell is anything but a number or empty. Told
/// a cell at a time, for the rows a table holds and for those it writes as they are read.
struct ReportColumnKind: Sendable {
    private(set) var holdsNumbers = false
    private(set) var holdsOther = false

    /// Counts one cell.
    mutating func add(_ cell: ReportCell) {
        guard cell != .empty else { return }
        if cell.isNumeric { holdsNumbers = true } else { holdsOther = true }
    }

    /// Whether the column is one of numbers (right-aligned).
    var isNumeric: Bool { holdsNumbers && !holdsOther }
}
