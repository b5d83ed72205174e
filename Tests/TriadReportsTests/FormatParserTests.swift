import Foundation
import Testing
import TriadReports
import TriadTestSupport

/// What triad writes, read back by the parsers other programs use: Python's json, csv, html.parser and icalendar.
@Suite("Real parsers on real output")
struct FormatParserTests {
    static let names = RenderedReports.all.map(\.name)

    static func report(_ name: String) -> RenderedReports.Report {
        RenderedReports.all.first { $0.name == name }!
    }

    @Test("JSON parses and names its report", arguments: names)
    func json(name: String) throws {
        let text = try RenderedReports.render(FormatParserTests.report(name), .json)
        #expect(try JSON(text)["report"] == .string(name))
    }

    @Test("every CSV table parses into rows of equal width, accents and quotes intact", arguments: names)
    func csv(name: String) throws {
        for table in FormatParserTests.report(name).document.tables {
            let text = CSVRenderer.render(table)
            #expect(text.hasPrefix("\u{FEFF}") && text.hasSuffix("\r\n"))
            let script = """
                import csv, io, sys
                rows = list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode('utf-8-sig'), newline='')))
                print(len(rows), len(set(len(r) for r in rows)), rows[0][0])
                """
            let result = try ExternalTool.python(script: script, input: text)
            #expect(result == "\(table.rows.count + 1) 1 \(table.columns[0].heading)", "\(name)/\(table.name)")
        }
    }

    @Test("CSV keeps commas, quotes and line breaks in a field, and defuses formulas")
    func csvFields() throws {
        let minutes = FormatParserTests.report("minutes").document
        let attendees = CSVRenderer.render(minutes.tables.first { $0.name == "attendees" }!)
        let read = """
            import csv, io, sys
            rows = list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode('utf-8-sig'), newline='')))
            print(rows[1][3])
            """
        #expect(try ExternalTool.python(script: read, input: attendees) == "Amb. Munir, \"Chargé\"")
        let actions = CSVRenderer.render(minutes.tables.first { $0.name == "actions" }!)
        let title = """
            import csv, io, sys
            rows = list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode('utf-8-sig'), newline='')))
            print(rows[1][rows[0].index('Title')])
            """
        #expect(try ExternalTool.python(script: title, input: actions) == "'=HYPERLINK(\"x\")")
        let agenda = CSVRenderer.render(minutes.tables.first { $0.name == "agenda" }!)
        let outcome = """
            import csv, io, sys
            rows = list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode('utf-8-sig'), newline='')))
            print(repr(rows[1][3]))
            """
        #expect(
            try ExternalTool.python(script: outcome, input: agenda) == "\"Côte d'Ivoire\\nand Türkiye to follow up\"")
    }

    @Test("HTML is well-formed, self-contained, and shows user text only as text", arguments: names)
    func html(name: String) throws {
        let text = try RenderedReports.render(FormatParserTests.report(name), .html)
        let script = """
            import sys
            from html.parser import HTMLParser
            VOID = {'meta', 'br', 'hr', 'img', 'link', 'input'}
            class Check(HTMLParser):
                def __init__(self):
                    super().__init__(convert_charrefs=True)
                    self.stack, self.tags, self.text, self.errors = [], set(), [], []
                def handle_starttag(self, tag, attrs):
                    self.tags.add(tag)
                    for key, value in attrs:
                        if key.startswith('on') or (value or '').startswith(('http', '//')):
                            self.errors.append('attribute ' + key)
                    if tag not in VOID:
                        self.stack.append(tag)
                def handle_endtag(self, tag):
                    if not self.stack or self.stack.pop() != tag:
                        self.errors.append('unbalanced ' + tag)
                def handle_data(self, data):
                    self.text.append(data)
            c = Check()
            c.feed(sys.stdin.read())
            c.close()
            body = ''.join(c.text)
            print(len(c.stack), sorted(c.errors), 'script' in c.tags, 'link' in c.tags, '<script>alert("x")</script>' in body)
            """
        let result = try ExternalTool.python(script: script, input: text)
        #expect(result == "0 [] False False \(name == "minutes" ? "True" : "False")")
        #expect(text.hasPrefix("<!DOCTYPE html>") && text.contains("@page { size: A4"))
    }

    @Test("Markdown escapes user text so it prints as written")
    func markdown() throws {
        let text = MarkdownRenderer.render(FormatParserTests.report("minutes").document)
        #expect(
            text.hasPrefix(
                "**CONFIDENTIAL**\n\n# Minutes: \\<script\\>alert(\"x\")\\</script\\> & 'quotes' \\| \\*bold\\* =SUM(A1)\n"
            ))
        #expect(!text.contains("<script>"))
    }

    @Test("the calendar imports into Python's icalendar; lines are folded at 75 octets with CRLF")
    func calendar() throws {
        let ics = CalendarFixture.ics
        let lines = ics.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let script = """
            import sys
            import icalendar
            cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            events = cal.walk('VEVENT')
            timed = [e for e in events if 'tpcc' in str(e.get('CATEGORIES').cats[0])][0]
            print(len(events), len(set(str(e['UID']) for e in events)), timed['DTSTART'].dt.isoformat(), str(timed['SUMMARY'])[:8])
            print(str(timed['DESCRIPTION']).split('\\n')[-1])
            """
        let result = try ExternalTool.python(script: script, input: ics)
        #expect(
            result == """
                7 7 2025-10-30T14:00:00+00:00 <script>
                Contributors asked for more helicopters; the penholder will circulate elements, which everyone welcomed — très bien. 直升机
                """)
    }
}
