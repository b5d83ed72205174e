import Foundation
import Testing
import TriadCore
import TriadStore
import TriadTestSupport

/// A bundle file is read a record at a time: one pass finds its lists, then each record is decoded as an
/// import asks for it, a journal command's changes one by one; what it reads is what the whole document holds.
@Suite("Reading a bundle file a record at a time")
struct BundleFileTests {
    static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bundle-\(UUID().uuidString).json")
            .path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func json(_ bundle: TriadBundle) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(bundle), as: UTF8.self)
    }

    @Test("the records, counts and journal of the file are the bundle's; a command's changes follow it")
    func sameBundle() throws {
        let bundle = try MergeTests.base().bundle
        let path = try BundleFileTests.write(try BundleFileTests.json(bundle))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var progress: [Int] = []
        let file = try BundleFile(path: path) { read, _ in progress.append(read) }
        #expect(progress.last == (try Data(contentsOf: URL(fileURLWithPath: path))).count)
        var read = TriadBundle()
        var sequence: [String] = []
        for list in TriadBundle.List.allCases {
            #expect(file.count(of: list) == bundle.count(of: list), "\(list)")
            try file.forEach(list) { record in
                read.append(record)
                if case .command = record { sequence.append("command") }
                if case .change = record { sequence.append("change") }
            }
        }
        #expect(read == bundle)
        #expect(bundle.journal.count >= 2 && sequence.first == "command")
        #expect(sequence.count == bundle.journal.count + bundle.journal.reduce(0) { $0 + $1.changes.count })
    }

    @Test("an import from a file restores the database the bundle came from", arguments: Backend.allCases)
    func restore(_ backend: Backend) throws {
        let bundle = try MergeTests.base().bundle
        let path = try BundleFileTests.write(try BundleFileTests.json(bundle))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try StoreFixture(backend).database
        let summary = try store.importBundle(try BundleFile(path: path))
        #expect(summary.restored && summary.journalCommands == bundle.journal.count)
        #expect(try store.read { try $0.exportBundle() } == bundle)
    }

    @Test("a value the domain refuses is named by the record, in a list or in a command's changes")
    func refusals() throws {
        var bundle = TriadBundle()
        bundle.journal = [
            TriadBundle.Command(
                uuid: "c1", at: Timestamp(millisecondsSince1970: 0), actor: "a", commandLine: "l", summary: "s",
                changes: [
                    TriadBundle.Change(entity: "meeting", rowKey: 1, operation: "insert", before: nil, after: "{}"),
                    TriadBundle.Change(entity: "meeting", rowKey: 2, operation: "insert", before: nil, after: "{}"),
                ])
        ]
        let text = try BundleFileTests.json(bundle).replacingOccurrences(
            of: "\"rowKey\" : 2", with: "\"rowKey\" : \"two\"")
        let file = try BundleFile(data: Data(text.utf8))
        var handed: [BundleRecord] = []
        #expect {
            try file.forEach(.journal) { handed.append($0) }
        } throws: { error in
            guard case StoreError.invalidBundle(let reason) = error else { return false }
            return reason == "journal command 1 of the bundle ('c1'), changes[2].rowKey: a value of the wrong type"
        }
        #expect(handed.count == 2, "the command and its first change came before the fault")
        for (element, reason) in [
            ("1", "journal command 1 of the bundle is not a valid JSON object ('{' expected)"),
            (
                #"{"uuid" "c"}"#,
                "journal command 1 of the bundle is not a valid JSON object (a ':' is missing after a member's name)"
            ),
        ] {
            let broken = try BundleFileTests.json(TriadBundle()).replacingOccurrences(
                of: "\"journal\" : [\n\n  ]", with: "\"journal\" : [\(element)]")
            #expect(throws: StoreError.invalidBundle(reason: reason)) {
                try BundleFile(data: Data(broken.utf8)).forEach(.journal) { _ in }
            }
        }

        let meeting = try BundleFileTests.json(TriadBundle()).replacingOccurrences(
            of: "\"meetings\" : [\n\n  ]",
            with: """
                "meetings" : [{"number":1,"uuid":"m","kind":"bogus","title":"Outreach","startsAt":"2025-10-30",\
                "status":"held","missions":[],"a4p":[],"attendees":[],"invitees":[],"agenda":[],\
                "createdAt":"2025-01-01T00:00:00.000Z","updatedAt":"2025-01-01T00:00:00.000Z"}]
                """)
        #expect {
            try TriadBundle.read(Data(meeting.utf8))
        } throws: { error in
            guard case StoreError.invalidBundle(let reason) = error else { return false }
            return reason.hasPrefix("meeting 1 of the bundle ('Outreach'), kind: no meeting kind 'bogus'")
        }
    }

    @Test("what is not a readable bundle is refused before any record is read, saying why")
    func notBundles() throws {
        #expect(throws: BundleReadingError.unreadable("no such file")) { try BundleFile(path: "/nonexistent/b.json") }
        #expect(throws: BundleReadingError.unreadable("not a file")) { try BundleFile(path: "/tmp") }
        let whole = try BundleFileTests.json(TriadBundle())
        for (text, problem) in [
            ("", "not a JSON object"), ("[1]", "not a JSON object"),
            (String(whole.dropLast(3)), "not valid JSON: the document ends too soon"),
            (whole + "x", "not valid JSON: something follows the document"),
            ("{\"version\": 1}", "missing 'format'"),
            (#"{"format": "triad-bundle", "version": "one"}"#, "wrong value at version"),
        ] {
            #expect(throws: BundleReadingError.self, "\(text)") { try BundleFile(data: Data(text.utf8)) }
            do {
                _ = try BundleFile(data: Data(text.utf8))
            } catch BundleReadingError.notABundle(let found) {
                #expect(found.hasPrefix(problem), "\(text): \(found)")
            }
        }
        let missing = whole.replacingOccurrences(of: "\"journal\" : [\n\n  ],\n", with: "")
        #expect(throws: StoreError.invalidBundle(reason: "its 'journal' is missing")) {
            try BundleFile(data: Data(missing.utf8))
        }
        let nul = whole.replacingOccurrences(of: "\"parties\" : [\n\n  ]", with: #""parties" : ["a\u0000"]"#)
        #expect(throws: BundleReadingError.holdsNul) { try BundleFile(data: Data(nul.utf8)) }
    }

    @Test("a bundle of version 1 holds no positions and reads without the list; one of version 2 must have it")
    func positionsSinceVersion2() throws {
        let whole = try BundleFileTests.json(TriadBundle())
        let withoutPositions = whole.replacingOccurrences(of: "\"positions\" : [\n\n  ],\n", with: "")
        #expect(withoutPositions != whole)
        let older = withoutPositions.replacingOccurrences(of: "\"version\" : 2", with: "\"version\" : 1")
        let file = try BundleFile(data: Data(older.utf8))
        #expect(file.version == 1 && file.count(of: .positions) == 0)
        #expect(try TriadBundle.read(Data(older.utf8)).positions.isEmpty)
        #expect(throws: StoreError.invalidBundle(reason: "its 'positions' is missing")) {
            try BundleFile(data: Data(withoutPositions.utf8))
        }
        let newer = whole.replacingOccurrences(of: "\"version\" : 2", with: "\"version\" : 3")
        #expect(throws: StoreError.self) { try BundleFile(data: Data(newer.utf8)) }
    }
}
