/// The values of a statement being written, each bound once and named by its placeholder (`$1`, `$2`, …),
/// so that conditions composed one after another number their parameters in order.
struct PostgresParameters {
    private(set) var values: [(any PostgresBindable)?] = []

    init() {}

    /// Binds `value` and returns its placeholder.
    mutating func bind(_ value: (any PostgresBindable)?) -> String {
        values.append(value)
        return "$\(values.count)"
    }

    /// Binds ids as one array value (`$1::bigint[]`), for `= ANY(…)` or `unnest(…)`: one statement for any
    /// number of them.
    mutating func bind(ids: some Sequence<Int64>) -> String {
        bind("{" + ids.map(String.init).joined(separator: ",") + "}") + "::bigint[]"
    }

    /// Binds texts as one array value (`$1::text[]`).
    mutating func bind(texts: some Sequence<String>) -> String {
        bind(nullableTexts: texts.map { Optional($0) })
    }

    /// Binds texts, some of them NULL, as one array value (`$1::text[]`).
    mutating func bind(nullableTexts texts: some Sequence<String?>) -> String {
        let elements = texts.map { text in
            text.map {
                "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    + "\""
            }
                ?? "NULL"
        }
        return bind("{" + elements.joined(separator: ",") + "}") + "::text[]"
    }
}
