extension Character {
    /// Whether this is one of `0`…`9`; `Character.isNumber` also accepts other scripts' digits.
    var isASCIIDigit: Bool {
        guard let ascii = asciiValue else { return false }
        return (48...57).contains(ascii)
    }
}
