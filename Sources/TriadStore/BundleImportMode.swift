/// What importing a bundle may do with the database it goes into.
public enum BundleImportMode: Sendable {
    /// Into an empty database a restore (records and journal as they were), into one with data a merge.
    case restoreOrMerge
    /// A restore only: a database that already holds records is refused untouched (`db copy`).
    case restoreOnly
}
