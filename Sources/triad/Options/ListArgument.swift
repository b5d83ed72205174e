import Foundation

/// Repeatable options also take comma-separated values (`--a4p protection,wps`).
enum ListArgument {
    /// The values, each split at commas, trimmed, empty pieces dropped.
    static func expand(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
