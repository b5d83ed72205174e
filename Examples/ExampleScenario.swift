import Foundation

/// The recorded scenarios that `triad demo` loads and the tests replay: files of triad command lines,
/// embedded in the binary.
public struct ExampleScenario: Sendable {
    /// A short name.
    public let name: String
    /// What the scenario shows.
    public let title: String
    /// The day the scenario is meant to be read on.
    public let asOf: String
    /// The mission it follows.
    public let mission: String
    /// The file's text.
    public let text: String

    /// MINUSCA's renewal cycle of 2025: mandate 2759 (2024), the Secretariat briefing, the Working Group
    /// meeting and the private T/PCC consultation before resolution 2800 (2025).
    public static let minuscaRenewal2025 = ExampleScenario(
        name: "minusca-renewal-2025",
        title: "MINUSCA, the renewal of November 2025",
        asOf: "2025-11-01",
        mission: "MINUSCA",
        text: String(decoding: PackageResources.minusca_renewal_2025_triad, as: UTF8.self))

    /// A command of the scenario and when it was recorded.
    public struct Step: Sendable {
        /// When the command was recorded, from the latest `@ DATE-TIME` line before it.
        public var recordedAt: String?
        /// The command's words, without `triad`.
        public var words: [String]
    }

    /// The command lines, each split into words as a shell would (quotes, backslash line continuations);
    /// blank lines and `#` comments are skipped, and `@ 2025-10-30T12:00-04:00` sets the recording time
    /// of the commands after it.
    public var steps: [Step] {
        var clock: String?
        var steps: [Step] = []
        let lines = text.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n").map {
            $0.drop { $0 == " " }
        }
        for line in lines where !line.isEmpty && !line.hasPrefix("#") {
            if line.hasPrefix("@") {
                clock = line.dropFirst().trimmingCharacters(in: .whitespaces)
            } else {
                steps.append(Step(recordedAt: clock, words: ShellWords.split(String(line))))
            }
        }
        return steps
    }
}
