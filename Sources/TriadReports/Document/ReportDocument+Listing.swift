extension ReportDocument {
    /// A listing: one table and, under it, a line that counts it; no title, so that it reads as the table
    /// it is, and a spreadsheet gets the table whole.
    public static func listing(_ table: ReportTable, summary: String? = nil) -> ReportDocument {
        ReportDocument(
            title: "", subtitle: "",
            sections: [ReportSection("", [.table(table)] + (summary.map { [.paragraph($0)] } ?? []))])
    }
}
