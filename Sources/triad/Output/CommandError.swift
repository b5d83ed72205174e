import TriadCore

/// What a command itself refuses or cannot do, beyond the domain's rules and the store's refusals: files
/// it reads or writes, and what it finds in them. ``ExitStatus`` gives each its exit code.
enum CommandError: Error, Equatable {
    /// An input file is missing or cannot be read.
    case unreadableInput(path: String, reason: String)
    /// An input file holds a NUL character in a text, which other programs would cut short.
    case inputHoldsNul(path: String)
    /// A file given as a bundle is not one.
    case notABundle(path: String, problem: String)
    /// An import found problems in the file's rows, and wrote nothing.
    case importRefused(path: String, rowsRead: Int, problems: ImportProblemLog)
    /// A file that `--output` names cannot be written.
    case cannotWriteOutput(path: String, reason: String)
    /// The mission summaries are out of step with the records they are kept from.
    case summariesOutOfStep(path: String, rows: Int)
    /// The record asked for is classified above the level the command was given.
    case withheld(record: String, upTo: Classification)

    /// One sentence for the user (an import's refusal adds a line per problem).
    var message: String {
        switch self {
        case .unreadableInput(let path, let reason):
            "cannot read '\(path)': \(reason); check the path."
        case .inputHoldsNul(let path):
            "'\(path)' holds a NUL character in a text, which other programs would cut short; remove it."
        case .notABundle(let path, let problem):
            "'\(path)' is not a triad bundle (\(problem)); export one with 'triad export json'."
        case .importRefused(let path, let rowsRead, let problems):
            "'\(path)' was not imported: \(problems.total) of \(rowsRead) rows have problems; "
                + "fix them and import again (nothing was written).\n"
                + problems.lines.map { "  " + $0 }.joined(separator: "\n")
        case .cannotWriteOutput(let path, let reason):
            "cannot write '\(path)': \(reason); choose another --output path."
        case .summariesOutOfStep(let path, let rows):
            "'\(path)' has \(rows) rows of its mission summaries out of step with its records; "
                + "run 'triad db check --repair' to rebuild them."
        case .withheld(let record, let level):
            "\(record) is classified above \(level.rawValue); it is withheld at --up-to \(level.rawValue)."
        }
    }
}
