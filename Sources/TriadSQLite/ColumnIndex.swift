/// The positions of a result's columns by name, looked up once for all its rows: GRDB's look-up by name
/// compares lower-cased names on every call, which shows when a listing decodes twenty thousand rows.
struct ColumnIndex {
    private let positions: [String: Int]

    /// The columns a statement selects, known before it runs.
    init(names: [String]) {
        var positions: [String: Int] = [:]
        for (position, name) in names.enumerated() where positions[name] == nil {
            positions[name] = position
        }
        self.positions = positions
    }

    /// The position of the column `name`, which the query selects.
    subscript(_ name: String) -> Int {
        guard let position = positions[name] else { preconditionFailure("the query selects no column \(name)") }
        return position
    }
}
