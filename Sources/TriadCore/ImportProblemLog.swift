/// The problems of an import, summarized so that its size stays small however long the file:
/// per kind and value, a count and the first few line numbers.
public struct ImportProblemLog: Hashable, Sendable, Encodable {
    /// One kind of problem with one value.
    public struct Entry: Hashable, Sendable, Encodable {
        public var kind: String
        public var detail: String
        public var count: Int
        /// The first line numbers, at most ``ImportProblemLog/linesKept``.
        public var lines: [Int]
    }

    /// How many line numbers an entry keeps.
    public static let linesKept = 5
    /// How many distinct entries the log keeps; further ones are only counted.
    public static let entriesKept = 200

    public private(set) var entries: [Entry] = []
    /// Problems beyond ``entriesKept`` distinct entries.
    public private(set) var uncounted = 0
    private var index: [String: Int] = [:]

    /// An empty log.
    public init() {}

    /// Whether nothing is wrong.
    public var isEmpty: Bool { entries.isEmpty }

    /// The number of problems recorded.
    public var total: Int { entries.reduce(uncounted) { $0 + $1.count } }

    /// Records a problem.
    public mutating func record(_ problem: ImportProblem) {
        let key = problem.kind + "\u{0}" + problem.detail
        if let position = index[key] {
            entries[position].count += 1
            if entries[position].lines.count < ImportProblemLog.linesKept {
                entries[position].lines.append(problem.line)
            }
        } else if entries.count < ImportProblemLog.entriesKept {
            index[key] = entries.count
            entries.append(Entry(kind: problem.kind, detail: problem.detail, count: 1, lines: [problem.line]))
        } else {
            uncounted += 1
        }
    }

    /// One line per entry: `unknown party 'RWD': 3 rows (lines 12, 40, 77)`.
    public var lines: [String] {
        entries.map { entry in
            let rows = entry.count == 1 ? "1 row" : "\(entry.count) rows"
            let more = entry.count > entry.lines.count ? ", …" : ""
            let where_ =
                entry.lines.count == 1
                ? "line \(entry.lines[0])" : "lines \(entry.lines.map(String.init).joined(separator: ", "))\(more)"
            return "\(entry.kind) \(entry.detail): \(rows) (\(where_))"
        } + (uncounted > 0 ? ["and \(uncounted) more problems of other kinds"] : [])
    }

    private enum CodingKeys: String, CodingKey {
        case entries, uncounted
    }
}
