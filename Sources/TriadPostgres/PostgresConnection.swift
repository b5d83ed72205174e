#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
import TriadBackend
import TriadStore

/// One command's connection to a PostgreSQL server, through libpq.
///
/// What the server says of a failed connection or statement becomes a ``StoreError`` that names the server
/// as host, port and database (never the URI, which may hold a password) and says what to do.
final class PostgresConnection: @unchecked Sendable {
    private let pq: LibPQ
    private let handle: LibPQ.Connection
    /// The server, as messages name it: `/run/postgresql, port 5432`.
    let server: String
    /// The database on the server.
    let database: String
    /// The role the server knows this connection as.
    let role: String

    /// Whether a transaction is open: a write inside another joins it.
    var inTransaction = false
    /// The statements run, for `TRIAD_SQL_LOG`; written out when the connection closes.
    private let statementLog: StatementLog?

    /// Connects with a URI as `psql` takes it (with `PG*` variables, `~/.pgpass` and service files).
    init(uri: String, statementLog: StatementLog? = nil) throws {
        let pq = try LibPQ.shared()
        self.pq = pq
        self.statementLog = statementLog
        guard let handle = pq.connect(uri) else {
            throw StoreError.clientLibraryMissing(detail: "libpq could not allocate a connection")
        }
        server = PostgresConnection.describe(handle, pq)
        database = pq.db(handle).map { String(cString: $0) } ?? ""
        guard pq.status(handle) == LibPQ.connectionOK else {
            let error = PostgresConnection.connectionError(handle, pq, server: server)
            pq.finish(handle)
            throw error
        }
        self.handle = handle
        role = pq.user(handle).map { String(cString: $0) } ?? ""
        _ = pq.setNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit {
        pq.finish(handle)
        statementLog?.flush()
    }

    /// Runs one statement with its values bound as text (`$1`, `$2`, …); nil binds NULL.
    @discardableResult
    func execute(_ sql: String, _ values: [(any PostgresBindable)?] = []) throws -> PostgresRows {
        let texts = values.map { $0?.postgresText }
        statementLog?.record(PostgresConnection.expanded(sql, texts))
        let copies = texts.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } }
        guard
            let result = pointers.withUnsafeBufferPointer({ buffer in
                sql.withCString { pq.execParams(handle, $0, Int32(texts.count), nil, buffer.baseAddress, nil, nil, 0) }
            })
        else {
            throw StoreError.serverUnreachable(server: server, detail: text(pq.errorMessage(handle)))
        }
        defer { pq.clear(result) }
        try check(result)
        let columns = (0..<pq.nfields(result)).map { text(pq.fname(result, $0)) }
        let width = Int32(columns.count)
        var rows: [[String?]] = []
        let count = pq.ntuples(result)
        rows.reserveCapacity(Int(count))
        for row in 0..<count {
            rows.append(
                (0..<width).map { column in
                    pq.getisnull(result, row, column) == 1 ? nil : text(pq.getvalue(result, row, column))
                })
        }
        return PostgresRows(columns: columns, values: rows, changed: Int(text(pq.cmdTuples(result))) ?? 0)
    }

    /// Runs a script of several statements without values (a migration), in the simple protocol that
    /// allows more than one.
    func run(script sql: String) throws {
        statementLog?.record(sql)
        guard let result = sql.withCString({ pq.exec(handle, $0) }) else {
            throw StoreError.serverUnreachable(server: server, detail: text(pq.errorMessage(handle)))
        }
        defer { pq.clear(result) }
        try check(result)
    }

    /// Throws what a failed result means; a write conflict the server asks to retry is a ``PostgresConflict``.
    private func check(_ result: LibPQ.Result) throws {
        let status = pq.resultStatus(result)
        guard status != LibPQ.commandOK && status != LibPQ.tuplesOK else { return }
        let state = pq.resultErrorField(result, LibPQ.sqlState).map { String(cString: $0) } ?? ""
        if state == "40001" || state == "40P01" { throw PostgresConflict(state: state) }
        if pq.status(handle) != LibPQ.connectionOK {
            let reason = text(pq.errorMessage(handle)).split(separator: "\n").first.map(String.init) ?? "no answer"
            throw StoreError.serverUnreachable(server: server, detail: "the connection was lost (\(reason))")
        }
        throw PostgresConnection.statementError(result, pq, state: state, server: server, role: role)
    }

    /// A statement with its values written in as quoted literals, for the statement log.
    private static func expanded(_ sql: String, _ values: [String?]) -> String {
        var text = sql
        for (index, value) in values.enumerated().reversed() {
            let literal = value.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" } ?? "NULL"
            text = text.replacingOccurrences(of: "$\(index + 1)", with: literal)
        }
        return text
    }

    private func text(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// The server a connection tried, as a message names it.
    private static func describe(_ handle: LibPQ.Connection, _ pq: LibPQ) -> String {
        let value = { (pointer: UnsafePointer<CChar>?) in pointer.map { String(cString: $0) } ?? "" }
        let host = value(pq.host(handle))
        return "\(host.isEmpty ? "the default socket" : host), port \(value(pq.port(handle)))"
    }

    /// Why a connection failed, as the exit codes of CLI.md sort it: the server not there (69), the database
    /// not there (69), or the role refused (77).
    private static func connectionError(_ handle: LibPQ.Connection, _ pq: LibPQ, server: String) -> StoreError {
        let message = pq.errorMessage(handle).map { String(cString: $0) } ?? ""
        // libpq writes "connection to server … failed: <reason>"; the reason is what a person needs.
        let firstLine = message.split(separator: "\n").first.map(String.init) ?? message
        let reason =
            firstLine.range(of: "failed: ", options: .backwards).map { String(firstLine[$0.upperBound...]) }
            ?? firstLine
        let detail = reason.replacingOccurrences(of: "FATAL:  ", with: "").trimmingCharacters(in: .whitespaces)
        let database = pq.db(handle).map { String(cString: $0) } ?? ""
        if detail.contains("database \"\(database)\" does not exist") {
            return .missingDatabase(name: database, server: server)
        }
        let refusals = [
            "password authentication failed", "no password supplied", "does not exist", "authentication failed",
            "no pg_hba.conf entry", "permission denied", "not permitted to log in",
        ]
        if pq.connectionNeedsPassword(handle) == 1 || refusals.contains(where: detail.contains) {
            return .accessDenied(server: server, detail: detail)
        }
        return .serverUnreachable(server: server, detail: detail.isEmpty ? "no answer" : detail)
    }

    /// What a failed statement means, by its SQLSTATE class.
    private static func statementError(
        _ result: LibPQ.Result, _ pq: LibPQ, state: String, server: String, role: String
    ) -> StoreError {
        let message =
            pq.resultErrorField(result, LibPQ.primaryMessage).map { String(cString: $0) }
            ?? pq.resultErrorMessage(result).map { String(cString: $0) } ?? "no message"
        switch state {
        case _ where state.hasPrefix("23"): return .constraintViolated(detail: message)
        case "42501" where message.contains("row-level security"): return .aboveClearance(role: role, detail: message)
        case "42501": return .accessDenied(server: server, detail: message)
        case "55P03": return .busy(path: server)
        case _ where state.hasPrefix("08") || state.hasPrefix("57"):
            return .serverUnreachable(server: server, detail: message)
        default: return .serverStatementFailed(server: server, state: state, detail: message)
        }
    }
}
