import TriadBackend
import TriadCore
import TriadStore

extension PostgresStore {
    /// Into an empty database a bundle is a restore: every record and the journal as they were, so that
    /// exporting again gives the same bytes. Into a database with data it is a merge (``BundleMerger``), the
    /// same as on SQLite.
    public func importBundle(
        _ bundle: some BundleSource, mode: BundleImportMode, dryRun: Bool, progress: (BundleProgress) -> Void
    ) throws -> MergeSummary {
        try BundleImport.check(bundle)
        return try mapped {
            // An import adds and changes records and removes none, so the ids it looks up stay true.
            try transaction(rememberingIDs: true, keeping: !dryRun) { session in
                var summary = try BundleImport.apply(
                    bundle, to: session, mode: mode, database: server, context: context, progress: progress)
                summary.dryRun = dryRun
                return summary
            }
        }
    }
}
