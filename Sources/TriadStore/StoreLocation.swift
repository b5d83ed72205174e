/// Where a record is kept, as `--db` or `TRIAD_DB` names it: a file, or a PostgreSQL server. A connection
/// URI is never taken for a file name.
public enum StoreLocation: Equatable, Sendable {
    /// A SQLite file.
    case file(path: String)
    /// A PostgreSQL database, by its connection URI (`postgresql://…` or `postgres://…`), read as `psql`
    /// reads it, `PG*` variables, `~/.pgpass` and service files included.
    case server(uri: String)

    /// Reads what the user gave.
    public init(_ text: String) {
        let lowered = text.lowercased()
        if lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://") {
            self = .server(uri: text)
        } else {
            self = .file(path: text)
        }
    }

    /// How messages name the location: a file by its path; a server by what the URI says of it, never its
    /// password.
    public var description: String {
        switch self {
        case .file(let path): path
        case .server(let uri): ConnectionURI.redacted(uri)
        }
    }
}
