/// What a statement returned: its columns and its rows, each value as the text PostgreSQL writes, nil for
/// NULL. Columns are found by name whatever its case (PostgreSQL folds unquoted names to lower case).
struct PostgresRows: Sendable, RandomAccessCollection {
    let columns: PostgresColumns
    private let values: [[String?]]
    /// How many rows an INSERT, UPDATE or DELETE changed.
    let changed: Int

    init(columns: [String], values: [[String?]], changed: Int) {
        self.columns = PostgresColumns(names: columns)
        self.values = values
        self.changed = changed
    }

    var startIndex: Int { values.startIndex }
    var endIndex: Int { values.endIndex }

    subscript(position: Int) -> PostgresRow {
        PostgresRow(columns: columns, values: values[position])
    }

    /// The first row's first value, if any.
    var value: String? {
        values.first?.first ?? nil
    }

    /// The first row's first value read as `T`; nil when there is no row.
    func scalar<T: PostgresDecodable>(_ type: T.Type = T.self) throws -> T? {
        guard let row = first else { return nil }
        return try row.decode(at: 0)
    }
}
