import TriadStore

/// A column whose text is not what triad wrote there: a row changed by hand, outside triad.
struct PostgresDecodingError: Error, CustomStringConvertible {
    let column: String
    let text: String?

    var description: String {
        text.map { "column \(column) holds '\($0)', which triad cannot read" } ?? "column \(column) is empty"
    }
}
