import ArgumentParser
import TriadReports

/// `--format text|json|csv`, for commands that print a record, a list or what they did.
struct FormatOption: ParsableArguments {
    @Option(help: "Output format: text (aligned tables), json (one document), or csv (a list command's table).")
    var format: OutputFormat = .text

    /// Prints `value` as JSON, or as the document `document` lays it out: text for a terminal, or, for a
    /// listing (one table), CSV for a spreadsheet.
    func print(_ value: some Encodable, document: () -> ReportDocument) throws {
        switch format {
        case .json:
            Console.standardOutput.write(try ReportJSON.encode(value))
        case .text:
            let console = Console.standardOutput
            var renderer = TextRenderer(width: console.width)
            if console.usesColor { renderer.highlight = { text in Console.red(text) } }
            console.write(renderer.render(document()))
        case .csv:
            let tables = document().tables
            guard tables.count == 1, let table = tables.first else { throw FormatOption.csvRefused }
            Console.standardOutput.write(CSVRenderer.render(table))
        }
    }

    /// Prints `value` as JSON, or the sentence `text` says of it.
    func print(_ value: some Encodable, text: () -> String) throws {
        switch format {
        case .json: Console.standardOutput.write(try ReportJSON.encode(value))
        case .text: Console.standardOutput.write(text())
        case .csv: throw FormatOption.csvRefused
        }
    }

    private static let csvRefused = UsageError(
        message: "this command writes text or json; --format csv is for the list commands.")
}
