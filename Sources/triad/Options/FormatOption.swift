import ArgumentParser
import TriadReports

/// `--format text|json`, for commands that print a result.
struct FormatOption: ParsableArguments {
    @Option(help: "Output format: text (aligned tables) or json (one document).")
    var format: OutputFormat = .text

    /// Prints `value` as JSON, or the text that `text` builds.
    func print(_ value: some Encodable, text: () -> String) throws {
        switch format {
        case .json: Console.standardOutput.write(try ReportJSON.encode(value))
        case .text: Console.standardOutput.write(text())
        }
    }
}
