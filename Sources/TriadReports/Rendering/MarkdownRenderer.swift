import Foundation

/// Writes a report document as GitHub-flavoured Markdown: headings, bullet lists and pipe tables.
public enum MarkdownRenderer {
    /// The document as Markdown.
    public static func render(_ document: ReportDocument) -> String {
        let marking = document.marking.map { "**\($0.marking)**\n\n" } ?? ""
        var out = marking + "# \(escape(document.title))\n\n_\(escape(document.subtitle))_\n"
        if let withheld = document.withheld { out += "\n_\(escape(withheld))_\n" }
        if !document.facts.isEmpty { out += "\n" + facts(document.facts) }
        for section in document.sections {
            out += "\n## \(escape(section.heading))\n"
            for block in section.blocks {
                out += "\n"
                switch block {
                case .paragraph(let text):
                    out += escape(text) + "\n"
                case .list(let items):
                    out +=
                        items.map { "- " + ($0.isAlert ? "**\(escape($0.text))**" : escape($0.text)) }
                        .joined(separator: "\n") + "\n"
                case .facts(let list):
                    out += facts(list)
                case .table(let table):
                    out += self.table(table)
                }
            }
        }
        return out + (marking.isEmpty ? "" : "\n" + marking.dropLast())
    }

    private static func facts(_ facts: [ReportFact]) -> String {
        facts.map { fact in
            let value = escape(fact.value)
            return "- **\(escape(fact.label)):** " + (fact.isAlert ? "**\(value)**" : value)
        }.joined(separator: "\n") + "\n"
    }

    private static func table(_ table: ReportTable) -> String {
        guard !table.rows.isEmpty else { return escape(table.emptyText) + "\n" }
        let columns = table.pageColumns
        let header = "| " + columns.map { cell(table.columns[$0].heading) }.joined(separator: " | ") + " |"
        let rule = "|" + columns.map { table.isNumeric($0) ? " ---: |" : " --- |" }.joined()
        let rows = table.rows.map { row in
            "| " + columns.map { cell(row.cells[$0].displayText) }.joined(separator: " | ") + " |"
        }
        return ([header, rule] + rows).joined(separator: "\n") + "\n"
    }

    /// A table cell: pipes escaped, line breaks folded, Markdown markup neutralized.
    private static func cell(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Text with Markdown's special characters escaped, so that user text prints as written.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|":
                out.append("\\")
                out.append(character)
            case _ where character.isNewline:
                out.append(" ")
            default:
                out.append(character)
            }
        }
        return out
    }
}
