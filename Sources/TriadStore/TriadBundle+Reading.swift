import Foundation
import TriadCore

extension TriadBundle {
    /// Reads a bundle from its JSON, checking every value as the domain does.
    ///
    /// - Throws: ``BundleReadingError/notABundle(_:)`` when the document is not a triad bundle (not JSON,
    ///   no `format`, another format), ``StoreError/invalidBundle(reason:)`` when it is one that this
    ///   triad cannot take: a newer version, or a record with a value the domain refuses, named with
    ///   the record and the value.
    public static func read(_ data: Data) throws -> TriadBundle {
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw BundleReadingError.notABundle(BundleReadingError.describe(error))
        }
        guard header.format == formatName else {
            throw StoreError.invalidBundle(reason: "it is not a triad bundle (format '\(header.format)')")
        }
        guard header.version <= currentVersion else {
            throw StoreError.invalidBundle(
                reason: "it was written by a newer triad (bundle version \(header.version)); upgrade triad")
        }
        do {
            return try JSONDecoder().decode(TriadBundle.self, from: data)
        } catch let error as DecodingError {
            throw StoreError.invalidBundle(reason: BundleReadingError.describe(error, in: data))
        }
    }

    /// What names a document as a bundle, read before the rest.
    private struct Header: Decodable {
        var format: String
        var version: Int
    }
}
