import ArgumentParser

/// How a list, show or add command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned tables for a person.
    case text
    /// One JSON document for a script.
    case json
    /// A CSV table for a spreadsheet, where the command has one (`action list`, `meeting list`).
    case csv
}
