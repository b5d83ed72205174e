import Foundation
import PropertyBased
import Testing
import TriadInterchange
import TriadReports

/// Whatever triad writes as CSV, it reads back field for field: commas, quotes, line breaks, accents.
@Suite("CSV properties")
struct CSVPropertyTests {
    static let field = Gen.element(of: Array("ab Z9,\"\n\r;é中\t'|")).compactMap { $0 }.string(of: 0...12)

    @Test("a table written by the CSV renderer reads back exactly")
    func roundTrip() async throws {
        await propertyCheck(count: 300, input: CSVPropertyTests.field.array(of: 1...5).array(of: 1...6)) { cells in
            let width = cells.map(\.count).max() ?? 1
            let rows = cells.map { row in row + Array(repeating: "", count: width - row.count) }
            let table = ReportTable(
                name: "t", columns: (0..<width).map { ReportColumn("c\($0)") },
                rows: rows.map { ReportRow($0.map { ReportCell.text($0) }) })
            let path = FileManager.default.temporaryDirectory.appendingPathComponent(
                "triad-prop-\(UUID().uuidString).csv"
            ).path
            defer { try? FileManager.default.removeItem(atPath: path) }
            do {
                try Data(CSVRenderer.render(table).utf8).write(to: URL(fileURLWithPath: path))
                let reader = try CSVRecordReader(path: path)
                var read: [[String]] = []
                while let record = try reader.next() { read.append(record.fields) }
                #expect(read == [table.columns.map(\.heading)] + rows)
            } catch {
                Issue.record("\(error)")
            }
        }
    }
}

@Suite("CSV regressions")
struct CSVRegressionTests {
    @Test("a CRLF inside a field is one Character in Swift and must still be quoted (found by the property test)")
    func crlfInField() throws {
        let table = ReportTable(name: "t", columns: ["c"], rows: [ReportRow([.text("line one\r\nline two")])])
        #expect(CSVRenderer.render(table) == "\u{FEFF}c\r\n\"line one\r\nline two\"\r\n")
    }
}
