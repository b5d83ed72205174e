/// The rows of a document's streamed table (``ReportTable/streamed``), handed to `body` a page at a time, in
/// order, while a renderer writes the table.
public typealias ReportRowPages = (_ body: ([ReportRow]) throws -> Void) throws -> Void
