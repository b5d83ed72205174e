/// A piece of a section.
public enum ReportBlock: Sendable {
    /// A paragraph of text.
    case paragraph(String)
    /// A bulleted list; alert items are the ones to act on.
    case list([ReportListItem])
    /// A table.
    case table(ReportTable)
    /// Labelled values.
    case facts([ReportFact])
}
