import Foundation

/// Writes a JSON document as ``ReportJSON`` encodes it, with its long arrays written an element at a time.
///
/// The document is encoded with those arrays empty (the template); each array is then opened in the
/// template's order and its elements appended, so that only one element is held at a time, and the text is
/// byte for byte what ``ReportJSON/encode(_:)`` writes for the whole value. An element may itself be written
/// by a writer of its own (``elementOutput()``), for an array inside an array.
public struct JSONStreamWriter {
    /// Raised when the rest of the template has no empty array of that name at the start of a line, or more
    /// than one.
    public struct MissingArray: Error, CustomStringConvertible {
        public let key: String
        public var description: String { "the JSON has no single empty array \"\(key)\" to write into" }
    }

    private let template: String
    /// How much of the template has been written.
    private var written: String.Index
    private let output: LineIndenter
    private let buffer: OutputBuffer
    private var array: OpenArray?
    private let encoder = ReportJSON.encoder

    /// An array being filled: where its empty form ends in the template, its key's indentation, and how
    /// many elements it has.
    private struct OpenArray {
        let close: String.Index
        let indent: String
        var count = 0
    }

    /// A writer of the document `value`, whose arrays are to be filled, to `output`; the document ends with
    /// a new line, as ``ReportJSON/encode(_:)`` ends it.
    public init(document value: some Encodable, output: @escaping (String) throws -> Void) throws {
        try self.init(value, ending: "\n", output: output)
    }

    /// A writer of `value` as an element of an array another writer fills (to its ``elementOutput()``).
    public init(element value: some Encodable, output: @escaping (String) throws -> Void) throws {
        try self.init(value, ending: "", output: output)
    }

    private init(_ value: some Encodable, ending: String, output: @escaping (String) throws -> Void) throws {
        template = String(decoding: try encoder.encode(value), as: UTF8.self) + ending
        written = template.startIndex
        buffer = OutputBuffer(output: output)
        self.output = LineIndenter(prefix: "", output: buffer.write)
    }

    /// Writes the template up to the array named `key` (closing the array before it), which elements then fill.
    /// The rest of the template must hold exactly one empty array of that name at the start of a line; if it
    /// does not, nothing is written and ``MissingArray`` is thrown.
    ///
    /// A key may name its parent object first (`actions.items`), for an array whose name other objects use too: the
    /// parent must then be named once in the rest of the template, and the array is the first of that name after it.
    public mutating func open(_ key: String) throws {
        var candidates: [(found: Range<String.Index>, close: String.Index, indent: Substring)] = []
        var search = array?.close ?? written
        var name = key
        var inParent = false
        if let dot = key.lastIndex(of: ".") {
            let parent = "\"\(key[..<dot])\" : {"
            name = String(key[key.index(after: dot)...])
            guard let found = template[search...].range(of: parent),
                template[found.upperBound...].range(of: parent) == nil
            else { throw MissingArray(key: key) }
            search = found.upperBound
            inParent = true
        }
        while let found = template[search...].range(of: "\"\(name)\" : [") {
            let lineStart = template[..<found.lowerBound].lastIndex(of: "\n").map { template.index(after: $0) }
            let indent = template[(lineStart ?? template.startIndex)..<found.lowerBound]
            if indent.allSatisfy({ $0 == " " }), let close = template[found.upperBound...].firstIndex(of: "]"),
                template[found.upperBound..<close].allSatisfy(\.isWhitespace)
            {
                candidates.append((found, close, indent))
            }
            search = found.upperBound
        }
        guard candidates.count == 1 || inParent, let chosen = candidates.first else { throw MissingArray(key: key) }
        try closeArray()
        try output.write(String(template[written..<chosen.found.upperBound]))
        written = chosen.found.upperBound
        array = OpenArray(close: chosen.close, indent: String(chosen.indent))
    }

    /// Appends an element to the open array.
    public mutating func append(_ element: some Encodable) throws {
        try elementOutput()(String(decoding: try encoder.encode(element), as: UTF8.self))
    }

    /// Starts an element of the open array and returns where to write its JSON (as encoded on its own: it is
    /// indented to its place), for an element written in pieces, such as by a writer of its own.
    public mutating func elementOutput() throws -> (String) throws -> Void {
        guard var open = array else { throw MissingArray(key: "(none open)") }
        try output.write(open.count == 0 ? "\n" : ",\n")
        open.count += 1
        array = open
        return LineIndenter(prefix: open.indent + "  ", output: output.write).write
    }

    /// Writes the rest of the template, closing the open array.
    public mutating func finish() throws {
        try closeArray()
        try output.write(String(template[written...]))
        written = template.endIndex
        try buffer.flush()
    }

    private mutating func closeArray() throws {
        guard let open = array else { return }
        // An empty array as the encoder writes it (a blank line inside), else a new line before its bracket.
        try output.write(open.count == 0 ? String(template[written..<open.close]) : "\n" + open.indent)
        written = open.close
        array = nil
    }
}

/// Writes text with `prefix` at the start of every line but an empty one (as the encoder leaves the blank
/// line of an empty array or object), whatever the pieces the text comes in.
private final class LineIndenter {
    private let prefix: String
    private let output: (String) throws -> Void
    private var atLineStart = false

    init(prefix: String, output: @escaping (String) throws -> Void) {
        self.prefix = prefix
        self.output = output
        // The first piece continues the line the element was started on: its separator ends with a new line.
        atLineStart = !prefix.isEmpty
    }

    func write(_ text: String) throws {
        guard !prefix.isEmpty else { return try output(text) }
        var result = ""
        result.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.offset > 0 {
                result += "\n"
                atLineStart = true
            }
            if atLineStart, !line.element.isEmpty {
                result += prefix
                atLineStart = false
            }
            result += line.element
        }
        try output(result)
    }
}

/// Gathers small pieces of text into writes of 64 KiB.
private final class OutputBuffer {
    private let output: (String) throws -> Void
    private var pending = ""

    init(output: @escaping (String) throws -> Void) {
        self.output = output
    }

    func write(_ text: String) throws {
        pending += text
        if pending.utf8.count >= 1 << 16 { try flush() }
    }

    func flush() throws {
        guard !pending.isEmpty else { return }
        let text = pending
        pending = ""
        try output(text)
    }
}
