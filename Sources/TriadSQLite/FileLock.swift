#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import TriadStore

/// An exclusive advisory lock on a file beside the database, held while the database is
/// created, checked and migrated, so that two first runs on a new file do not race. The lock file
/// also holds the database file's ``FileState`` as triad last left it.
struct FileLock: ~Copyable {
    private let descriptor: Int32

    /// Runs `body` while holding an exclusive `flock` on `path` (created with mode 0600),
    /// waiting for another holder to let go first.
    static func withExclusiveLock<T>(on path: String, _ body: (borrowing FileLock) throws -> T) throws -> T {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw StoreError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body(FileLock(descriptor: descriptor))
    }

    /// The text the lock file holds (at most 4 KiB), empty when it holds none.
    var contents: String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        return count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self) : ""
    }

    /// Replaces the text the lock file holds. Best effort: a lock file that cannot be written only means
    /// that the next opening checks the database once more.
    func replaceContents(with text: String) {
        let bytes = Array(text.utf8)
        guard ftruncate(descriptor, 0) == 0 else { return }
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }
}
