import Foundation
import Testing
import TriadCore

@Suite("Relative and absolute dates")
struct DateExpressionTests {
    let today = try! Day(parsing: "2025-11-01")

    @Test(
        "relative dates count from today",
        arguments: [
            ("today", "2025-11-01"), ("yesterday", "2025-10-31"), ("tomorrow", "2025-11-02"), ("+14d", "2025-11-15"),
            ("-3d", "2025-10-29"), ("+2w", "2025-11-15"), ("+1m", "2025-12-01"), ("-1m", "2025-10-01"),
            ("+1y", "2026-11-01"), ("14d", "2025-11-15"), ("TODAY", "2025-11-01"), (" 2025-02-03 ", "2025-02-03"),
        ])
    func resolves(text: String, expected: String) throws {
        #expect(try DateExpression(parsing: text).resolve(today: today) == Day(parsing: expected))
    }

    @Test(
        "malformed expressions are refused", arguments: ["+d", "+14x", "++1d", "next week", "+1.5d", "", "+99999999d"])
    func refused(text: String) {
        #expect(throws: DomainError.self) { try DateExpression(parsing: text) }
    }

    @Test("a date-time without offset is read in the given time zone, daylight saving included")
    func localTime() throws {
        let newYork = TimeZone(identifier: "America/New_York")!
        let winter = try DateTimeExpression(parsing: "2025-11-06T10:00").resolve(today: today, timeZone: newYork)
        #expect(winter.iso8601 == "2025-11-06T10:00:00-05:00")
        let summer = try DateTimeExpression(parsing: "2025-07-06 15:30").resolve(today: today, timeZone: newYork)
        #expect(summer.iso8601 == "2025-07-06T15:30:00-04:00")
    }

    @Test("an explicit offset wins over the time zone")
    func explicitOffset() throws {
        let zone = TimeZone(identifier: "Europe/Paris")!
        #expect(
            try DateTimeExpression(parsing: "2025-11-06T10:00Z").resolve(today: today, timeZone: zone).iso8601
                == "2025-11-06T10:00:00+00:00")
        #expect(
            try DateTimeExpression(parsing: "2025-11-06T10:00-0530").resolve(today: today, timeZone: zone).iso8601
                == "2025-11-06T10:00:00-05:30")
    }

    @Test("a date alone is an all-day start; a relative date may take a time")
    func dateOnly() throws {
        let utc = TimeZone(secondsFromGMT: 0)!
        #expect(
            try DateTimeExpression(parsing: "2025-11-06").resolve(today: today, timeZone: utc).iso8601 == "2025-11-06")
        #expect(
            try DateTimeExpression(parsing: "tomorrow").resolve(today: today, timeZone: utc).iso8601 == "2025-11-02")
        #expect(
            try DateTimeExpression(parsing: "tomorrow 09:00").resolve(today: today, timeZone: utc).iso8601
                == "2025-11-02T09:00:00+00:00")
    }

    @Test(
        "impossible times are refused",
        arguments: ["2025-11-06T25:00", "2025-11-06T10:60", "2025-11-06T10", "2025-11-06T10:00+15:00"])
    func badTimes(text: String) {
        #expect(throws: DomainError.self) { try DateTimeExpression(parsing: text) }
    }

    @Test("a stored start reads back as written")
    func storedStart() throws {
        for text in ["2025-11-06", "2025-11-06T10:00:00-05:00", "2025-11-06T10:00:00+00:00"] {
            #expect(try MeetingStart(iso8601: text).iso8601 == text)
        }
    }

    @Test("timestamps print with milliseconds and read back")
    func timestamps() throws {
        let stamp = Timestamp(millisecondsSince1970: 1_761_991_200_123)
        #expect(stamp.iso8601 == "2025-11-01T10:00:00.123Z")
        #expect(try Timestamp(iso8601: stamp.iso8601) == stamp)
        #expect(Timestamp(millisecondsSince1970: -1).iso8601 == "1969-12-31T23:59:59.999Z")
        #expect(throws: DomainError.self) { try Timestamp(iso8601: "2025-11-01T10:00:00Z") }
    }
}
