#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
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

    /// Connects with a URI as `psql` takes it (with `PG*` variables, `~/.pgpass` and service files).
    init(uri: String) throws {
        let pq = try LibPQ.shared()
        self.pq = pq
        guard let handle = uri.withCString({ pq.connectdb($0) }) else {
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
    }

    /// Runs one statement with its values bound as text (`$1`, `$2`, …); nil binds NULL.
    @discardableResult
    func execute(_ sql: String, _ values: [String?] = []) throws -> PostgresRows {
        let copies = values.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } }
        guard
            let result = pointers.withUnsafeBufferPointer({ buffer in
                sql.withCString { pq.execParams(handle, $0, Int32(values.count), nil, buffer.baseAddress, nil, nil, 0) }
            })
        else {
            throw StoreError.serverUnreachable(server: server, detail: text(pq.errorMessage(handle)))
        }
        defer { pq.clear(result) }
        let status = pq.resultStatus(result)
        guard status == LibPQ.commandOK || status == LibPQ.tuplesOK else {
            throw PostgresConnection.statementError(result, pq, server: server)
        }
        let columns = (0..<pq.nfields(result)).map { text(pq.fname(result, $0)) }
        var rows: [[String?]] = []
        for row in 0..<pq.ntuples(result) {
            rows.append(
                (0..<Int32(columns.count)).map { column in
                    pq.getisnull(result, row, column) == 1 ? nil : text(pq.getvalue(result, row, column))
                })
        }
        return PostgresRows(columns: columns, rows: rows, changed: Int(text(pq.cmdTuples(result))) ?? 0)
    }

    /// Runs a script of several statements without values (a migration), in the simple protocol that
    /// allows more than one.
    func run(script sql: String) throws {
        guard let result = sql.withCString({ pq.exec(handle, $0) }) else {
            throw StoreError.serverUnreachable(server: server, detail: text(pq.errorMessage(handle)))
        }
        defer { pq.clear(result) }
        let status = pq.resultStatus(result)
        guard status == LibPQ.commandOK || status == LibPQ.tuplesOK else {
            throw PostgresConnection.statementError(result, pq, server: server)
        }
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
    private static func statementError(_ result: LibPQ.Result, _ pq: LibPQ, server: String) -> StoreError {
        let state = pq.resultErrorField(result, LibPQ.sqlState).map { String(cString: $0) } ?? ""
        let message =
            pq.resultErrorField(result, LibPQ.primaryMessage).map { String(cString: $0) }
            ?? pq.resultErrorMessage(result).map { String(cString: $0) } ?? "no message"
        switch state {
        case _ where state.hasPrefix("23"): return .constraintViolated(detail: message)
        case "42501": return .accessDenied(server: server, detail: message)
        case "40001", "40P01", "55P03": return .busy(path: server)
        case _ where state.hasPrefix("08") || state.hasPrefix("57"):
            return .serverUnreachable(server: server, detail: message)
        default: return .serverStatementFailed(server: server, state: state, detail: message)
        }
    }
}
