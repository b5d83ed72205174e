import Foundation
import TriadCore

extension TriadBundle {
    /// Reads a bundle from its JSON, checking every value as the domain does: what ``BundleFile`` reads a
    /// record at a time, gathered.
    ///
    /// - Throws: ``BundleReadingError`` when the document is not a triad bundle (not JSON, no `format`) or
    ///   holds a NUL character, ``StoreError/invalidBundle(reason:)`` when it is one that this triad cannot
    ///   take: another format, a newer version, or a record with a value the domain refuses, named with the
    ///   record and the value.
    public static func read(_ data: Data) throws -> TriadBundle {
        let file = try BundleFile(data: data)
        var bundle = TriadBundle()
        bundle.format = file.format
        bundle.version = file.version
        for list in List.allCases { try file.forEach(list) { bundle.append($0) } }
        return bundle
    }
}
