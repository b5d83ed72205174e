import Foundation

/// Reading `--attendee CODE[=REPRESENTATIVE]` values.
enum Attendance {
    /// Each value is `CODE=NAME` (the name may hold commas) or a comma-separated list of codes.
    static func parse(_ values: [String]) -> [(code: String, representative: String?)] {
        values.flatMap { value -> [(code: String, representative: String?)] in
            if let equals = value.firstIndex(of: "=") {
                let code = value[..<equals].trimmingCharacters(in: .whitespaces)
                let name = value[value.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                return [(code, name.isEmpty ? nil : name)]
            }
            return ListArgument.expand([value]).map { ($0, nil) }
        }
    }
}
