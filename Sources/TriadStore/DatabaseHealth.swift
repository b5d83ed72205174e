/// What `triad db check` and `triad db stats` report about a database: a SQLite file, or a PostgreSQL
/// database on its server.
public struct DatabaseHealth: Codable, Hashable, Sendable {
    /// `sqlite` or `postgresql`.
    public var engine: String
    /// The newest migration applied.
    public var schemaVersion: String
    /// SQLite's integrity (or quick) check, or on PostgreSQL the server's count of data checksum failures:
    /// `["ok"]` when sound.
    public var integrity: [String]
    /// Rows whose foreign key points nowhere.
    public var foreignKeyViolations: Int
    /// Rows of the mission summaries (actions and attendance per mission) that differ from what they
    /// are kept from: missing, extra or out of date.
    public var summaryRowsAmiss: Int
    /// Rows per table, by table name.
    public var counts: [String: Int]
    /// The file's size in bytes, and its write-ahead log's; on PostgreSQL, the database's size on the
    /// server, and no log of triad's own.
    public var fileBytes: Int
    public var walBytes: Int
    /// Pages in the file, and free pages in it (none on PostgreSQL, whose server keeps its own pages).
    public var pages: Int
    public var freePages: Int

    /// Creates a health report.
    public init(
        engine: String, schemaVersion: String, integrity: [String], foreignKeyViolations: Int, summaryRowsAmiss: Int,
        counts: [String: Int], fileBytes: Int, walBytes: Int, pages: Int, freePages: Int
    ) {
        self.engine = engine
        self.schemaVersion = schemaVersion
        self.integrity = integrity
        self.foreignKeyViolations = foreignKeyViolations
        self.summaryRowsAmiss = summaryRowsAmiss
        self.counts = counts
        self.fileBytes = fileBytes
        self.walBytes = walBytes
        self.pages = pages
        self.freePages = freePages
    }

    /// Whether the checks found nothing wrong.
    public var isSound: Bool { integrity == ["ok"] && foreignKeyViolations == 0 && summaryRowsAmiss == 0 }
}
