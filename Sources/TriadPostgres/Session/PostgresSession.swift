import TriadCore
import TriadStore

/// One transaction's view of the database: the statements a read or a write runs, on the connection of the
/// command. As a reader it sees one snapshot (REPEATABLE READ), so it keeps the parties and missions it has
/// looked up and asks for each only once, however many questions of a report name it. It asks the same
/// questions as the SQLite session, statement for statement, in PostgreSQL's dialect.
struct PostgresSession {
    let connection: PostgresConnection
    private let lookups: LookupCache?
    /// The ids of the parties and missions a write that removes none has looked up (an import).
    private let rememberedIDs: IDCache?

    /// A session on `connection`; `caching` look-ups is for reads only, where nothing can change them, and
    /// `rememberingIDs` for a write that removes no party or mission: an id stays its record's while it exists.
    init(_ connection: PostgresConnection, caching: Bool, rememberingIDs: Bool = false) {
        self.connection = connection
        lookups = caching ? LookupCache() : nil
        rememberedIDs = rememberingIDs ? IDCache() : nil
    }

    /// The parties and missions a read has looked up, by the name it was given in.
    final class LookupCache {
        var parties: [String: PartyRow] = [:]
        var missions: [String: MissionRow] = [:]
    }

    /// The ids of parties and missions, by the name (upper-cased) they were given in.
    final class IDCache {
        var parties: [String: Int64] = [:]
        var missions: [String: Int64] = [:]
    }

    /// Runs one statement.
    @discardableResult
    func execute(_ sql: String, _ values: [(any PostgresBindable)?] = []) throws -> PostgresRows {
        try connection.execute(sql, values)
    }

    /// Runs one statement with the parameters it was composed with.
    @discardableResult
    func execute(_ sql: String, _ parameters: PostgresParameters) throws -> PostgresRows {
        try connection.execute(sql, parameters.values)
    }

    /// The record of `key` if a read has looked it up already.
    func cachedRecord<Record>(_ path: ReferenceWritableKeyPath<LookupCache, [String: Record]>, _ key: String) -> Record?
    {
        lookups?[keyPath: path][key]
    }

    /// The id of the record named `name`, remembered by a session that removes none, or from `fetch`.
    func remembered(
        _ path: ReferenceWritableKeyPath<IDCache, [String: Int64]>, _ name: String, _ fetch: () throws -> Int64
    ) rethrows -> Int64 {
        let key = name.trimmingCharacters(in: .whitespaces).uppercased()
        if let id = rememberedIDs?[keyPath: path][key] { return id }
        let id = try fetch()
        rememberedIDs?[keyPath: path][key] = id
        return id
    }

    /// The record of `key` from the cache, or from `fetch` (and then cached).
    func cached<Record>(
        _ path: ReferenceWritableKeyPath<LookupCache, [String: Record]>, _ key: String, _ fetch: () throws -> Record
    ) rethrows -> Record {
        guard let lookups else { return try fetch() }
        if let record = lookups[keyPath: path][key] { return record }
        let record = try fetch()
        lookups[keyPath: path][key] = record
        return record
    }

    /// The values of `column` in the rows of `table` that `condition` selects, in the order of their
    /// `position`, as one comma-separated text (NULL for none). An ARRAY keeps the order its subquery is read
    /// in, from the index; `string_agg(… ORDER BY position)` would sort every list again.
    static func positionedList(_ column: String, from table: String, where condition: String) -> String {
        "NULLIF(array_to_string(ARRAY(SELECT \(column) FROM \(table) WHERE \(condition) ORDER BY position), ','), '')"
    }

    /// The ids in a comma-separated list of integers; pieces that are not integers are left out.
    static func ids(in list: String?) -> [Int64] {
        list?.split(separator: ",").compactMap { Int64($0) } ?? []
    }
}
