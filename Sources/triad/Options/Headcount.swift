import Foundation
import TriadCore

/// Reading headcounts from the command line: whole numbers. A negative one is read, so that the
/// domain rule refuses it with its own message and exit code.
enum Headcount {
    /// A transform for an option that names its field in the error.
    static func parse(_ field: String) -> @Sendable (String) throws -> Int {
        { text in
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw DomainError.invalidNumber(text, field: field)
            }
            return value
        }
    }
}
