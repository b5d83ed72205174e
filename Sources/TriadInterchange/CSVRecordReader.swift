import Foundation

/// Reads RFC 4180 CSV from a file in 64 KiB chunks, one record at a time: quoted fields with commas,
/// doubled quotes and line breaks, CRLF, LF or CR line ends, and a leading UTF-8 byte-order mark.
///
/// Written here rather than taken from a package because the listed CSV package reports a read error at
/// the end of every file on Linux's Foundation, and because imports read millions of rows: this reader
/// works on bytes and makes one `String` per field.
public final class CSVRecordReader {
    /// A record and the line of the file it starts on.
    public struct Record: Sendable {
        public var fields: [String]
        public var line: Int
    }

    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var line = 1
    private var isFirstChunk = true
    private let path: String

    /// Opens a file for reading.
    public init(path: String) throws(InterchangeError) {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw .unreadable(path: path, reason: exists ? "permission denied" : "no such file")
        }
        self.handle = handle
    }

    deinit {
        try? handle.close()
    }

    /// The next record, or nil at the end of the file.
    public func next() throws(InterchangeError) -> Record? {
        guard try fill() else { return nil }
        let start = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        while true {
            guard try fill() else {
                if quoted { throw .malformed(path: path, line: start, reason: "a quoted field is not closed") }
                fields.append(String(decoding: field, as: UTF8.self))
                return Record(fields: fields, line: start)
            }
            let byte = buffer[position]
            position += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if try fill(), buffer[position] == UInt8(ascii: "\"") {
                        field.append(byte)
                        position += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            case UInt8(ascii: "\"") where field.allSatisfy({ $0 == UInt8(ascii: " ") }):
                field.removeAll(keepingCapacity: true)
                quoted = true
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                if byte == UInt8(ascii: "\r"), try fill(), buffer[position] == UInt8(ascii: "\n") { position += 1 }
                line += 1
                fields.append(String(decoding: field, as: UTF8.self))
                return Record(fields: fields, line: start)
            default:
                field.append(byte)
            }
        }
    }

    /// Makes sure a byte is available at `position`; false at the end of the file.
    private func fill() throws(InterchangeError) -> Bool {
        if position < buffer.count { return true }
        if atEnd { return false }
        let chunk: Data
        do {
            chunk = try handle.read(upToCount: 65_536) ?? Data()
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        buffer = Array(chunk)
        position = 0
        if isFirstChunk {
            isFirstChunk = false
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        }
        if buffer.count <= position {
            atEnd = true
            return false
        }
        return true
    }
}
