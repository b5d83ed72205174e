import Foundation
import Testing
import TriadCore
import TriadInterchange

@Suite("Reading contribution files")
struct ContributionFileReaderTests {
    static let unHeader =
        "\"\",\"Date\",\"Contributor\",\"Contributor ISO-3\",\"Mission\",\"Individual Police Male\",\"Individual Police Female\","
        + "\"Individual Police Total\",\"Formed Police Units Male\",\"Formed Police Units Female\",\"Formed Police Units Total\","
        + "\"Experts on Mission Male\",\"Experts on Mission Female\",\"Experts on Mission Total\",\"Troops Male\","
        + "\"Troops Female\",\"Troops Total\",\"Total Male\",\"Total Female\",\"Total Total\""

    func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "triad-contrib-\(UUID().uuidString).csv"
        ).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func items(_ reader: ContributionFileReader) -> [ContributionImportInput] {
        var all: [ContributionImportInput] = []
        while let item = reader.next() { all.append(item) }
        return all
    }

    @Test("a million blank rows are passed over without growing the stack")
    func manyBlankRows() throws {
        let text =
            ContributionFileReaderTests.unHeader + "\n" + String(repeating: ",,\n", count: 1_000_000)
            + "\"1\",2013-12-31,\"Rwanda\",\"RWA\",\"UNMISS\",0,0,0,0,0,0,0,0,0,800,40,840,,,840\n"
        let reader = try ContributionFileReader(path: try file(text), columns: nil)
        let all = items(reader)
        #expect(all.count == 1)
        guard case .line(let line) = all.first else {
            Issue.record("expected the one row after the blank ones")
            return
        }
        #expect(line.line == 1_000_002 && line.personnel.troops == 840)
    }

    @Test("the UN layout's female columns are the women of each type; more women than the total is a problem")
    func women() throws {
        let text =
            ContributionFileReaderTests.unHeader + "\n"
            + "\"1\",2013-12-31,\"Rwanda\",\"RWA\",\"UNMISS\",10,2,12,100,20,120,1,3,4,800,40,840,,,976\n"
            + "\"2\",2013-12-31,\"Nepal\",\"NPL\",\"UNMISS\",0,0,0,0,0,0,0,0,0,0,41,40,,,40\n"
            + "\"3\",2013-12-31,\"Ghana\",\"GHA\",\"UNMISS\",0,0,0,0,0,0,0,0,0,0,40,40,,,40\n"
        let all = items(try ContributionFileReader(path: try file(text), columns: nil))
        guard all.count == 3, case .line(let rwanda) = all[0], case .problems(let problems) = all[1],
            case .line(let ghana) = all[2]
        else {
            Issue.record("expected a line, a problem and a line: \(all)")
            return
        }
        #expect(rwanda.women == (try Personnel(troops: 40, experts: 3, police: 2, formedPolice: 20)))
        #expect(problems.map(\.kind) == ["more women than personnel"])
        #expect(problems.first?.detail == "41 women among 40 troops")
        #expect(ghana.women.troops == 40)
    }

    @Test("the UN layout is recognized; NA and empty count as zero; stray spaces are trimmed")
    func unLayout() throws {
        let text =
            ContributionFileReaderTests.unHeader + "\r\n"
            + "\"1\",2013-12-31,\"Rwanda\",\" rwa \",\"UNMISS\",10,2,12,NA,NA,NA,1,0,1,800,40,840,,,853\r\n"
        let reader = try ContributionFileReader(path: try file(text), columns: nil)
        #expect(reader.columns == .unGender)
        guard case .line(let line) = items(reader).first else {
            Issue.record("expected a line")
            return
        }
        #expect(line.party == "RWA" && line.mission == "UNMISS" && line.line == 2)
        #expect(line.personnel == (try Personnel(troops: 840, experts: 1, police: 12, formedPolice: 0)))
        #expect(line.personnel.total == 853)
    }

    @Test("bad values become problems with their line, not lines")
    func problems() throws {
        let text =
            "date,iso,mission,troops\n2025-02-30,RWA,MINUSCA,5\n2025-01-31,PAK,MINUSCA,-3\n2025-01-31,BGD,MINUSCA,many\n,,,\n"
        let reader = try ContributionFileReader(
            path: try file(text),
            columns: ContributionColumns(date: "date", party: "iso", mission: "mission", troops: "troops"))
        let problems = items(reader).flatMap { item -> [ImportProblem] in
            if case .problems(let list) = item { return list }
            return []
        }
        #expect(problems.map(\.kind) == ["impossible date", "negative number", "not a number"])
        #expect(problems.map(\.line) == [2, 3, 4])
        #expect(reader.rowsRead == 3)
    }

    @Test("an unknown layout without columns, or a column missing from the header, is refused")
    func layouts() throws {
        let path = try file("a,b,c\n1,2,3\n")
        #expect(throws: InterchangeError.unknownLayout(path: path)) {
            try ContributionFileReader(path: path, columns: nil)
        }
        #expect(throws: InterchangeError.missingColumn("date", path: path, available: ["a", "b", "c"])) {
            try ContributionFileReader(
                path: path, columns: ContributionColumns(date: "date", party: "a", mission: "b", troops: "c"))
        }
        let empty = try file("")
        #expect(throws: InterchangeError.empty(path: empty)) { try ContributionFileReader(path: empty, columns: nil) }
    }
}
