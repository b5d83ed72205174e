/// A file that cannot be read as asked, with one sentence that says what to do.
public enum InterchangeError: Error, Equatable, Sendable {
    /// The file is missing or unreadable.
    case unreadable(path: String, reason: String)
    /// The file has no header row.
    case empty(path: String)
    /// A column the layout needs is not in the header.
    case missingColumn(String, path: String, available: [String])
    /// The header is not a layout triad knows, and no columns were given.
    case unknownLayout(path: String)
    /// The CSV is malformed (an unclosed quote, bad encoding).
    case malformed(path: String, line: Int, reason: String)

    /// One sentence for the user.
    public var message: String {
        switch self {
        case .unreadable(let path, let reason):
            "cannot read '\(path)': \(reason); check the path."
        case .empty(let path):
            "'\(path)' is empty; a contribution file starts with a header row."
        case .missingColumn(let column, let path, let available):
            "'\(path)' has no column '\(column)'; its columns are: \(available.joined(separator: ", "))."
        case .unknownLayout(let path):
            "'\(path)' is not in the UN layout; name its columns with --date-column, --party-column, --mission-column "
                + "and one option per personnel type (--troops-column …), with --layout columns."
        case .malformed(let path, let line, let reason):
            "'\(path)' is not valid CSV at line \(line): \(reason)."
        }
    }
}
