import Foundation
import TriadCore

/// A typed value in a report table.
public enum ReportCell: Sendable, Equatable {
    case text(String)
    case count(Int)
    /// A fraction, shown as a percentage.
    case share(Double)
    case day(Day)
    case flag(Bool)
    case empty

    /// Text, or empty when nil.
    public static func text(_ value: String?) -> ReportCell { value.map(ReportCell.text) ?? .empty }
    /// A day, or empty when nil.
    public static func day(_ value: Day?) -> ReportCell { value.map(ReportCell.day) ?? .empty }
    /// A count, or empty when nil.
    public static func count(_ value: Int?) -> ReportCell { value.map(ReportCell.count) ?? .empty }

    var isDay: Bool {
        if case .day = self { return true }
        return false
    }

    var isNumeric: Bool {
        switch self {
        case .count, .share: true
        default: false
        }
    }

    /// For people: `14,400`, `24.2%`, `yes`.
    public var displayText: String {
        switch self {
        case .text(let text): text
        case .count(let value): ReportCell.grouped(value)
        case .share(let value): String(format: "%.1f%%", value * 100)
        case .day(let day): day.description
        case .flag(let value): value ? "yes" : "no"
        case .empty: ""
        }
    }

    /// For spreadsheets: `14400`, `24.2%`, `yes`; dates stay ISO so they sort.
    var csvText: String {
        switch self {
        case .count(let value): String(value)
        default: displayText
        }
    }

    /// A whole number with thousands separators: `14,400`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }
}
