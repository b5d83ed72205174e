/// A day prints as `YYYY-MM-DD`, the form every output of triad uses.
extension Day: CustomStringConvertible {
    public var description: String {
        let (year, month, day) = components
        return Day.format(year: year, month: month, day: day)
    }
}

/// A day is encoded as the string `"YYYY-MM-DD"`, as CLI.md asks of JSON.
extension Day: TextCodable {
    public init(text: String) throws(DomainError) { try self.init(parsing: text) }
    public var text: String { description }
}
