/// What an import of contributions did, or would do (with `--dry-run`), or why it did nothing.
public struct ContributionImportSummary: Hashable, Sendable, Encodable {
    /// Data rows read from the file.
    public var rowsRead: Int
    /// Contribution records inserted or changed from the file's rows.
    public var recordsWritten: Int
    /// Zero records written for contributors absent from a snapshot of a mission they served in before.
    public var departuresRecorded: Int
    /// Rows that matched what the database already held.
    public var rowsUnchanged: Int
    /// Missions created by `--create-missing`.
    public var missionsCreated: [String]
    /// What stopped the import, if anything.
    public var problems: ImportProblemLog
    /// Whether this was a dry run (nothing written either way).
    public var dryRun: Bool

    /// Creates a summary.
    public init(
        rowsRead: Int, recordsWritten: Int, departuresRecorded: Int, rowsUnchanged: Int, missionsCreated: [String],
        problems: ImportProblemLog, dryRun: Bool
    ) {
        self.rowsRead = rowsRead
        self.recordsWritten = recordsWritten
        self.departuresRecorded = departuresRecorded
        self.rowsUnchanged = rowsUnchanged
        self.missionsCreated = missionsCreated
        self.problems = problems
        self.dryRun = dryRun
    }

    /// Whether the import was refused.
    public var isRefused: Bool { !problems.isEmpty }
}
