import Foundation
import TriadCore

/// Reads a contribution CSV file row by row, never whole: each row becomes a checked
/// ``ContributionLine`` or the problems that stop it. A byte-order mark, quoted fields, CRLF line ends
/// and stray spaces are handled; `NA` and empty cells count as zero.
public final class ContributionFileReader: IteratorProtocol {
    /// The path read.
    public let path: String
    /// The column mapping in use.
    public let columns: ContributionColumns
    /// Data rows read so far.
    public private(set) var rowsRead = 0

    /// About how many data rows the file holds (its lines after the header, blank ones included), counted
    /// once when first asked, a megabyte at a time: what a progress line measures against.
    public private(set) lazy var lineCount: Int? = {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        var lines = 0
        var last: UInt8 = 0x0A
        while let chunk = try? file.read(upToCount: 1 << 20), !chunk.isEmpty {
            lines += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            last = chunk.last ?? last
        }
        return max(0, lines + (last == 0x0A ? 0 : 1) - 1)
    }()

    private let reader: CSVRecordReader
    private var isFinished = false
    private let header: [String]
    private let indices:
        (
            date: Int, party: Int, mission: Int, personnel: [(field: String, index: Int?)],
            women: [(field: String, index: Int?)]
        )

    /// Opens a file; `columns` nil means the layout is recognized from the header (the UN layout).
    public init(path: String, columns: ContributionColumns?) throws(InterchangeError) {
        self.path = path
        reader = try CSVRecordReader(path: path)
        header = (try reader.next()?.fields ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !header.isEmpty, header != [""] else { throw .empty(path: path) }
        guard let mapping = columns ?? (ContributionColumns.isUNGender(header) ? .unGender : nil) else {
            throw .unknownLayout(path: path)
        }
        self.columns = mapping
        let names = header
        func index(_ column: String) throws(InterchangeError) -> Int {
            guard let position = names.firstIndex(of: column) else {
                throw .missingColumn(column, path: path, available: names.filter { !$0.isEmpty })
            }
            return position
        }
        var personnel: [(field: String, index: Int?)] = []
        for (field, column) in mapping.personnelColumns {
            personnel.append((field, try column.map(index)))
        }
        var women: [(field: String, index: Int?)] = []
        for (field, column) in mapping.womenColumns {
            women.append((field, try column.map(index)))
        }
        indices = (
            try index(mapping.date), try index(mapping.party), try index(mapping.mission), personnel, women
        )
    }

    /// The next row, or nil at the end of the file; blank rows are passed over, however many there are.
    public func next() -> ContributionImportInput? {
        while !isFinished {
            let record: CSVRecordReader.Record
            do {
                guard let next = try reader.next() else {
                    isFinished = true
                    return nil
                }
                record = next
            } catch {
                isFinished = true
                return .problems([ImportProblem(kind: "unreadable CSV", detail: error.message, line: 0)])
            }
            if record.fields.allSatisfy({ ContributionFileReader.trimmed($0).isEmpty }) { continue }
            rowsRead += 1
            return item(record.fields, line: record.line)
        }
        return nil
    }

    /// The text without surrounding spaces and tabs; most cells have none, and are returned as they are.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        let isBlank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard let first = utf8.first, let last = utf8.last, isBlank(first) || isBlank(last) else { return text }
        guard let start = utf8.firstIndex(where: { !isBlank($0) }), let end = utf8.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(text[start...end])
    }

    private func item(_ row: [String], line: Int) -> ContributionImportInput {
        var problems: [ImportProblem] = []
        func cell(_ index: Int) -> String {
            index < row.count ? ContributionFileReader.trimmed(row[index]) : ""
        }
        let mission = cell(indices.mission).uppercased()
        let party = cell(indices.party).uppercased()
        if mission.isEmpty { problems.append(ImportProblem(kind: "missing mission", detail: "", line: line)) }
        if party.isEmpty { problems.append(ImportProblem(kind: "missing party", detail: "", line: line)) }
        var day: Day?
        do {
            day = try Day(parsing: cell(indices.date))
        } catch {
            problems.append(ImportProblem(kind: "impossible date", detail: "'\(cell(indices.date))'", line: line))
        }
        func counts(_ columns: [(field: String, index: Int?)]) -> [Int] {
            columns.map { field, index in
                let text = index.map(cell) ?? ""
                if text.isEmpty || text.uppercased() == "NA" { return 0 }
                guard let value = Int(text) else {
                    problems.append(ImportProblem(kind: "not a number", detail: "'\(text)' for \(field)", line: line))
                    return 0
                }
                if value < 0 {
                    problems.append(ImportProblem(kind: "negative number", detail: "of \(field)", line: line))
                }
                return value
            }
        }
        let totals = counts(indices.personnel)
        let womenCounts = counts(indices.women)
        guard problems.isEmpty, let day,
            let personnel = try? Personnel(
                troops: totals[0], staffOfficers: totals[1], experts: totals[2], police: totals[3],
                formedPolice: totals[4]),
            let women = try? Personnel(
                troops: womenCounts[0], staffOfficers: womenCounts[1], experts: womenCounts[2], police: womenCounts[3],
                formedPolice: womenCounts[4])
        else { return .problems(problems) }
        for type in PersonnelType.allCases where women[type] > personnel[type] {
            problems.append(
                ImportProblem(
                    kind: "more women than personnel",
                    detail: "\(women[type]) women among \(personnel[type]) \(type.label)", line: line))
        }
        guard problems.isEmpty else { return .problems(problems) }
        return .line(
            ContributionLine(line: line, mission: mission, party: party, asOf: day, personnel: personnel, women: women))
    }
}
