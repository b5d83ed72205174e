#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the file system says about a database file: which file it is and when it last changed.
///
/// triad writes this into the lock file beside the database when a command finishes with it. A file
/// whose state differs on the next opening was copied, restored or changed by another program since
/// (or a triad process was killed while writing), so it is checked page by page before it is used.
struct FileState: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: timespec
    var changed: timespec

    /// The state of the file at `path`, or nil when it cannot be read.
    init?(of path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = info.st_mtim
        changed = info.st_ctim
    }

    /// The state recorded in a lock file's text, or nil when the text is not such a record.
    init?(recorded text: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        let fields = words.dropFirst().compactMap { Int64($0) }
        guard words.first == FileState.tag[...], words.count == 8, fields.count == 7 else { return nil }
        device = UInt64(bitPattern: fields[0])
        inode = UInt64(bitPattern: fields[1])
        size = fields[2]
        modified = timespec(tv_sec: Int(fields[3]), tv_nsec: Int(fields[4]))
        changed = timespec(tv_sec: Int(fields[5]), tv_nsec: Int(fields[6]))
    }

    /// The line written into the lock file.
    var record: String {
        let fields = [
            Int64(bitPattern: device), Int64(bitPattern: inode), size, Int64(modified.tv_sec),
            Int64(modified.tv_nsec), Int64(changed.tv_sec), Int64(changed.tv_nsec),
        ]
        return ([FileState.tag] + fields.map(String.init)).joined(separator: " ") + "\n"
    }

    private static let tag = "triad-file-state-1"

    static func == (lhs: FileState, rhs: FileState) -> Bool {
        lhs.record == rhs.record
    }
}
