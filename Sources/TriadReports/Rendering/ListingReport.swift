/// A report whose JSON holds one list that can run to thousands of entries (the actions of a mandate
/// review or a follow-up), written out an entry at a time.
public protocol ListingReport: Encodable {
    associatedtype Listed: Encodable
    /// The long list.
    static var listing: WritableKeyPath<Self, [Listed]> { get }
    /// Its key in the JSON.
    static var listingKey: String { get }
}

extension ListingReport {
    /// Writes the report's JSON, the same text as ``ReportJSON/encode(_:)``, in pieces to `output`.
    public func writeJSON(to output: (String) throws -> Void) throws {
        try ReportJSON.write(self, streaming: Self.listing, key: Self.listingKey, to: output)
    }
}
