import GRDB

extension Database {
    /// The rows of a query whose compiled statement is kept for the next call with the same SQL:
    /// reports run the same statements for every meeting and action they list.
    func cachedRows(sql: String, arguments: StatementArguments = StatementArguments()) throws -> [Row] {
        try Row.fetchAll(cachedStatement(sql: sql), arguments: arguments)
    }

    /// The one record of a query whose compiled statement is kept for the next call: the look-ups every
    /// command makes by code, acronym or id (GRDB's query interface would compile its SQL every time).
    func cachedRecord<Record: FetchableRecord>(
        _ type: Record.Type, sql: String, arguments: StatementArguments = StatementArguments()
    ) throws -> Record? {
        try Record.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }

    /// Runs a change whose compiled statement is kept for the next call.
    func executeCached(sql: String, arguments: StatementArguments) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
