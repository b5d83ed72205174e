#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import TriadStore

/// libpq, PostgreSQL's own C client, loaded when a command first names a server.
///
/// Linked into the binary, libpq and the two dozen libraries it needs (TLS, Kerberos, LDAP) cost every
/// process about 4 ms of dynamic loading (measured here: a C program that only exits, 1.0 ms; the same
/// linked with `-lpq`, 5.2 ms); loaded on demand, a command on a SQLite file pays nothing for it. libpq
/// reads the URI, `PG*` variables, `~/.pgpass`, service files and `sslmode` as `psql` does.
struct LibPQ: @unchecked Sendable {
    typealias Connection = OpaquePointer
    typealias Result = OpaquePointer

    let connectdbParams:
        @convention(c) (
            UnsafePointer<UnsafePointer<CChar>?>, UnsafePointer<UnsafePointer<CChar>?>, Int32
        ) -> Connection?
    let status: @convention(c) (Connection?) -> Int32
    let errorMessage: @convention(c) (Connection?) -> UnsafePointer<CChar>?
    let finish: @convention(c) (Connection?) -> Void
    let execParams:
        @convention(c) (
            Connection?, UnsafePointer<CChar>, Int32, UnsafePointer<UInt32>?, UnsafePointer<UnsafePointer<CChar>?>?,
            UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32
        ) -> Result?
    let exec: @convention(c) (Connection?, UnsafePointer<CChar>) -> Result?
    let resultStatus: @convention(c) (Result?) -> Int32
    let resultErrorField: @convention(c) (Result?, Int32) -> UnsafePointer<CChar>?
    let resultErrorMessage: @convention(c) (Result?) -> UnsafePointer<CChar>?
    let ntuples: @convention(c) (Result?) -> Int32
    let nfields: @convention(c) (Result?) -> Int32
    let fname: @convention(c) (Result?, Int32) -> UnsafePointer<CChar>?
    let getvalue: @convention(c) (Result?, Int32, Int32) -> UnsafePointer<CChar>?
    let getisnull: @convention(c) (Result?, Int32, Int32) -> Int32
    let clear: @convention(c) (Result?) -> Void
    let cmdTuples: @convention(c) (Result?) -> UnsafePointer<CChar>?
    let user: @convention(c) (Connection?) -> UnsafePointer<CChar>?
    let db: @convention(c) (Connection?) -> UnsafePointer<CChar>?
    let host: @convention(c) (Connection?) -> UnsafePointer<CChar>?
    let port: @convention(c) (Connection?) -> UnsafePointer<CChar>?
    let connectionNeedsPassword: @convention(c) (Connection?) -> Int32
    let setNoticeProcessor:
        @convention(c) (
            Connection?, (@convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Void)?,
            UnsafeMutableRawPointer?
        ) -> OpaquePointer?

    /// `CONNECTION_OK`, `PGRES_COMMAND_OK`, `PGRES_TUPLES_OK`, `PG_DIAG_SQLSTATE` and `PG_DIAG_MESSAGE_PRIMARY`.
    static let connectionOK: Int32 = 0
    static let commandOK: Int32 = 1
    static let tuplesOK: Int32 = 2
    static let sqlState = Int32(UInt8(ascii: "C"))
    static let primaryMessage = Int32(UInt8(ascii: "M"))

    /// Connects with a URI (or `key=value` string) as `psql` takes it, naming the program `triad` to the
    /// server unless the URI names it otherwise (`fallback_application_name`), without a statement more.
    func connect(_ uri: String) -> Connection? {
        let copy = { (text: String) -> UnsafeMutablePointer<CChar>? in strdup(text) }
        let keywords = [copy("fallback_application_name"), copy("dbname")]
        let values = [copy("triad"), copy(uri)]
        defer { (keywords + values).forEach { free($0) } }
        let keywordList: [UnsafePointer<CChar>?] = keywords.map { $0.map { UnsafePointer($0) } } + [nil]
        let valueList: [UnsafePointer<CChar>?] = values.map { $0.map { UnsafePointer($0) } } + [nil]
        // expand_dbname = 1: the dbname value is read as a whole URI or connection string.
        return connectdbParams(keywordList, valueList, 1)
    }

    /// The library, loaded once per process.
    static func shared() throws -> LibPQ {
        try loaded.get()
    }

    private static let loaded: Swift.Result<LibPQ, StoreError> = Swift.Result { try LibPQ() }
        .mapError { $0 as? StoreError ?? .clientLibraryMissing(detail: "\($0)") }

    private init() throws {
        var handle: UnsafeMutableRawPointer?
        for name in ["libpq.so.5", "libpq.so", "libpq.5.dylib", "libpq.dylib"] {
            handle = dlopen(name, RTLD_NOW | RTLD_LOCAL)
            if handle != nil { break }
        }
        guard let handle else {
            throw StoreError.clientLibraryMissing(
                detail: dlerror().map { String(cString: $0) } ?? "libpq.so.5 not found")
        }
        func symbol<T>(_ name: String) throws -> T {
            guard let address = dlsym(handle, name) else {
                throw StoreError.clientLibraryMissing(detail: "it has no \(name)")
            }
            return unsafeBitCast(address, to: T.self)
        }
        connectdbParams = try symbol("PQconnectdbParams")
        status = try symbol("PQstatus")
        errorMessage = try symbol("PQerrorMessage")
        finish = try symbol("PQfinish")
        execParams = try symbol("PQexecParams")
        exec = try symbol("PQexec")
        resultStatus = try symbol("PQresultStatus")
        resultErrorField = try symbol("PQresultErrorField")
        resultErrorMessage = try symbol("PQresultErrorMessage")
        ntuples = try symbol("PQntuples")
        nfields = try symbol("PQnfields")
        fname = try symbol("PQfname")
        getvalue = try symbol("PQgetvalue")
        getisnull = try symbol("PQgetisnull")
        clear = try symbol("PQclear")
        cmdTuples = try symbol("PQcmdTuples")
        user = try symbol("PQuser")
        db = try symbol("PQdb")
        host = try symbol("PQhost")
        port = try symbol("PQport")
        connectionNeedsPassword = try symbol("PQconnectionNeedsPassword")
        setNoticeProcessor = try symbol("PQsetNoticeProcessor")
    }
}
