/// A table for the terminal: a header row, aligned columns, and a width it must fit.
///
/// Data is never cut. When the rows are wider than the terminal, the table first folds its headings onto
/// more lines, then wraps its free-text columns (a column holding words: a title, a name, a list) onto
/// continuation lines, the widest first, and only then abbreviates a heading word ("Triangular" to "Tri.").
/// Identifiers, dates, numbers, statuses and codes keep their whole width; a table whose fixed columns alone
/// are wider than the terminal runs past it rather than lose a digit.
public struct TextTable: Sendable {
    /// How a column's cells line up.
    public enum Alignment: Sendable {
        case left
        case right
    }

    /// A column: its heading, alignment, whether its cells may wrap onto more lines to fit, and whether a
    /// terminal too narrow for the table may leave it out.
    public struct Column: Sendable {
        public var heading: String
        public var alignment: Alignment
        /// Whether the cells may wrap; nil decides from the cells: a left-aligned column holding words wraps.
        public var wraps: Bool?
        /// Whether the column may be left out on a narrow terminal (it says what another column says, or
        /// what the CSV and JSON give in full); the table then says which it left out.
        public var isOptional: Bool

        /// Creates a column.
        public init(_ heading: String, _ alignment: Alignment = .left, wraps: Bool? = nil, optional: Bool = false) {
            self.heading = heading
            self.alignment = alignment
            self.wraps = wraps
            self.isOptional = optional
        }
    }

    public var columns: [Column]
    public var rows: [[String]]
    /// Indices of rows to draw attention to (overdue, late).
    public var highlightedRows: Set<Int> = []

    /// Creates a table.
    public init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Appends a row; missing cells are empty.
    public mutating func append(_ cells: [String], highlighted: Bool = false) {
        if highlighted { highlightedRows.insert(rows.count) }
        rows.append(cells)
    }

    /// A cell's text on one line and its length in characters.
    typealias Cell = (text: String, length: Int)

    /// The table as lines of text no wider than `width` when the fixed columns allow it, with two spaces
    /// between columns; `highlight` wraps every line of a highlighted row (in colour on a terminal).
    public func rendered(width: Int?, highlight: (String) -> String = { $0 }) -> String {
        // Each cell's length in characters is counted once: a listing may hold twenty thousand rows.
        let cells = rows.map(cells(of:))
        let layout = TextTableLayout(columns: columns, cells: cells, width: width)
        var output = heading(layout)
        for (index, row) in cells.enumerated() {
            append(row, highlighted: highlightedRows.contains(index), layout: layout, highlight: highlight, to: &output)
        }
        return output + leftOutNote(layout, width: width)
    }

    /// A row's cells, one per column, each on one line with its length.
    func cells(of row: [String]) -> [Cell] {
        columns.indices.map { index in TextTable.cell(index < row.count ? row[index] : "") }
    }

    /// A cell's text on one line, and its length.
    static func cell(_ text: String) -> Cell {
        let line = singleLine(text)
        return (line, length(of: line))
    }

    /// The heading lines and the rule under them.
    func heading(_ layout: TextTableLayout) -> String {
        var output = ""
        for line in layout.headingLines() {
            write(line, widths: layout.widths, shown: layout.shown, into: &output)
        }
        write(
            layout.widths.map { (String(repeating: "─", count: $0), $0) }, widths: layout.widths, shown: layout.shown,
            into: &output)
        return output
    }

    /// Appends a row's lines (its cells from ``cells(of:)``) to `output`.
    func append(
        _ row: [Cell], highlighted: Bool, layout: TextTableLayout, highlight: (String) -> String,
        to output: inout String
    ) {
        for line in layout.lines(of: row) {
            if highlighted {
                var text = ""
                write(line, widths: layout.widths, shown: layout.shown, into: &text, ending: "")
                output += highlight(text) + "\n"
            } else {
                write(line, widths: layout.widths, shown: layout.shown, into: &output)
            }
        }
    }

    /// The line that names the columns a narrow terminal left out, if it left any.
    func leftOutNote(_ layout: TextTableLayout, width: Int?) -> String {
        let leftOut = columns.indices.filter { !layout.shown.contains($0) }.map { columns[$0].heading }
        guard !leftOut.isEmpty else { return "" }
        let note = "Not shown at this width: \(leftOut.joined(separator: ", ")) (see --format csv)."
        return TextTableLayout.fold(note, width: width ?? note.count, abbreviating: false).joined(separator: "\n")
            + "\n"
    }

    /// Writes one line of the shown columns' cells, each padded to its column's width (the last not padded
    /// on the right).
    private func write(
        _ line: [Cell], widths: [Int], shown: [Int], into output: inout String, ending: String = "\n"
    ) {
        for column in line.indices {
            if column > 0 { output += "  " }
            let padding = max(0, widths[column] - line[column].length)
            switch columns[shown[column]].alignment {
            case .left:
                output += line[column].text
                if column < line.count - 1 { TextTable.pad(&output, padding) }
            case .right:
                TextTable.pad(&output, padding)
                output += line[column].text
            }
        }
        output += ending
    }

    /// The number of characters of `text`; ASCII text (most cells) is counted by its bytes.
    static func length(of text: String) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
    }

    /// The text on one line: line breaks and tabs become spaces.
    static func singleLine(_ text: String) -> String {
        // Only control characters and the multi-byte line separators (U+0085, U+2028, U+2029) need a look.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// Appends `count` spaces as one piece of text (not a character at a time: tables run to 20,000 rows).
    static func pad(_ output: inout String, _ count: Int) {
        if count > 0 { output += String(repeating: " ", count: count) }
    }
}
