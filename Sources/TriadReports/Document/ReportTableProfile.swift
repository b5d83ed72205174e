/// What the renderers must know of a table's rows before they write the first one: how many there are, which
/// columns hold numbers, and how long the text of each column a page shows runs. It is gathered in a first
/// reading of a long list (sixty thousand open actions), so that a second reading can write the rows a page
/// at a time, laid out as if all of them were held.
public struct ReportTableProfile: Sendable {
    /// The rows counted.
    public private(set) var rowCount = 0
    private var kinds: [ReportColumnKind]
    /// The text measures of the columns a page shows, by column position (the others are left unmeasured).
    private(set) var measures: [TextTable.Measure]
    private let pageColumns: [Int]

    /// A profile of no rows yet of a table with these columns.
    public init(columns: [ReportColumn]) {
        kinds = Array(repeating: ReportColumnKind(), count: columns.count)
        measures = Array(repeating: TextTable.Measure(), count: columns.count)
        pageColumns = columns.indices.filter { columns[$0].visibility != .spreadsheet }
    }

    /// Counts a page of rows.
    public mutating func add(_ rows: [ReportRow]) {
        rowCount += rows.count
        for row in rows {
            for index in kinds.indices where index < row.cells.count { kinds[index].add(row.cells[index]) }
            for index in pageColumns {
                measures[index].add(TextTable.cell(index < row.cells.count ? row.cells[index].displayText : ""))
            }
        }
    }

    /// Whether column `index` holds numbers (right-aligned).
    func isNumeric(_ index: Int) -> Bool {
        kinds[index].isNumeric
    }
}
