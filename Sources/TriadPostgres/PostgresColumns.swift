/// The positions of a result's columns by name, looked up once for all its rows.
struct PostgresColumns: Sendable {
    let names: [String]
    private let positions: [String: Int]

    init(names: [String]) {
        self.names = names
        var positions: [String: Int] = [:]
        for (position, name) in names.enumerated() where positions[name] == nil {
            positions[name] = position
        }
        self.positions = positions
    }

    /// The position of the column `name` (any case), which the query selects.
    subscript(_ name: String) -> Int {
        if let position = positions[name] ?? positions[name.lowercased()] { return position }
        preconditionFailure("the query selects no column \(name)")
    }
}
