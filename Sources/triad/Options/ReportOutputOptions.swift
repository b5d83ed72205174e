import ArgumentParser
import Foundation
import TriadReports

extension ReportFormat: ExpressibleByArgument {}

/// `--format`, `--table` and `--output`, which every report takes, and the writing of the report.
struct ReportOutputOptions: ParsableArguments {
    @Option(help: "Output format: text, markdown, json, csv or html.")
    var format: ReportFormat = .text

    @Option(
        help: ArgumentHelp(
            "With --format csv, the table to write (the report's tables are listed in its help).", valueName: "name"))
    var table: String?

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if table != nil && format != .csv {
            throw ValidationError("--table goes with --format csv.")
        }
    }

    /// Writes the report: its model as JSON, or its document in the chosen format (laid out only then).
    func write(_ model: some Encodable, document: @autoclosure () -> ReportDocument, defaultTable: String) throws {
        if format == .json, let listing = model as? any ListingReport {
            // The long list goes out an entry at a time.
            try emit { output in try listing.writeJSON(to: output) }
            return
        }
        let text: String
        switch format {
        case .json:
            text = try ReportJSON.encode(model)
        case .text:
            let console = Console.standardOutput
            let toTerminal = output == nil
            let colored = toTerminal && console.usesColor
            var highlight: @Sendable (String) -> String = { text in text }
            if colored { highlight = { text in Console.red(text) } }
            text = TextRenderer(width: toTerminal ? console.width : nil, highlight: highlight).render(document())
        case .markdown:
            text = MarkdownRenderer.render(document())
        case .html:
            text = HTMLRenderer.render(document())
        case .csv:
            let name = table ?? defaultTable
            let tables = document().tables
            guard let chosen = tables.first(where: { $0.name == name }) else {
                let names = tables.map(\.name).joined(separator: ", ")
                throw UsageError(message: "this report has no table '\(name)'; use --table with one of: \(names).")
            }
            text = CSVRenderer.render(chosen)
        }
        try emit { output in try output(text) }
    }

    /// Hands the report's text to standard output, or to the `--output` file (written whole or not at all).
    private func emit(_ body: (_ output: (String) throws -> Void) throws -> Void) throws {
        guard let output else {
            try body { text in Console.standardOutput.write(text) }
            return
        }
        try OutputFile.write(to: output, body)
        Console.standardError.write("Wrote \(output)\n")
    }
}
