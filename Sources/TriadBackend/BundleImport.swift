import TriadCore
import TriadStore

/// Importing a bundle inside the importing transaction, the same on both backends: a restore into a
/// database that holds no records (records and journal as they were, so the export is the same again), a
/// merge into one with data (the merger's rules, and the other database's journal appended).
public enum BundleImport {
    /// Refuses, before anything is opened for writing, a document that is not a triad bundle or was written
    /// by a newer triad.
    public static func check(_ bundle: some BundleSource) throws {
        guard bundle.format == TriadBundle.formatName else {
            throw StoreError.invalidBundle(reason: "it is not a triad bundle (format '\(bundle.format)')")
        }
        guard bundle.version <= TriadBundle.currentVersion else {
            throw StoreError.invalidBundle(
                reason: "it was written by a newer triad (bundle version \(bundle.version)); upgrade triad")
        }
    }

    /// Applies `bundle` to `target` as `mode` allows; `database` names the target in a refusal.
    public static func apply<Target: BundleTarget>(
        _ bundle: some BundleSource, to target: Target, mode: BundleImportMode, database: String,
        context: ChangeContext,
        progress: (BundleProgress) -> Void
    ) throws -> MergeSummary {
        let isEmpty = try target.holdsNoUserRecords()
        if mode == .restoreOnly && !isEmpty { throw StoreError.notEmpty(database: database) }
        let command = try target.beginCommand(context, summary: "")
        var merger = BundleMerger(target: target, restoring: isEmpty)
        try merger.apply(bundle, progress: progress)
        var summary = merger.summary
        if isEmpty {
            try target.discard(command)
            summary.journalCommands = try BundleMerger.copyJournal(of: bundle, to: target, keepingNumbers: true) {
                _ in true
            }
            summary.restored = true
        } else {
            summary.journalCommands = try merger.appendJournal(bundle)
            try target.describe(
                command,
                as:
                    "imported a bundle: \(summary.added) added, \(summary.updated) updated, \(summary.conflicts.count) conflicts"
            )
        }
        return summary
    }
}
