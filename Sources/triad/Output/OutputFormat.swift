import ArgumentParser

/// How a list, show or add command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned tables for a person.
    case text
    /// One JSON document for a script.
    case json
}
