/// A table for the terminal: a header row, aligned columns, and a width it must fit.
///
/// When the rows are wider than the terminal, the widest shrinkable column is cut with an
/// ellipsis until the table fits, so that every row stays on one line at 80 columns.
public struct TextTable: Sendable {
    /// How a column's cells line up.
    public enum Alignment: Sendable {
        case left
        case right
    }

    /// A column: its heading, alignment, and whether it may be shortened to fit.
    public struct Column: Sendable {
        public var heading: String
        public var alignment: Alignment
        public var isShrinkable: Bool

        /// Creates a column; text columns shrink, numbers do not.
        public init(_ heading: String, _ alignment: Alignment = .left, shrinkable: Bool? = nil) {
            self.heading = heading
            self.alignment = alignment
            self.isShrinkable = shrinkable ?? (alignment == .left)
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

    /// The table as lines of text no wider than `width` (when given), with two spaces between columns;
    /// `highlight` wraps the lines of highlighted rows (in colour on a terminal).
    public func rendered(width: Int?, highlight: (String) -> String = { $0 }) -> String {
        // Each cell's length in characters is counted once: a listing may hold twenty thousand rows.
        let cells = rows.map { row in
            columns.indices.map { index in
                let text = index < row.count ? TextTable.singleLine(row[index]) : ""
                return (text: text, length: TextTable.length(of: text))
            }
        }
        var widths = columns.indices.map { index in
            max(columns[index].heading.count, cells.map { $0[index].length }.max() ?? 0)
        }
        if let width {
            let minimum = 6
            while widths.reduce(0, +) + 2 * (widths.count - 1) > width {
                let candidates = widths.indices.filter { columns[$0].isShrinkable && widths[$0] > minimum }
                guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        let header = columns.indices.map { (text: columns[$0].heading, length: columns[$0].heading.count) }
        let rule = widths.map { (text: String(repeating: "─", count: $0), length: $0) }
        // Cells are written straight into the output; a highlighted row is written apart, then wrapped.
        var output = ""
        func write(_ row: [(text: String, length: Int)], into target: inout String) {
            for column in row.indices {
                if column > 0 { target += "  " }
                TextTable.fit(
                    row[column].text, length: row[column].length, width: widths[column],
                    alignment: columns[column].alignment, isLast: column == row.count - 1, into: &target)
            }
        }
        write(header, into: &output)
        output += "\n"
        write(rule, into: &output)
        output += "\n"
        for (index, row) in cells.enumerated() {
            if highlightedRows.contains(index) {
                var line = ""
                write(row, into: &line)
                output += highlight(line)
            } else {
                write(row, into: &output)
            }
            output += "\n"
        }
        return output
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

    /// A cell of `length` characters cut or padded to `width`, appended to `output`.
    static func fit(
        _ text: String, length: Int, width: Int, alignment: Alignment, isLast: Bool, into output: inout String
    ) {
        var cut = text
        var cutLength = length
        if length > width {
            var kept = text.prefix(max(0, width - 1))
            while kept.last == " " { kept = kept.dropLast() }
            cut = kept + "…"
            cutLength = kept.count + 1
        }
        let padding = max(0, width - cutLength)
        switch alignment {
        case .left:
            output += cut
            if !isLast { pad(&output, padding) }
        case .right:
            pad(&output, padding)
            output += cut
        }
    }

    /// Appends `count` spaces as one piece of text (not a character at a time: tables run to 20,000 rows).
    private static func pad(_ output: inout String, _ count: Int) {
        if count > 0 { output += String(repeating: " ", count: count) }
    }
}
