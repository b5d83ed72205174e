import Foundation

/// Writing a report or an export to the file `--output` names.
enum OutputFile {
    /// Writes `text` to `path` atomically (a reader never sees half a file); a failure is an I/O error (74).
    static func write(_ text: String, to path: String) throws {
        try write(to: path) { output in try output(text) }
    }

    /// Writes what `body` hands its writer, piece by piece, to `path`: into a new file beside it, renamed
    /// over `path` once complete, so that a reader never sees half a file and a failure leaves `path` as it
    /// was. A failure is an I/O error (74).
    static func write(to path: String, _ body: (_ output: (String) throws -> Void) throws -> Void) throws {
        let target = URL(fileURLWithPath: path)
        let partial = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
        do {
            guard FileManager.default.createFile(atPath: partial.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: partial.path])
            }
            defer { try? FileManager.default.removeItem(at: partial) }
            let handle = try FileHandle(forWritingTo: partial)
            do {
                try body { text in try handle.write(contentsOf: Data(text.utf8)) }
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
            guard rename(partial.path, path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(
                message: "cannot write '\(path)': \(error.localizedDescription); choose another --output path.",
                code: ExitStatus.ioError)
        }
    }
}
