import Foundation
import GRDB
import TriadStore

/// File-system steps around opening a database: its folder, its creation with private
/// permissions, and a look at its first bytes before SQLite touches it.
enum DatabaseFile {
    /// Creates the folder that will hold `path` (mode 0700) if it is missing.
    static func prepareFolder(of path: String) throws(StoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        var info = stat()
        if stat(folder, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw .cannotWrite(path: path, reason: "'\(folder)' is a file, not a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotWrite(path: path, reason: "the folder '\(folder)' cannot be created")
        }
    }

    /// Creates an empty file readable by its owner only, unless it exists.
    /// - Returns: whether the file is new (or empty, as an interrupted first run leaves it).
    static func createIfMissing(_ path: String) throws(StoreError) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
            return true
        }
        guard errno == EEXIST else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        return FileState(of: path)?.size == 0
    }

    /// Refuses a file whose first bytes are not SQLite's header, or whose header fields are out of the
    /// ranges SQLite writes (https://www.sqlite.org/fileformat.html#the_database_header): such a file was
    /// damaged, and SQLite might otherwise open it read-only or misread its pages.
    static func checkHeader(_ path: String) throws(StoreError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .cannotWrite(path: path, reason: "the file cannot be read")
        }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 100)
        let count = header.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 100, 0) }
        guard count == 100, header.prefix(16).elementsEqual("SQLite format 3\0".utf8) else {
            throw .notADatabase(path: path)
        }
        let pageSize = Int(header[16]) << 8 | Int(header[17])
        let validPageSize = pageSize == 1 || ((512...32768).contains(pageSize) && pageSize & (pageSize - 1) == 0)
        guard validPageSize, (1...2).contains(header[18]), (1...2).contains(header[19]),
            header[21] == 64, header[22] == 32, header[23] == 32
        else {
            throw .damaged(path: path, detail: "its header is damaged")
        }
        // The header's page count is trustworthy when its "valid for" number matches the change counter;
        // a file shorter than that count has lost pages (a truncated copy or an interrupted transfer).
        // Only while no write-ahead log exists: while one does, another process may be checkpointing, and
        // SQLite takes the database's size from the log, not from the header.
        func number(at offset: Int) -> Int {
            header[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        let bytesPerPage = pageSize == 1 ? 65_536 : pageSize
        let size = Int(FileState(of: path)?.size ?? 0)
        let hasLog = access(path + "-wal", F_OK) == 0
        if !hasLog, number(at: 92) == number(at: 24), size < number(at: 28) * bytesPerPage {
            throw .damaged(path: path, detail: "it is shorter than its header says; it was truncated")
        }
    }

    /// Writes a consistent copy of a live database to `target` (created with mode 0600, never overwriting
    /// an existing file) with SQLite's online backup, and syncs it to disk.
    static func backup(_ source: any DatabaseReader, to target: String) throws {
        let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw StoreError.backupExists(path: target) }
            throw StoreError.cannotWrite(path: target, reason: String(cString: strerror(errno)))
        }
        close(descriptor)
        do {
            let destination = try DatabaseQueue(path: target)
            try source.backup(to: destination)
            try destination.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try destination.close()
        } catch {
            try? FileManager.default.removeItem(atPath: target)
            throw error
        }
        let handle = open(target, O_RDONLY | O_CLOEXEC)
        if handle >= 0 {
            fsync(handle)
            close(handle)
        }
    }
}
