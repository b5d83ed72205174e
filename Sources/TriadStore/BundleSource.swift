/// A bundle as an import reads it: its header, how many records each list holds, and each list's records
/// handed on one at a time, so that a bundle file of any size is imported a record at a time
/// (``BundleFile``), as one in memory is (``TriadBundle``).
public protocol BundleSource {
    /// Names the document as a bundle (``TriadBundle/formatName``).
    var format: String { get }
    /// The bundle format's version.
    var version: Int { get }
    /// How many records `list` holds (commands, for the journal).
    func count(of list: TriadBundle.List) -> Int
    /// Hands on the records of `list` in the bundle's order; a journal command comes without its changes,
    /// which follow it one by one.
    /// - Throws: ``StoreError/invalidBundle(reason:)`` for a record this triad cannot take, named.
    func forEach(_ list: TriadBundle.List, _ visit: (BundleRecord) throws -> Void) throws
}
