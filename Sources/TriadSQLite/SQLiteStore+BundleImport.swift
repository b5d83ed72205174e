import GRDB
import TriadBackend
import TriadCore
import TriadStore

extension SQLiteStore {
    /// Into an empty database a bundle is a restore: every record and the journal as they were, so that
    /// exporting again gives the same bytes. Into a database with data it is a merge (``BundleMerger``): records
    /// are matched by uuid (reference records and contributions by their natural key), new ones are added, and
    /// a record edited on both sides keeps the version with the newer `updatedAt`; each such conflict is listed.
    public func importBundle(
        _ bundle: some BundleSource, mode: BundleImportMode, dryRun: Bool, progress: (BundleProgress) -> Void
    ) throws -> MergeSummary {
        try BundleImport.check(bundle)
        return try mapped {
            try writer.writeWithoutTransaction { db in
                var summary = MergeSummary()
                try db.inTransaction(.immediate) {
                    summary = try BundleImport.apply(
                        bundle, to: SQLiteSession(db, caching: false), mode: mode,
                        database: "'\(filePath ?? ":memory:")'",
                        context: context, progress: progress)
                    summary.dryRun = dryRun
                    return dryRun ? .rollback : .commit
                }
                return summary
            }
        }
    }
}
