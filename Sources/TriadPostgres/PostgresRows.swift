/// What a statement returned: its columns (named as PostgreSQL folds them, in lower case) and its rows, each
/// value as the text PostgreSQL writes, nil for NULL.
struct PostgresRows: Sendable {
    let columns: [String]
    let rows: [[String?]]
    /// How many rows an INSERT, UPDATE or DELETE changed.
    let changed: Int

    /// The first row's first value, if any.
    var value: String? {
        rows.first?.first ?? nil
    }
}
