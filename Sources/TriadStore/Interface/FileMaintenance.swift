/// What only a database kept in one file has: a path, backups, and the checks made on opening it.
public protocol FileMaintenance: Sendable {
    /// The file.
    var path: String { get }
    /// The copy taken before this opening upgraded the file's schema, if one was taken.
    var upgradeBackup: String? { get }
    /// Whether this opening checked every page, because something other than triad changed the file.
    var checkedOnOpening: Bool { get }
    /// Writes a consistent copy to a new file (readable by its owner only) while others may keep using it.
    func backup(to target: String) throws
}
