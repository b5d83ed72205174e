import Foundation
import Testing
import TriadReports

/// Renderers are deterministic: the same facts and as-of day give the same bytes, which are committed
/// in `Golden/`. Run with `TRIAD_UPDATE_GOLDEN=1` to rewrite them after an intended change, and read the diff.
@Suite("Golden files")
struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let updating = ProcessInfo.processInfo.environment["TRIAD_UPDATE_GOLDEN"] != nil

    static var cases: [(String, ReportFormat)] {
        RenderedReports.all.flatMap { report in ReportFormat.allCases.map { (report.name, $0) } }
    }

    @Test("every report in every format matches its golden file", arguments: cases)
    func matches(name: String, format: ReportFormat) throws {
        let report = RenderedReports.all.first { $0.name == name }!
        let rendered = try RenderedReports.render(report, format)
        #expect(try RenderedReports.render(report, format) == rendered, "rendering twice gives the same bytes")
        let file = GoldenTests.folder.appendingPathComponent("\(name).\(RenderedReports.fileExtension(format))")
        if GoldenTests.updating {
            try Data(rendered.utf8).write(to: file)
        }
        let golden = try String(decoding: Data(contentsOf: file), as: UTF8.self)
        #expect(
            rendered == golden,
            "\(file.lastPathComponent) differs; rerun with TRIAD_UPDATE_GOLDEN=1 if the change is intended")
    }

    @Test("the calendar matches its golden file")
    func calendar() throws {
        let rendered = CalendarFixture.ics
        let file = GoldenTests.folder.appendingPathComponent("calendar.ics")
        if GoldenTests.updating { try Data(rendered.utf8).write(to: file) }
        #expect(rendered == String(decoding: try Data(contentsOf: file), as: UTF8.self))
    }
}
