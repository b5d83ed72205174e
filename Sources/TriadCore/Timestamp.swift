import Foundation

/// An instant recorded by triad (creation, update, closing, a note), to the millisecond, in UTC.
///
/// Its text form `2025-11-01T10:00:00.123Z` sorts in time order, which merging by
/// the newer `updatedAt` relies on.
public struct Timestamp: Hashable, Comparable, Sendable {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public let millisecondsSince1970: Int64

    /// Creates a timestamp from milliseconds since the epoch.
    public init(millisecondsSince1970: Int64) {
        self.millisecondsSince1970 = millisecondsSince1970
    }

    /// The timestamp of a Foundation date, truncated to the millisecond.
    public init(_ date: Date) {
        millisecondsSince1970 = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// Reads the ISO 8601 UTC form written by ``iso8601``: `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    public init(iso8601 text: String) throws(DomainError) {
        var utf8 = text
        switch utf8.withUTF8(Timestamp.parse) {
        case .milliseconds(let value):
            millisecondsSince1970 = value
        case .noSuchDay(let year, let month, let day):
            _ = try Day(year: year, month: month, day: day)  // throws, saying why the day does not exist
            throw .invalidDateTime(text, reason: "expected YYYY-MM-DDTHH:MM:SS.mmmZ")
        case .malformed:
            throw .invalidDateTime(text, reason: "expected YYYY-MM-DDTHH:MM:SS.mmmZ")
        }
    }

    /// Reads ``iso8601``'s form from its UTF-8 bytes (as the store hands them over, without making a
    /// String first: every row of a long report holds several); nil when they are not that form.
    public init?(iso8601UTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard case .milliseconds(let value) = Timestamp.parse(bytes) else { return nil }
        millisecondsSince1970 = value
    }

    private enum Parsed {
        case milliseconds(Int64)
        case noSuchDay(year: Int, month: Int, day: Int)
        case malformed
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Parsed {
        guard bytes.count == 24, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "."), bytes[23] == UInt8(ascii: "Z"),
            let (year, month, dayOfMonth) = Day.digits(bytes[0..<10])
        else { return .malformed }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let hours = number(11..<13), let minutes = number(14..<16), let seconds = number(17..<19),
            let millis = number(20..<23), hours < 24, minutes < 60, seconds < 60
        else { return .malformed }
        guard let day = try? Day(year: year, month: month, day: dayOfMonth) else {
            return .noSuchDay(year: year, month: month, day: dayOfMonth)
        }
        let total = ((day.ordinal * 24 + hours) * 60 + minutes) * 60 + seconds
        return .milliseconds(Int64(total) * 1000 + Int64(millis))
    }

    /// The UTC day of this instant.
    public var utcDay: Day {
        Day(ordinal: Int(millisecondsSince1970.floorDivided(by: 86_400_000)))
    }

    /// `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    public var iso8601: String {
        let millisOfDay = Int(millisecondsSince1970 - Int64(utcDay.ordinal) * 86_400_000)
        let seconds = millisOfDay / 1000
        return "\(utcDay)T\(Day.pad(seconds / 3600, 2)):\(Day.pad(seconds / 60 % 60, 2)):"
            + "\(Day.pad(seconds % 60, 2)).\(Day.pad(millisOfDay % 1000, 3))Z"
    }

    /// The day of this instant in `timeZone`.
    public func day(in timeZone: TimeZone) -> Day {
        let date = Date(timeIntervalSince1970: TimeInterval(millisecondsSince1970) / 1000)
        let offset = Int64(timeZone.secondsFromGMT(for: date)) * 1000
        return Day(ordinal: Int((millisecondsSince1970 + offset).floorDivided(by: 86_400_000)))
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.millisecondsSince1970 < rhs.millisecondsSince1970
    }
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
