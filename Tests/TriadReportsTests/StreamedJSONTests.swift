import Foundation
import Testing
import TriadCore
import TriadReports

/// The reports with a long list write their JSON an entry at a time; the text must be the encoder's own.
@Suite("JSON written in pieces")
struct StreamedJSONTests {
    func pieces(of report: some ListingReport) throws -> [String] {
        var pieces: [String] = []
        try report.writeJSON { pieces.append($0) }
        return pieces
    }

    /// Whether the report's long list is where its JSON can be written an entry at a time (else it is written
    /// whole, as one piece).
    static func listIsFound<Report: ListingReport>(in report: Report) throws -> Bool {
        var envelope = report
        envelope[keyPath: Report.listing] = []
        var writer = try JSONStreamWriter(document: envelope, output: { _ in })
        do {
            try writer.open(Report.listingKey)
            return true
        } catch is JSONStreamWriter.MissingArray {
            return false
        }
    }

    @Test("the mandate review and the follow-up write the same JSON in pieces as in one")
    func sameText() throws {
        var listings = 0
        for report in RenderedReports.all {
            guard let listing = report.model as? any ListingReport else { continue }
            listings += 1
            #expect(try StreamedJSONTests.listIsFound(in: listing), "\(report.name) goes out an entry at a time")
            #expect(try pieces(of: listing).joined() == (try ReportJSON.encode(report.model)), "\(report.name)")
        }
        #expect(listings == 2)
    }

    @Test("thousands of actions: the same text, in pieces of about 64 KB")
    func manyActions() throws {
        let day = ReportFixture.day
        let actions = (Int64(1)...3000).map { number in
            ReportFixture.action(
                number, owner: number % 3 == 0 ? "PAK" : "DPO", groups: [.secretariat],
                due: number % 2 == 0 ? "2025-10-20" : "2025-11-20", title: "Action \(number), \"quoted\"\n/ slash")
        }
        let report = FollowUpReport(
            openActions: actions, doneRecently: 0,
            filters: .init(owner: nil, group: nil, mission: nil, dueWithin: 14), asOf: day("2025-11-01"))
        let pieces = try pieces(of: report)
        #expect(pieces.joined() == (try ReportJSON.encode(report)))
        #expect(pieces.count > 10 && pieces.allSatisfy { $0.utf8.count < 80_000 })
    }

    @Test("an empty list is written as the encoder writes it")
    func emptyList() throws {
        let report = FollowUpReport(
            openActions: [], doneRecently: 0,
            filters: .init(owner: nil, group: nil, mission: nil, dueWithin: 14), asOf: ReportFixture.day("2025-11-01"))
        #expect(try pieces(of: report).joined() == (try ReportJSON.encode(report)))
    }

    /// A document with two long arrays, the elements of one holding an array of their own.
    struct Shelf: Codable, Equatable {
        struct Box: Codable, Equatable {
            var label: String
            var items: [[String: Int]]
        }
        var boxes: [Box] = []
        var name = "shelf / \"one\""
        var notes: [String] = []
        var tags: [String] = []
    }

    @Test(
        "arrays filled in order, an array inside an element by a writer of its own, empty ones as the encoder writes them"
    )
    func nested() throws {
        var shelf = Shelf()
        shelf.boxes = [
            .init(label: "a", items: [["x": 1], [:], ["y": 2, "z": 3]]), .init(label: "empty", items: []),
            .init(label: "c", items: [["w": 4]]),
        ]
        shelf.notes = ["first\nline", ""]
        var text = ""
        var writer = try JSONStreamWriter(document: Shelf(), output: { text += $0 })
        try writer.open("boxes")
        for box in shelf.boxes {
            var inner = try JSONStreamWriter(
                element: Shelf.Box(label: box.label, items: []), output: try writer.elementOutput())
            try inner.open("items")
            for item in box.items { try inner.append(item) }
            try inner.finish()
        }
        try writer.open("notes")
        for note in shelf.notes { try writer.append(note) }
        try writer.finish()
        #expect(text == (try ReportJSON.encode(shelf)))
        #expect(try JSONDecoder().decode(Shelf.self, from: Data(text.utf8)) == shelf)
    }

    @Test("a name that is not one empty array at the start of a line is refused before anything is written")
    func ambiguousName() throws {
        var text = ""
        var writer = try JSONStreamWriter(document: Shelf(), output: { text += $0 })
        #expect(throws: JSONStreamWriter.MissingArray.self) { try writer.open("items") }
        #expect(throws: JSONStreamWriter.MissingArray.self) { try writer.open("name") }
        try writer.open("tags")
        #expect(throws: JSONStreamWriter.MissingArray.self) { try writer.open("boxes") }
        try writer.finish()
        #expect(text == (try ReportJSON.encode(Shelf())))
    }

    /// Two objects, each with an empty `items` array: the name alone is ambiguous, the parent's name is not.
    struct Ledger: Codable, Equatable {
        struct Part: Codable, Equatable { var items: [String] = [] }
        var actions = Part()
        var positions = Part()
    }

    @Test("an array named after its parent object is found although another object has one of the same name")
    func parentNamed() throws {
        var text = ""
        var writer = try JSONStreamWriter(document: Ledger(), output: { text += $0 })
        #expect(throws: JSONStreamWriter.MissingArray.self) { try writer.open("items") }
        #expect(throws: JSONStreamWriter.MissingArray.self) { try writer.open("notes.items") }
        try writer.open("positions.items")
        for item in ["P-1", "P-2"] { try writer.append(item) }
        try writer.finish()
        #expect(
            try JSONDecoder().decode(Ledger.self, from: Data(text.utf8))
                == Ledger(positions: .init(items: ["P-1", "P-2"])))
        #expect(text == (try ReportJSON.encode(Ledger(positions: .init(items: ["P-1", "P-2"])))))
    }
}
