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
        try write(document: document(), defaultTable: defaultTable, rows: nil) { output in
            try output(try ReportJSON.encode(model))
        }
    }

    /// Writes a report whose long list is not held but read a page at a time as the report is written, by
    /// `pages`: as JSON, the list's entries; in the other formats, the document's streamed table, whose rows
    /// `rows` makes of each page.
    func write<Report: ListingReport>(
        _ model: Report, document: @autoclosure () -> ReportDocument, defaultTable: String,
        pages: (_ body: ([Report.Listed]) throws -> Void) throws -> Void, rows: ([Report.Listed]) -> [ReportRow]
    ) throws {
        try withoutActuallyEscaping(pages) { pages in
            try withoutActuallyEscaping(rows) { rows in
                try write(
                    document: document(), defaultTable: defaultTable, rows: { body in try pages { try body(rows($0)) } }
                ) { output in
                    try ReportJSON.write(
                        model, streaming: Report.listing, key: Report.listingKey, pages: pages, to: output)
                }
            }
        }
    }

    /// Writes the document in the chosen format, a streamed table's rows a page of `rows` at a time, or the
    /// JSON `json` writes.
    private func write(
        document: @autoclosure () -> ReportDocument, defaultTable: String, rows: ReportRowPages?,
        json: (_ output: (String) throws -> Void) throws -> Void
    ) throws {
        switch format {
        case .json:
            try emit(json)
        case .text:
            let console = Console.standardOutput
            let toTerminal = output == nil
            let colored = toTerminal && console.usesColor
            var highlight: @Sendable (String) -> String = { text in text }
            if colored { highlight = { text in Console.red(text) } }
            let renderer = TextRenderer(width: toTerminal ? console.width : nil, highlight: highlight)
            try emit { output in try renderer.render(document(), rows: rows, to: output) }
        case .markdown:
            try emit { output in try MarkdownRenderer.render(document(), rows: rows, to: output) }
        case .html:
            try emit { output in try HTMLRenderer.render(document(), rows: rows, to: output) }
        case .csv:
            let name = table ?? defaultTable
            let tables = document().tables
            guard let chosen = tables.first(where: { $0.name == name }) else {
                let names = tables.map(\.name).joined(separator: ", ")
                throw UsageError(message: "this report has no table '\(name)'; use --table with one of: \(names).")
            }
            try emit { output in try CSVRenderer.render(chosen, rows: rows, to: output) }
        }
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
