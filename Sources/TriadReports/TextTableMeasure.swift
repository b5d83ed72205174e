extension TextTable {
    /// What a column's cells tell its layout: the longest cell, whether any reads as free text, and the
    /// longest word. Gathered a cell at a time, so that a table written as its rows are read is laid out as if
    /// all of them were held.
    struct Measure: Sendable {
        /// The longest cell, in characters.
        var longest = 0
        /// Whether a cell reads as free text (``TextTableLayout/isFreeText(_:)``).
        var holdsFreeText = false
        /// The longest word of any cell, in characters.
        var longestWord = 0

        /// Counts one cell.
        mutating func add(_ cell: Cell) {
            longest = max(longest, cell.length)
            if !holdsFreeText && TextTableLayout.isFreeText(cell.text) { holdsFreeText = true }
            if cell.length > longestWord { longestWord = max(longestWord, Measure.longestWord(of: cell.text)) }
        }

        /// The longest run of characters between spaces; ASCII text (most cells) is read by its bytes.
        static func longestWord(of text: String) -> Int {
            guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
                return text.split(separator: " ").map(\.count).max() ?? 0
            }
            var longest = 0
            var run = 0
            for byte in text.utf8 {
                run = byte == 0x20 ? 0 : run + 1
                longest = max(longest, run)
            }
            return longest
        }
    }
}
