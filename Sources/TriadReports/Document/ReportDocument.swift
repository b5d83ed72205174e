import TriadCore

/// A report laid out for reading, independent of format: a title, labelled facts, and sections of
/// paragraphs, lists and tables. Every format except JSON renders this same document, so the
/// numbers cannot differ between formats.
public struct ReportDocument: Sendable {
    /// The report's title ("Mandate review: MINUSCA").
    public var title: String
    /// A line under the title ("As of 2025-11-01").
    public var subtitle: String
    /// Labelled facts under the title.
    public var facts: [ReportFact]
    /// The body.
    public var sections: [ReportSection]
    /// The highest level of what the document holds, which a printed page shows at its top and bottom; nil
    /// when nothing in it is classified.
    public var marking: Classification?
    /// The one line that counts what a reading up to a level left out, if it left anything.
    public var withheld: String?

    /// Creates a document.
    public init(title: String, subtitle: String, facts: [ReportFact] = [], sections: [ReportSection] = []) {
        self.title = title
        self.subtitle = subtitle
        self.facts = facts
        self.sections = sections
    }

    /// The tables of the document, by name, for CSV.
    public var tables: [ReportTable] {
        sections.flatMap { section in
            section.blocks.compactMap { block in
                if case .table(let table) = block { return table }
                return nil
            }
        }
    }
}
