import Foundation
import Testing
import TriadInterchange

@Suite("Reading CSV")
struct CSVRecordReaderTests {
    func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("triad-csv-\(UUID().uuidString).csv")
            .path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func records(_ text: String, bom: Bool = false) throws -> [[String]] {
        let reader = try CSVRecordReader(path: try file((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)))
        var all: [[String]] = []
        while let record = try reader.next() { all.append(record.fields) }
        return all
    }

    @Test("quotes, doubled quotes, commas and line breaks inside fields")
    func quoting() throws {
        #expect(
            try records("a,\"b, c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,\n") == [
                ["a", "b, c", "say \"hi\""], ["two\nlines", "x", ""],
            ])
    }

    @Test("CRLF, LF and CR line ends, a byte-order mark, and no final line end")
    func lineEnds() throws {
        #expect(try records("h1,h2\r\n1,2\r\n3,4", bom: true) == [["h1", "h2"], ["1", "2"], ["3", "4"]])
        #expect(try records("a\rb\nc") == [["a"], ["b"], ["c"]])
    }

    @Test("accents and other scripts survive")
    func unicode() throws {
        #expect(try records("Côte d'Ivoire,Türkiye,中国\n") == [["Côte d'Ivoire", "Türkiye", "中国"]])
    }

    @Test("line numbers count the lines of multi-line records")
    func lineNumbers() throws {
        let reader = try CSVRecordReader(path: try file(Array("h\n\"a\nb\"\nc\n".utf8)))
        #expect(try reader.next()?.line == 1)
        #expect(try reader.next()?.line == 2)
        #expect(try reader.next()?.line == 4)
        #expect(try reader.next() == nil)
    }

    @Test("an unclosed quote is an error that names the line")
    func unclosed() throws {
        let reader = try CSVRecordReader(path: try file(Array("a,b\n\"open,c\n".utf8)))
        _ = try reader.next()
        #expect(throws: InterchangeError.self) { try reader.next() }
    }

    @Test("a missing file is an unreadable file")
    func missing() {
        #expect(throws: InterchangeError.unreadable(path: "/nonexistent/x.csv", reason: "no such file")) {
            try CSVRecordReader(path: "/nonexistent/x.csv")
        }
    }
}
