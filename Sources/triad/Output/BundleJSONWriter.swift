import TriadReports
import TriadStore

/// Writes a bundle's JSON as an export hands on its records, so that a database of any size is exported one
/// record at a time: the same text as ``ReportJSON/encode(_:)`` of the whole bundle.
struct BundleJSONWriter {
    /// Raised when records arrive out of the bundle's order (a store's mistake, not the user's).
    struct OutOfOrder: Error, CustomStringConvertible {
        let list: TriadBundle.List
        var description: String { "the export handed on \(list.rawValue) after a later list" }
    }

    private var bundle: JSONStreamWriter
    private var list: TriadBundle.List?
    /// The command being written, whose changes follow it.
    private var command: JSONStreamWriter?

    init(output: @escaping (String) throws -> Void) throws {
        bundle = try JSONStreamWriter(document: TriadBundle(), output: output)
    }

    /// Writes one record, after those of the lists before its own.
    mutating func write(_ record: BundleRecord) throws {
        if record.list != list {
            if let list, record.list < list { throw OutOfOrder(list: record.list) }
            try finishCommand()
            try bundle.open(record.list.rawValue)
            list = record.list
        }
        switch record {
        case .action(let action): try bundle.append(action)
        case .contribution(let contribution): try bundle.append(contribution)
        case .councilSeat(let seat): try bundle.append(seat)
        case .command(let entry):
            try finishCommand()
            var writer = try JSONStreamWriter(element: entry, output: try bundle.elementOutput())
            try writer.open("changes")
            command = writer
        case .change(let change):
            guard command != nil else { throw OutOfOrder(list: .journal) }
            try command?.append(change)
        case .mandate(let mandate): try bundle.append(mandate)
        case .meeting(let meeting): try bundle.append(meeting)
        case .mission(let mission): try bundle.append(mission)
        case .party(let party): try bundle.append(party)
        case .position(let position): try bundle.append(position)
        }
    }

    /// Writes the rest of the bundle.
    mutating func finish() throws {
        try finishCommand()
        try bundle.finish()
    }

    private mutating func finishCommand() throws {
        try command?.finish()
        command = nil
    }
}
