import Foundation

/// The layout of a JSON document read from its bytes without decoding it: where each value starts and ends,
/// the members of an object and the elements of an array, so that a document larger than memory is read a
/// value at a time. It reads forwards through a window of a megabyte, from a file or from bytes in memory.
/// It checks the structure (brackets, strings, commas, colons); each value's content is left to its decoder.
final class JSONLayout {
    /// A document whose structure is broken, with the byte where it breaks.
    struct Malformed: Error {
        let reason: String
        let offset: Int
    }

    private enum Storage {
        case memory(Data)
        case file(Int32)
    }

    private let storage: Storage
    /// The document's length in bytes.
    let size: Int
    /// Whether a string holds the escape of a NUL character (`\u0000`), seen by any pass so far.
    private(set) var holdsNul = false
    private var window: [UInt8] = []
    private var windowStart = 0

    /// The document held in `data`.
    init(data: Data) {
        storage = .memory(data)
        size = data.count
    }

    /// The document in the open file `descriptor` of `size` bytes (closed with the layout).
    init(descriptor: Int32, size: Int) {
        storage = .file(descriptor)
        self.size = size
    }

    deinit {
        if case .file(let descriptor) = storage { close(descriptor) }
    }

    /// The bytes of `range`.
    func bytes(_ range: Range<Int>) throws -> Data {
        switch storage {
        case .memory(let data):
            return data.subdata(in: (data.startIndex + range.lowerBound)..<(data.startIndex + range.upperBound))
        case .file(let descriptor):
            var data = Data(count: range.count)
            let read = data.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress, range.count, off_t(range.lowerBound))
            }
            guard read == range.count else {
                throw Malformed(reason: "the file could not be read", offset: range.lowerBound)
            }
            return data
        }
    }

    /// The byte at `offset`, nil past the end.
    @inline(__always) private func byte(_ offset: Int) throws -> UInt8? {
        guard offset < size else { return nil }
        if offset < windowStart || offset >= windowStart + window.count { try load(at: offset) }
        return window[offset - windowStart]
    }

    private func load(at offset: Int) throws {
        windowStart = offset
        window = [UInt8](try bytes(offset..<min(size, offset + (1 << 20))))
    }

    /// The first byte at or after `offset` that is not white space (the size at the end).
    func skipSpace(_ offset: Int) throws -> Int {
        var offset = offset
        while let byte = try byte(offset), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { offset += 1 }
        return offset
    }

    /// The byte at `offset`, which must be there.
    func byte(at offset: Int) throws -> UInt8 {
        guard let byte = try byte(offset) else { throw Malformed(reason: "the document ends too soon", offset: offset) }
        return byte
    }

    /// Where the value starting at `offset` (not white space) ends: just after it.
    func endOfValue(_ offset: Int) throws -> Int {
        switch try byte(at: offset) {
        case UInt8(ascii: "\""): return try endOfString(offset)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var offset = offset
            while true {
                switch try byte(at: offset) {
                case UInt8(ascii: "\""):
                    offset = try endOfString(offset)
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return offset + 1 }
                default: break
                }
                offset += 1
            }
        default:
            // A number, true, false or null: up to the next delimiter.
            var end = offset
            while let byte = try byte(end),
                !(byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte == 0x20
                    || byte == 0x0A || byte == 0x0D || byte == 0x09)
            {
                end += 1
            }
            guard end > offset else { throw Malformed(reason: "a value is missing", offset: offset) }
            return end
        }
    }

    /// Where the string whose opening quote is at `offset` ends: just after its closing quote.
    private func endOfString(_ offset: Int) throws -> Int {
        var offset = offset + 1
        while true {
            switch try byte(at: offset) {
            case UInt8(ascii: "\""): return offset + 1
            case UInt8(ascii: "\\"):
                if try byte(at: offset + 1) == UInt8(ascii: "u"),
                    try (2...5).allSatisfy({ try byte(at: offset + $0) == UInt8(ascii: "0") })
                {
                    holdsNul = true
                }
                offset += 2
            default: offset += 1
            }
        }
    }

    /// Hands on each member of the object whose `{` is at `offset`: its key's bytes (quoted) and its value's
    /// range. Returns where the object ends.
    @discardableResult
    func members(ofObjectAt offset: Int, _ visit: (_ key: Data, _ value: Range<Int>) throws -> Void) throws -> Int {
        try items(at: offset, open: UInt8(ascii: "{"), close: UInt8(ascii: "}")) { start in
            guard try byte(at: start) == UInt8(ascii: "\"") else {
                throw Malformed(reason: "a member's name must be a string", offset: start)
            }
            let keyEnd = try endOfString(start)
            let colon = try skipSpace(keyEnd)
            guard try byte(at: colon) == UInt8(ascii: ":") else {
                throw Malformed(reason: "a ':' is missing after a member's name", offset: colon)
            }
            let valueStart = try skipSpace(colon + 1)
            let valueEnd = try endOfValue(valueStart)
            try visit(try bytes(start..<keyEnd), valueStart..<valueEnd)
            return valueEnd
        }
    }

    /// Hands on the range of each element of the array whose `[` is at `offset`. Returns where it ends.
    @discardableResult
    func elements(ofArrayAt offset: Int, _ visit: (Range<Int>) throws -> Void) throws -> Int {
        try items(at: offset, open: UInt8(ascii: "["), close: UInt8(ascii: "]")) { start in
            let end = try endOfValue(start)
            try visit(start..<end)
            return end
        }
    }

    /// The items of an object or array between `open` and `close`, separated by commas, each read by `item`
    /// from its first byte to just after it.
    private func items(at offset: Int, open: UInt8, close: UInt8, _ item: (Int) throws -> Int) throws -> Int {
        guard try byte(at: offset) == open else {
            throw Malformed(reason: "'\(Character(Unicode.Scalar(open)))' expected", offset: offset)
        }
        var next = try skipSpace(offset + 1)
        if try byte(at: next) == close { return next + 1 }
        while true {
            next = try skipSpace(try item(next))
            switch try byte(at: next) {
            case close: return next + 1
            case UInt8(ascii: ","): next = try skipSpace(next + 1)
            default: throw Malformed(reason: "a ',' or '\(Character(Unicode.Scalar(close)))' is missing", offset: next)
            }
        }
    }
}
