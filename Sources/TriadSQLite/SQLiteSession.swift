import GRDB
import TriadCore
import TriadStore

/// One transaction's view of the database: the statements a read or a write runs, on the connection it
/// holds. As a reader it sees one snapshot, so it keeps the parties and missions it has looked up and
/// asks for each only once, however many questions of a report name it.
struct SQLiteSession {
    let db: Database
    private let lookups: LookupCache?

    /// A session on `db`; `caching` look-ups is for reads only, where nothing can change them.
    init(_ db: Database, caching: Bool) {
        self.db = db
        lookups = caching ? LookupCache() : nil
    }

    /// The parties and missions a read has looked up, by the name it was given in.
    final class LookupCache {
        var parties: [String: PartyRecord] = [:]
        var missions: [String: MissionRecord] = [:]
    }

    /// The record of `key` if a read has looked it up already.
    func cachedRecord<Record>(_ path: ReferenceWritableKeyPath<LookupCache, [String: Record]>, _ key: String) -> Record?
    {
        lookups?[keyPath: path][key]
    }

    /// The record of `key` from the cache, or from `fetch` (and then cached).
    func cached<Record>(
        _ path: ReferenceWritableKeyPath<LookupCache, [String: Record]>, _ key: String, _ fetch: () throws -> Record
    ) rethrows -> Record {
        guard let lookups else { return try fetch() }
        if let record = lookups[keyPath: path][key] { return record }
        let record = try fetch()
        lookups[keyPath: path][key] = record
        return record
    }
}
