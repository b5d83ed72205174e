import ArgumentParser
import TriadReports

/// `--format text|json`, for commands that print a result.
struct FormatOption: ParsableArguments {
    @Option(help: "Output format: text (aligned tables), json (one document), or csv for the list commands.")
    var format: OutputFormat = .text

    /// Prints `value` as JSON, the text that `text` builds, or the table `csv` builds as CSV.
    func print(_ value: some Encodable, csv: (() -> ReportTable)? = nil, text: () -> String) throws {
        switch format {
        case .json: Console.standardOutput.write(try ReportJSON.encode(value))
        case .text: Console.standardOutput.write(text())
        case .csv:
            guard let csv else {
                throw UsageError(message: "this command writes text or json; --format csv is for the list commands.")
            }
            Console.standardOutput.write(CSVRenderer.render(csv()))
        }
    }
}
