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

    @Test("the mandate review and the follow-up write the same JSON in pieces as in one")
    func sameText() throws {
        var listings = 0
        for report in RenderedReports.all {
            guard let listing = report.model as? any ListingReport else { continue }
            listings += 1
            let pieces = try pieces(of: listing)
            #expect(pieces.count > 1, "\(report.name) goes out in pieces")
            #expect(pieces.joined() == (try ReportJSON.encode(report.model)), "\(report.name)")
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
}
