/// A column of a report table: its heading, and where it shows. A table is defined once with every column
/// a spreadsheet wants; a page or a terminal shows the ones a reader scans.
public struct ReportColumn: Sendable, Equatable, ExpressibleByStringLiteral {
    /// Where a column shows.
    public enum Visibility: Sendable, Equatable {
        /// On a page or a terminal and in a spreadsheet.
        case everywhere
        /// On a page or a terminal only (a summary of other columns).
        case page
        /// In a spreadsheet only (a detail a page has no room for).
        case spreadsheet
    }

    /// The heading.
    public var heading: String
    /// Where it shows.
    public var visibility: Visibility
    /// Whether a terminal too narrow for the whole table may leave it out (saying so): a column that repeats
    /// what another says, or a detail the CSV and JSON give in full.
    public var isOptional: Bool

    /// Creates a column.
    public init(_ heading: String, _ visibility: Visibility = .everywhere, optional: Bool = false) {
        self.heading = heading
        self.visibility = visibility
        self.isOptional = optional
    }

    /// A column that shows everywhere.
    public init(stringLiteral heading: String) {
        self.init(heading)
    }
}
