/// A headed part of a report.
public struct ReportSection: Sendable {
    public var heading: String
    public var blocks: [ReportBlock]

    /// Creates a section.
    public init(_ heading: String, _ blocks: [ReportBlock]) {
        self.heading = heading
        self.blocks = blocks
    }
}
