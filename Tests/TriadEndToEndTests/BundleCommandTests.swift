import Foundation
import Testing
import TriadTestSupport

/// Exporting the whole database, restoring it elsewhere, and merging two offices' databases.
@Suite("JSON bundles")
struct BundleCommandTests {
    @Test("export, import into a fresh database, export again: the same bytes", arguments: Backend.allCases)
    func roundTrip(_ backend: Backend) throws {
        let triad = try TriadProcess(backend)
        let first = triad.folder.appendingPathComponent("first.sqlite").path
        let second = triad.folder.appendingPathComponent("second.sqlite").path
        try triad.succeed(["demo", "--db", first])
        try triad.succeed([
            "party", "add", "XKX", "--name", "Kosovo liaison office", "--kind", "organization", "--db", first,
        ])
        try triad.succeed(["council", "seat", "IND", "--from", "2028-01-01", "--to", "2029-12-31", "--db", first])
        let exported = try triad.succeed(["export", "json", "--db", first])
        #expect(
            try ExternalTool.python(
                json: exported,
                "d['format'], d['version'], len(d['meetings']), len(d['actions']), [p['code'] for p in d['parties']], "
                    + "[s['party'] + s['from'] for s in d['councilSeats']], len(d['journal'])"
            )
                == "('triad-bundle', 2, 4, 10, ['XKX'], ['IND2028-01-01'], 85)")
        let file = triad.folder.appendingPathComponent("bundle.json")
        try Data(exported.utf8).write(to: file)
        let restored = try triad.succeed(["import", "json", file.path, "--db", second, "--format", "json"])
        #expect(try JSON(restored)["restored"] == .bool(true) && JSON(restored)["conflicts"] == .array([]))
        #expect(try triad.succeed(["export", "json", "--db", second]) == exported)
        #expect(
            try triad.succeed(["action", "show", "A-6", "--db", second])
                == (try triad.succeed(["action", "show", "A-6", "--db", first])))
        #expect(try ExternalTool.sqliteChecks(second) == "ok")
    }

    @Test(
        "two offices diverge on one mission; the merge holds both sides' meetings and the later edit of a shared action"
    )
    func merge() throws {
        let triad = try TriadProcess()
        let newYork = triad.folder.appendingPathComponent("ny.sqlite").path
        let bangui = triad.folder.appendingPathComponent("bangui.sqlite").path
        try triad.succeed(["demo", "--db", newYork])
        let shared = triad.folder.appendingPathComponent("shared.json").path
        try triad.succeed(["export", "json", "--db", newYork, "--output", shared])
        try triad.succeed(["import", "json", shared, "--db", bangui])
        try triad.succeed([
            "meeting", "log", "informal", "--date", "2025-11-06", "--title", "New York outreach", "--mission",
            "MINUSCA", "--attendee", "FRA", "--db", newYork,
        ])
        try triad.succeed([
            "action", "update", "A-3", "--due", "2025-11-20", "--note", "New York: later", "--db", newYork,
        ])
        try triad.succeed([
            "meeting", "log", "informal", "--date", "2025-11-07", "--title", "Bangui field visit", "--mission",
            "MINUSCA", "--attendee", "RWA,CAF", "--db", bangui,
        ])
        try triad.succeed([
            "action", "update", "A-3", "--due", "2025-11-25", "--note", "Bangui: even later", "--db", bangui,
        ])
        try triad.succeed([
            "contribution", "set", "MINUSCA", "RWA", "--as-of", "2025-10-31", "--troops", "2200", "--db", bangui,
        ])
        let fromBangui = triad.folder.appendingPathComponent("bangui.json").path
        try triad.succeed(["export", "json", "--db", bangui, "--output", fromBangui])
        let merged = try triad.succeed(["import", "json", fromBangui, "--db", newYork, "--format", "json"])
        let summary = try JSON(merged)
        #expect(summary["restored"] == .bool(false) && summary["added"].int == 2 && summary["updated"].int == 1)
        #expect(summary["conflicts"].array.count == 1)
        let meetings = try triad.succeed([
            "meeting", "list", "--mission", "MINUSCA", "--db", newYork, "--format", "json",
        ])
        #expect(
            try JSON(meetings).array.filter { ($0["startsAt"].string ?? "") >= "2025-11-06" }
                .compactMap { $0["title"].string }.sorted() == ["Bangui field visit", "New York outreach"])
        let action = try triad.succeed(["action", "show", "A-3", "--db", newYork, "--format", "json"])
        #expect(try JSON(action)["due"] == .string("2025-11-25"))
        #expect(
            try JSON(action)["notes"].map("text").compactMap(\.string) == ["New York: later", "Bangui: even later"])
        let again = try triad.succeed(["import", "json", fromBangui, "--db", newYork, "--format", "json"])
        #expect(try JSON(again)["added"].int == 0 && JSON(again)["updated"].int == 0)
        #expect(try ExternalTool.sqliteChecks(newYork) == "ok")
    }

    @Test(
        "between offices: a bundle at confidential, a lowering refused and listed, a dry run that writes nothing")
    func betweenOffices() throws {
        let triad = try TriadProcess()
        let newYork = triad.folder.appendingPathComponent("ny.sqlite").path
        let bangui = triad.folder.appendingPathComponent("bangui.sqlite").path
        try triad.succeed(["demo", "--db", newYork])
        let forBangui = triad.folder.appendingPathComponent("for-bangui.json").path
        try triad.succeed(["export", "json", "--up-to", "confidential", "--db", newYork, "--output", forBangui])
        try triad.succeed(["import", "json", forBangui, "--db", bangui])
        try triad.succeed([
            "meeting", "edit", "M-3", "--classification", "unclassified", "--title", "Consultation, public summary",
            "--db", bangui,
        ])
        try triad.succeed([
            "meeting", "log", "informal", "--date", "2025-11-07", "--title", "Bangui field visit", "--mission",
            "MINUSCA", "--attendee", "RWA", "--classification", "strictly-confidential", "--db", bangui,
        ])
        let fromBangui = triad.folder.appendingPathComponent("bangui.json").path
        try triad.succeed(["export", "json", "--db", bangui, "--output", fromBangui])

        let before = try triad.succeed(["export", "json", "--db", newYork])
        let preview = try triad.succeed(["import", "json", fromBangui, "--dry-run", "--db", newYork])
        for line in [
            "Would merge \(fromBangui): 1 added,", "1 refused,", "Would arrive, by classification:\n",
            "  strictly-confidential: 1 meeting\n",
            "Refused, as the bundle would lower their classification (1):\n  meeting 'Consultation, public summary' "
                + "(2025-10-30): refused, the bundle's version (edited ",
            "would lower its classification from confidential to unclassified; ours kept\n",
            "Dry run: nothing was written.\n",
        ] {
            #expect(preview.contains(line), "\(line) in \(preview)")
        }
        #expect(try triad.succeed(["export", "json", "--db", newYork]) == before, "the dry run wrote nothing")

        let merged = try JSON(triad.succeed(["import", "json", fromBangui, "--db", newYork, "--format", "json"]))
        #expect(merged["dryRun"] == .bool(false) && merged["added"].int == 1 && merged["refused"].array.count == 1)
        #expect(
            merged["arriving"].array.map { [$0["classification"].string ?? "", "\($0["meetings"].int ?? -1)"] } == [
                ["unclassified", "0"], ["confidential", "0"], ["strictly-confidential", "1"],
            ])
        let consultation = try JSON(triad.succeed(["meeting", "show", "M-3", "--db", newYork, "--format", "json"]))
        #expect(consultation["classification"] == .string("confidential"))
        #expect(consultation["title"].string?.contains("public summary") == false)
        let unclassified = try triad.succeed(["meeting", "list", "--up-to", "unclassified", "--db", newYork])
        #expect(!unclassified.contains("2025-10-30") && !unclassified.contains("Bangui field visit"))
    }

    @Test(
        "bad bundles change nothing",
        arguments: [
            ("{not json", Int32(65), "is not a triad bundle"),
            ("{\"hello\": 1}", 65, "is not a triad bundle (missing 'format'"),
            (
                "{\"format\":\"triad-bundle\",\"version\":99,\"parties\":[],\"councilSeats\":[],\"missions\":[],\"mandates\":[],\"contributions\":[],\"meetings\":[],\"actions\":[],\"journal\":[]}",
                65, "written by a newer triad"
            ),
            (
                "{\"format\":\"other\",\"version\":1,\"parties\":[],\"councilSeats\":[],\"missions\":[],\"mandates\":[],\"contributions\":[],\"meetings\":[],\"actions\":[],\"journal\":[]}",
                65, "it is not a triad bundle"
            ),
            (
                "{\"format\":\"triad-bundle\",\"version\":1,\"parties\":[],\"councilSeats\":[],\"missions\":[],\"mandates\":[],\"contributions\":[{\"uuid\":\"u\",\"mission\":\"NOPE\",\"party\":\"RWA\",\"asOf\":\"2025-01-31\",\"troops\":1,\"staffOfficers\":0,\"experts\":0,\"police\":0,\"formedPolice\":0,\"createdAt\":\"2025-01-01T00:00:00.000Z\",\"updatedAt\":\"2025-01-01T00:00:00.000Z\"}],\"meetings\":[],\"actions\":[],\"journal\":[]}",
                65, "names a mission 'NOPE'"
            ),
            (
                "{\"format\":\"triad-bundle\",\"version\":1,\"parties\":[],\"councilSeats\":[],\"missions\":[],\"mandates\":[],\"contributions\":[],\"meetings\":[{\"number\":1,\"uuid\":\"m\",\"kind\":\"bogus\",\"title\":\"Outreach on the draft\",\"startsAt\":\"2025-10-30\",\"status\":\"held\",\"missions\":[],\"a4p\":[],\"attendees\":[],\"invitees\":[],\"agenda\":[],\"createdAt\":\"2025-01-01T00:00:00.000Z\",\"updatedAt\":\"2025-01-01T00:00:00.000Z\"}],\"actions\":[],\"journal\":[]}",
                65, "meeting 1 of the bundle ('Outreach on the draft'), kind: no meeting kind 'bogus'"
            ),
            (
                "{\"format\":\"triad-bundle\",\"version\":1,\"parties\":[],\"councilSeats\":[],\"missions\":[],\"mandates\":[{\"uuid\":\"d\",\"mission\":\"MINUSCA\",\"resolutionNumber\":2759,\"resolutionYear\":2024,\"adopted\":\"2024-11-14\",\"expires\":\"2024-11-01\",\"penholders\":[],\"reportsDue\":[],\"createdAt\":\"2025-01-01T00:00:00.000Z\",\"updatedAt\":\"2025-01-01T00:00:00.000Z\"}],\"contributions\":[],\"meetings\":[],\"actions\":[],\"journal\":[]}",
                65, "mandate 2759 (2024) breaks a rule: resolution 2759 (2024) cannot expire on 2024-11-01"
            ),
        ])
    func badBundles(content: String, status: Int32, message: String) throws {
        let triad = try TriadProcess()
        try triad.succeed(["contribution", "set", "MINUSCA", "BGD", "--as-of", "2025-01-31", "--troops", "1350"])
        let file = triad.folder.appendingPathComponent("bad.json")
        try Data(content.utf8).write(to: file)
        let before = try triad.snapshot()
        let outcome = try triad.run(["import", "json", file.path])
        #expect(outcome.status == status, "\(outcome.stderr)")
        #expect(outcome.stderr.hasPrefix("error: ") && outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(outcome.stderr.split(separator: "\n").count == 1)
        #expect(!outcome.stderr.contains("damaged") && !outcome.stderr.contains("backup"), "a data error, not damage")
        #expect(try triad.snapshot() == before)
        #expect(try triad.run(["import", "json", "/nonexistent/bundle.json"]).status == 66)
    }
}
