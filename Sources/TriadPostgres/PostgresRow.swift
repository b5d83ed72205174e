/// One row of a result.
struct PostgresRow: Sendable {
    let columns: PostgresColumns
    let values: [String?]

    /// The value of the column `name`, read as `T` (an optional for a column that may be NULL).
    func decode<T: PostgresDecodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        try T.decode(values[columns[name]], column: name)
    }

    /// The value at `position`, read as `T`.
    func decode<T: PostgresDecodable>(at position: Int, as type: T.Type = T.self) throws -> T {
        try T.decode(values[position], column: columns.names[position])
    }
}
