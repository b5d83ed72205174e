import GRDB

extension Database {
    /// The rows of a query whose compiled statement is kept for the next call with the same SQL:
    /// reports run the same statements for every meeting and action they list.
    func cachedRows(sql: String, arguments: StatementArguments = StatementArguments()) throws -> [Row] {
        try Row.fetchAll(cachedStatement(sql: sql), arguments: arguments)
    }
}
