import Foundation

/// Writing a report or an export to the file `--output` names.
enum OutputFile {
    /// Writes `text` to `path` atomically (a reader never sees half a file); a failure is an I/O error (74).
    static func write(_ text: String, to path: String) throws {
        try write(to: path) { output in try output(text) }
    }

    /// Writes what `body` hands its writer, piece by piece, to `path`: into a new file beside it, renamed
    /// over `path` once complete, so that a reader never sees half a file and a failure leaves `path` as it
    /// was. A failure is an I/O error (74) that says what the system said.
    static func write(to path: String, _ body: (_ output: (String) throws -> Void) throws -> Void) throws {
        let target = URL(fileURLWithPath: path)
        let partial = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(getpid()).partial").path
        func failure(_ reason: String) -> CommandError {
            .cannotWriteOutput(path: path, reason: reason)
        }
        let descriptor = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(String(cString: strerror(errno))) }
        var written = false
        defer {
            close(descriptor)
            if !written { unlink(partial) }
        }
        try body { text in
            if let problem = DescriptorWriter.write(text, to: descriptor) {
                throw failure(String(cString: strerror(problem)))
            }
        }
        guard rename(partial, path) == 0 else { throw failure(String(cString: strerror(errno))) }
        written = true
    }
}
