/// The columns a terminal table shows, their widths, and how its cells and headings break into lines to fit.
struct TextTableLayout {
    /// The positions of the columns shown, in order.
    let shown: [Int]
    /// Whether each shown column's cells may wrap.
    let wraps: [Bool]
    /// Each shown column's width.
    let widths: [Int]
    /// Each shown column's heading.
    let headings: [String]

    /// Lays out `columns` holding `cells` (a row's cells by column position) to fit `width`, if given.
    ///
    /// In turn, until the table fits: headings fold onto more lines at their spaces; columns of words wrap
    /// down to a width that keeps most words whole, the main text (the widest of them: a title, a name) last
    /// and only to a roomy width; optional columns are left out, the last first; heading words are abbreviated
    /// ("Triangular" to "Tri."); the main text narrows further. Identifiers, dates, numbers and codes are never
    /// cut: a table whose fixed columns alone are wider than the terminal runs past it.
    init(columns: [TextTable.Column], cells: [[TextTable.Cell]], width: Int?) {
        var measures = Array(repeating: TextTable.Measure(), count: columns.count)
        for row in cells {
            for index in columns.indices { measures[index].add(row[index]) }
        }
        self.init(columns: columns, measures: measures, width: width)
    }

    /// Lays out `columns` whose cells measure `measures` (one per column), to fit `width`, if given: the same
    /// layout as of the cells themselves, for a table whose rows are written as they are read.
    init(columns: [TextTable.Column], measures: [TextTable.Measure], width: Int?) {
        let data = measures.map(\.longest)
        // Free text (a title, a name, a list) wraps; "2759 (2024)", "held (M-3)" or "overdue 3d" are one datum
        // each, kept on one line.
        let allWraps = columns.indices.map { index in
            columns[index].wraps ?? (columns[index].alignment == .left && measures[index].holdsFreeText)
        }
        let natural = columns.indices.map { max(columns[$0].heading.count, data[$0]) }
        let headingWord = columns.map { $0.heading.split(separator: " ").map(\.count).max() ?? 0 }
        let longestWord = columns.indices.map { index in allWraps[index] ? measures[index].longestWord : 0 }
        let wrapFloor = columns.indices.map { index in
            min(
                natural[index],
                max(TextTableLayout.narrowestWrap, min(longestWord[index], TextTableLayout.longestWhole)))
        }
        var shown = Array(columns.indices)
        var widths = natural
        if let width {
            func fitted(_ floor: (Int) -> Int?) {
                TextTableLayout.shrink(&widths, shown: shown, to: width, floors: floor)
            }
            // The main text (the widest column of words that always shows: a title, a name) keeps its room the
            // longest.
            let main = columns.indices.filter { allWraps[$0] && !columns[$0].isOptional }
                .max { natural[$0] < natural[$1] }
            let roomy = columns.indices.map { min(natural[$0], max(wrapFloor[$0], TextTableLayout.roomyText)) }
            fitted { allWraps[$0] ? nil : max(data[$0], headingWord[$0], 1) }
            fitted { allWraps[$0] && $0 != main ? wrapFloor[$0] : nil }
            fitted { $0 == main ? roomy[$0] : nil }
            while TextTableLayout.total(widths, shown) > width,
                let optional = shown.last(where: { columns[$0].isOptional })
            {
                shown.removeAll { $0 == optional }
            }
            fitted { allWraps[$0] ? nil : max(data[$0], min(headingWord[$0], 4), 1) }
            fitted { allWraps[$0] ? wrapFloor[$0] : nil }
        }
        self.shown = shown
        self.wraps = shown.map { allWraps[$0] }
        self.widths = shown.map { widths[$0] }
        self.headings = shown.map { columns[$0].heading }
    }

    /// Whether a cell reads as free text rather than one datum: three words or more, or a list ("a, b").
    static func isFreeText(_ text: String) -> Bool {
        var spaces = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x20 {
                if previous == 0x2C { return true }
                spaces += 1
                if spaces == 2 { return true }
            }
            previous = byte
        }
        return false
    }

    /// The width the main text keeps before optional columns are left out and headings abbreviated.
    static let roomyText = 24

    /// The longest word a wrapping column keeps on one line; a longer one is carried over lines.
    static let longestWhole = 24

    /// The narrowest a wrapping column is made, unless a word of it is longer (up to ``longestWhole``).
    static let narrowestWrap = 10

    /// The total width of the columns `shown`.
    static func total(_ widths: [Int], _ shown: [Int]) -> Int {
        shown.reduce(0) { $0 + widths[$1] } + 2 * max(0, shown.count - 1)
    }

    /// Narrows the shown columns that have a floor, one character at a time from the widest, until the table
    /// fits `width` or every such column is at its floor.
    private static func shrink(_ widths: inout [Int], shown: [Int], to width: Int, floors floor: (Int) -> Int?) {
        let floors = Dictionary(uniqueKeysWithValues: shown.compactMap { index in floor(index).map { (index, $0) } })
        while total(widths, shown) > width {
            let candidates = shown.filter { index in floors[index].map { widths[index] > $0 } ?? false }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
        }
    }

    /// The headings, folded onto as many lines as the narrowest needs.
    func headingLines() -> [[TextTable.Cell]] {
        let folded = headings.indices.map { index in
            TextTableLayout.fold(headings[index], width: widths[index], abbreviating: true)
        }
        let height = folded.map(\.count).max() ?? 1
        return (0..<height).map { line in
            folded.map { lines in line < lines.count ? (lines[line], lines[line].count) : ("", 0) }
        }
    }

    /// A row's lines (its cells by column position): one, unless a wrapping cell is wider than its column.
    func lines(of cells: [TextTable.Cell]) -> [[TextTable.Cell]] {
        let row = shown.map { cells[$0] }
        guard row.indices.contains(where: { wraps[$0] && row[$0].length > widths[$0] }) else { return [row] }
        let folded = row.indices.map { index -> [TextTable.Cell] in
            guard wraps[index], row[index].length > widths[index] else { return [row[index]] }
            return TextTableLayout.fold(row[index].text, width: widths[index], abbreviating: false).map {
                ($0, TextTable.length(of: $0))
            }
        }
        let height = folded.map(\.count).max() ?? 1
        return (0..<height).map { line in folded.map { line < $0.count ? $0[line] : ("", 0) } }
    }

    /// `text` broken at spaces into lines no wider than `width`; a word wider than the line is abbreviated
    /// with a full stop (a heading) or carried on over the next lines whole (data).
    static func fold(_ text: String, width: Int, abbreviating: Bool) -> [String] {
        guard text.count > width, width > 0 else { return [text] }
        var lines: [String] = []
        var line = ""
        for piece in text.split(separator: " ") {
            var word = String(piece)
            if word.count > width && abbreviating {
                word = String(word.prefix(max(1, width - 1))) + (width > 1 ? "." : "")
            }
            if line.isEmpty {
                line = word
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = word
            }
            while line.count > width {
                lines.append(String(line.prefix(width)))
                line = String(line.dropFirst(width))
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
