import Foundation

/// Writing a report or an export to the file `--output` names.
enum OutputFile {
    /// Writes `text` to `path` atomically (a reader never sees half a file); a failure is an I/O error (74).
    static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InputError(
                message: "cannot write '\(path)': \(error.localizedDescription); choose another --output path.",
                code: ExitStatus.ioError)
        }
    }
}
