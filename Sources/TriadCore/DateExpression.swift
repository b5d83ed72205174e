import Foundation

/// A date as a user writes it: absolute (`2025-11-13`) or relative to today
/// (`today`, `yesterday`, `tomorrow`, `+14d`, `-3d`, `+2w`, `+1m`, `+1y`).
///
/// Parsing checks the syntax; ``resolve(today:)`` turns it into a day once
/// "today" is known, which `--as-of` may pin.
public enum DateExpression: Hashable, Sendable {
    /// A fixed calendar day.
    case absolute(Day)
    /// A number of days from today.
    case days(Int)
    /// A number of months from today, clamped to the end of the month.
    case months(Int)

    /// Parses a date expression, explaining what is wrong with a malformed one.
    public init(parsing input: String) throws(DomainError) {
        let text = input.trimmingCharacters(in: .whitespaces).lowercased()
        switch text {
        case "today": self = .days(0)
        case "yesterday": self = .days(-1)
        case "tomorrow": self = .days(1)
        default:
            if let first = text.first, first.isASCIIDigit, text.count == 10 {
                self = .absolute(try Day(parsing: text))
            } else {
                self = try DateExpression.relative(text, original: input)
            }
        }
    }

    /// The day this expression names when today is `today`.
    public func resolve(today: Day) -> Day {
        switch self {
        case .absolute(let day): day
        case .days(let count): today.adding(days: count)
        case .months(let count): today.adding(months: count)
        }
    }

    private static func relative(_ text: String, original: String) throws(DomainError) -> DateExpression {
        let hint = "write dates as YYYY-MM-DD, or today, yesterday, tomorrow, +14d, -3d, +2w, +1m, +1y"
        var body = Substring(text)
        var sign = 1
        if body.first == "+" || body.first == "-" {
            sign = body.first == "-" ? -1 : 1
            body = body.dropFirst()
        }
        guard let unit = body.last, body.count >= 2, body.dropLast().allSatisfy(\.isASCIIDigit),
            body.count <= 7, let count = Int(body.dropLast())
        else {
            throw .invalidDate(original, reason: hint)
        }
        switch unit {
        case "d": return .days(sign * count)
        case "w": return .days(sign * count * 7)
        case "m": return .months(sign * count)
        case "y": return .months(sign * count * 12)
        default: throw .invalidDate(original, reason: hint)
        }
    }
}
