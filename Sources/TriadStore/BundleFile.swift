import Foundation
import TriadCore

/// A bundle read from its JSON a record at a time, whatever its size: one pass over the bytes finds the header
/// and where each list lies (counting its records), then each list is decoded record by record as an import
/// asks for it, a journal command's changes one by one. Every value is checked as the domain checks it as it is
/// decoded; a record this triad cannot take is named (``StoreError/invalidBundle(reason:)``).
public final class BundleFile: BundleSource {
    public let format: String
    public let version: Int
    private let layout: JSONLayout
    private let decoder = JSONDecoder()
    /// Where each list's array starts, and how many records it holds.
    private let lists: [TriadBundle.List: (start: Int, count: Int)]

    /// Reads the layout of the bundle in `path`; `progress` hears of the bytes read so far and the file's size.
    /// - Throws: ``BundleReadingError``: the file cannot be read, holds a NUL character, or is not a bundle
    ///   (not JSON, no `format`); ``StoreError/invalidBundle(reason:)`` for a bundle this triad cannot take
    ///   (another format, a newer version, a list missing).
    public convenience init(path: String, progress: (_ read: Int, _ size: Int) -> Void = { _, _ in }) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw BundleReadingError.unreadable(errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw BundleReadingError.unreadable("not a file")
        }
        try self.init(layout: JSONLayout(descriptor: descriptor, size: Int(status.st_size)), progress: progress)
    }

    /// Reads the layout of the bundle held in `data`.
    public convenience init(data: Data) throws {
        try self.init(layout: JSONLayout(data: data), progress: { _, _ in })
    }

    private init(layout: JSONLayout, progress: (Int, Int) -> Void) throws {
        self.layout = layout
        var header: [String: Data] = [:]
        var lists: [TriadBundle.List: (start: Int, count: Int)] = [:]
        do {
            let start = try layout.skipSpace(0)
            guard start < layout.size, try layout.byte(at: start) == UInt8(ascii: "{") else {
                throw BundleReadingError.notABundle("not a JSON object")
            }
            let end = try layout.members(ofObjectAt: start) { key, value in
                let name = try JSONDecoder().decode(String.self, from: key)
                if let list = TriadBundle.List(rawValue: name) {
                    guard try layout.byte(at: value.lowerBound) == UInt8(ascii: "[") else {
                        lists[list] = (-1, 0)
                        return
                    }
                    var count = 0
                    try layout.elements(ofArrayAt: value.lowerBound) { element in
                        count += 1
                        if count % 1_000 == 0 { progress(element.upperBound, layout.size) }
                    }
                    lists[list] = (value.lowerBound, count)
                } else if name == "format" || name == "version" {
                    header[name] = try layout.bytes(value)
                }
            }
            guard try layout.skipSpace(end) == layout.size else {
                throw JSONLayout.Malformed(reason: "something follows the document", offset: end)
            }
            progress(layout.size, layout.size)
        } catch let malformed as JSONLayout.Malformed {
            throw BundleReadingError.notABundle("not valid JSON: \(malformed.reason), at byte \(malformed.offset + 1)")
        } catch is DecodingError {
            throw BundleReadingError.notABundle("not valid JSON: a member's name cannot be read")
        }
        if layout.holdsNul { throw BundleReadingError.holdsNul }
        guard let formatBytes = header["format"] else { throw BundleReadingError.notABundle("missing 'format'") }
        guard let format = try? JSONDecoder().decode(String.self, from: formatBytes) else {
            throw BundleReadingError.notABundle("wrong value at format")
        }
        guard format == TriadBundle.formatName else {
            throw StoreError.invalidBundle(reason: "it is not a triad bundle (format '\(format)')")
        }
        guard let versionBytes = header["version"] else { throw BundleReadingError.notABundle("missing 'version'") }
        guard let version = try? JSONDecoder().decode(Int.self, from: versionBytes) else {
            throw BundleReadingError.notABundle("wrong value at version")
        }
        guard version <= TriadBundle.currentVersion else {
            throw StoreError.invalidBundle(
                reason: "it was written by a newer triad (bundle version \(version)); upgrade triad")
        }
        for list in TriadBundle.List.allCases {
            guard let found = lists[list] else {
                if version < list.since { continue }
                throw StoreError.invalidBundle(reason: "its '\(list.rawValue)' is missing")
            }
            guard found.start >= 0 else {
                throw StoreError.invalidBundle(reason: "its '\(list.rawValue)' is not a list")
            }
        }
        self.format = format
        self.version = version
        self.lists = lists
    }

    public func count(of list: TriadBundle.List) -> Int {
        lists[list]?.count ?? 0
    }

    public func forEach(_ list: TriadBundle.List, _ visit: (BundleRecord) throws -> Void) throws {
        guard let start = lists[list]?.start, start >= 0 else { return }
        var index = 0
        try mapped {
            try layout.elements(ofArrayAt: start) { range in
                defer { index += 1 }
                // A command is read member by member: its changes can run to tens of megabytes.
                if list == .journal { return try command(at: range, index: index, visit) }
                let bytes = try layout.bytes(range)
                func decoded<Record: Decodable>(_ type: Record.Type) throws -> Record {
                    try decode(type, from: bytes, list: list, index: index)
                }
                switch list {
                case .actions: try visit(.action(try decoded(TriadBundle.Action.self)))
                case .contributions: try visit(.contribution(try decoded(TriadBundle.Contribution.self)))
                case .councilSeats: try visit(.councilSeat(try decoded(TriadBundle.Seat.self)))
                case .journal: break
                case .mandates: try visit(.mandate(try decoded(TriadBundle.Mandate.self)))
                case .meetings: try visit(.meeting(try decoded(TriadBundle.Meeting.self)))
                case .missions: try visit(.mission(try decoded(TriadBundle.Mission.self)))
                case .parties: try visit(.party(try decoded(TriadBundle.Party.self)))
                case .positions: try visit(.position(try decoded(TriadBundle.Position.self)))
                }
            }
        }
    }

    /// A journal command: its fields but its changes first, then each change, never all of them at once.
    private func command(at range: Range<Int>, index: Int, _ visit: (BundleRecord) throws -> Void) throws {
        var fields: [String] = []
        var changes: Range<Int>?
        do {
            try layout.members(ofObjectAt: range.lowerBound) { key, value in
                if String(decoding: key, as: UTF8.self) == "\"changes\"" {
                    changes = value
                } else {
                    fields.append(
                        String(decoding: key, as: UTF8.self) + ":"
                            + String(decoding: try layout.bytes(value), as: UTF8.self))
                }
            }
        } catch let malformed as JSONLayout.Malformed {
            // The first pass checked the lists' brackets, not what lies inside a command.
            throw StoreError.invalidBundle(
                reason: "journal command \(index + 1) of the bundle is not a valid JSON object (\(malformed.reason))")
        }
        // The command without its changes, decoded as the bundle's command is, then the changes one by one.
        let header = Data(("{" + (fields + ["\"changes\":[]"]).joined(separator: ",") + "}").utf8)
        let entry = try decode(TriadBundle.Command.self, from: header, list: .journal, index: index)
        try visit(.command(entry))
        guard let changes else { return }
        guard try layout.byte(at: changes.lowerBound) == UInt8(ascii: "[") else {
            throw StoreError.invalidBundle(
                reason:
                    "journal command \(index + 1) of the bundle ('\(entry.uuid)'), changes: a value of the wrong type")
        }
        var position = 0
        try layout.elements(ofArrayAt: changes.lowerBound) { change in
            defer { position += 1 }
            let bytes = try layout.bytes(change)
            do {
                try visit(.change(try decoder.decode(TriadBundle.Change.self, from: bytes)))
            } catch let error as DecodingError {
                throw StoreError.invalidBundle(
                    reason: BundleReadingError.describe(
                        error, list: TriadBundle.List.journal.rawValue, index: index, record: header,
                        within: ".changes[\(position + 1)]"))
            }
        }
    }

    /// A record decoded, a decoding error turned into a sentence that names it.
    private func decode<Record: Decodable>(_ type: Record.Type, from bytes: Data, list: TriadBundle.List, index: Int)
        throws -> Record
    {
        do {
            return try decoder.decode(type, from: bytes)
        } catch let error as DecodingError {
            throw StoreError.invalidBundle(
                reason: BundleReadingError.describe(error, list: list.rawValue, index: index, record: bytes))
        }
    }

    /// A structural fault met while reading a list (the first pass found none, so the file changed since).
    private func mapped(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let malformed as JSONLayout.Malformed {
            throw StoreError.invalidBundle(
                reason: "it changed while it was read (\(malformed.reason) at byte \(malformed.offset + 1))")
        }
    }
}
