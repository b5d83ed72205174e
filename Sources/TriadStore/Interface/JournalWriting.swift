import TriadCore

/// Changes that act on the journal or on many records at once.
public protocol JournalWriting {
    /// Reverses a command from the rows the journal kept, in one transaction that is itself journaled: the
    /// last command not yet undone, or the one numbered `number`, which is refused if a later command
    /// changed the same records.
    /// - Returns: the command undone.
    @discardableResult func undo(_ number: Int64?) throws -> JournalEntry

    /// Imports a bundle in one transaction: into an empty database a restore (records and journal as they
    /// were), into one with data a merge (records matched by uuid or natural key, the later edit winning), or
    /// with ``BundleImportMode/restoreOnly`` a refusal (``StoreError/notEmpty(database:)``).
    /// - Parameters:
    ///   - dryRun: apply it and roll it back: the summary says what would happen, nothing is written.
    ///   - progress: called now and then with the records applied so far.
    func importBundle(
        _ bundle: some BundleSource, mode: BundleImportMode, dryRun: Bool, progress: (BundleProgress) -> Void
    ) throws -> MergeSummary

    /// Imports contribution lines all or nothing, in one transaction; each (mission, day) of the input is a
    /// complete snapshot (a party absent from it that had personnel there gets a zero record).
    /// - Parameters:
    ///   - next: yields the file's lines and the problems found reading them, nil at the end.
    ///   - createMissing: create unknown missions, named by their acronym.
    ///   - dryRun: report what would happen, write nothing.
    ///   - progress: called now and then with the number of rows read.
    func importContributions(
        next: () -> ContributionImportInput?, createMissing: Bool, dryRun: Bool, progress: (Int) -> Void
    ) throws -> ContributionImportSummary
}

extension JournalWriting {
    /// Imports a bundle: a restore into an empty database, a merge into one with data.
    public func importBundle(_ bundle: some BundleSource) throws -> MergeSummary {
        try importBundle(bundle, mode: .restoreOrMerge, dryRun: false, progress: { _ in })
    }

    /// Imports a bundle as `mode` allows, writing it.
    public func importBundle(
        _ bundle: some BundleSource, mode: BundleImportMode, progress: (BundleProgress) -> Void
    ) throws -> MergeSummary {
        try importBundle(bundle, mode: mode, dryRun: false, progress: progress)
    }

    /// Undoes the last command not yet undone.
    @discardableResult public func undo() throws -> JournalEntry {
        try undo(nil)
    }
}
