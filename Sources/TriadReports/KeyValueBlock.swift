import Foundation

/// Labelled lines for one record (`Title:  …`), the header of a `show` command.
public struct KeyValueBlock: Sendable {
    private var pairs: [(String, String)] = []

    /// Creates an empty block.
    public init() {}

    /// Adds a line when the value is present and not empty.
    public mutating func add(_ label: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        pairs.append((label, value))
    }

    /// The lines, labels padded to one width; continuation lines of long values are indented.
    public func rendered() -> String {
        let width = (pairs.map { $0.0.count }.max() ?? 0) + 2
        return pairs.map { label, value in
            let padded = (label + ":").padding(toLength: width, withPad: " ", startingAt: 0)
            let indent = String(repeating: " ", count: width)
            return padded
                + value.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent)
        }.joined(separator: "\n") + "\n"
    }
}
