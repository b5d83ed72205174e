import Testing
import TriadCore

@Suite("Days")
struct DayTests {
    @Test(
        "valid dates parse and print back",
        arguments: ["2025-11-13", "2024-02-29", "2000-02-29", "1945-10-24", "9999-12-31"])
    func roundTrip(text: String) throws {
        #expect(try Day(parsing: text).description == text)
    }

    @Test(
        "impossible or malformed dates are refused",
        arguments: [
            "2025-02-30", "2025-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-1-1",
            "20250101", "2025/01/01", "", "tomorrowish", "2025-01-01x", "٢٠٢٥-٠١-٠١",
        ])
    func refused(text: String) {
        #expect(throws: DomainError.self) { try Day(parsing: text) }
    }

    @Test("the error for 2025-02-30 says why")
    func explainsFebruary() {
        #expect(throws: DomainError.invalidDate("2025-02-30", reason: "February 2025 has 28 days")) {
            try Day(parsing: "2025-02-30")
        }
    }

    @Test("an instant on a day that does not exist says why the day does not exist")
    func explainsInstantDay() {
        #expect(throws: DomainError.invalidDate("2025-02-30", reason: "February 2025 has 28 days")) {
            try Timestamp(iso8601: "2025-02-30T10:00:00.000Z")
        }
        #expect(
            throws: DomainError.invalidDateTime("2025-02-30T25:00:00.000Z", reason: "expected YYYY-MM-DDTHH:MM:SS.mmmZ")
        ) {
            try Timestamp(iso8601: "2025-02-30T25:00:00.000Z")
        }
        func day(_ text: String) -> Day? {
            var text = text
            return text.withUTF8 { Day(utf8: $0) }
        }
        #expect(day("2024-02-29") == Day(ordinal: 19_782))
        #expect(day("2025-02-29") == nil)
        #expect(day("2025-2-28") == nil)
    }

    @Test("ordinals match the Unix epoch")
    func ordinals() throws {
        #expect(try Day(parsing: "1970-01-01").ordinal == 0)
        #expect(try Day(parsing: "2000-03-01").ordinal == 11_017)
        #expect(try Day(parsing: "1969-12-31").ordinal == -1)
    }

    @Test("components survive a round trip over four centuries")
    func componentsRoundTrip() throws {
        for ordinal in stride(from: -150_000, to: 150_000, by: 37) {
            let day = Day(ordinal: ordinal)
            let (year, month, dayOfMonth) = day.components
            #expect(try Day(year: year, month: month, day: dayOfMonth) == day)
        }
    }

    @Test("adding months clamps to the end of the month")
    func addingMonths() throws {
        #expect(try Day(parsing: "2025-01-31").adding(months: 1) == Day(parsing: "2025-02-28"))
        #expect(try Day(parsing: "2024-01-31").adding(months: 1) == Day(parsing: "2024-02-29"))
        #expect(try Day(parsing: "2025-11-15").adding(months: -12) == Day(parsing: "2024-11-15"))
        #expect(try Day(parsing: "2025-12-15").adding(months: 1) == Day(parsing: "2026-01-15"))
    }

    @Test("days between two dates")
    func daysBetween() throws {
        #expect(try Day(parsing: "2025-11-15").days(since: Day(parsing: "2025-11-01")) == 14)
        #expect(try Day(parsing: "2025-01-01").days(since: Day(parsing: "2025-11-01")) == -304)
    }
}
