import TriadCore

/// Writes a calendar as RFC 5545 iCalendar: CRLF line ends, lines folded at 75 octets without splitting
/// a character, text values escaped.
public enum ICalendarWriter {
    /// The calendar as an `.ics` document.
    public static func write(_ calendar: CalendarExport, name: String) -> String {
        var document = ""
        write(calendar, name: name) { document += $0 }
        return document
    }

    /// Writes the same document to `output` in pieces of about 64 KB, an event at a time, so that a calendar
    /// of every meeting is never held whole as text.
    public static func write(
        _ calendar: CalendarExport, name: String, to output: (String) throws -> Void
    ) rethrows {
        try write(name: name, events: { body in try calendar.events.forEach(body) }, to: output)
    }

    /// Writes a calendar of the events `events` hands over, in order, to `output` in pieces of about 64 KB: for
    /// a calendar read a page at a time (``CalendarExport/forEachEvent(meetings:actions:mandates:schedule:days:_:)``).
    public static func write(
        name: String, events: (_ body: (CalendarEvent) throws -> Void) throws -> Void,
        to output: (String) throws -> Void
    ) rethrows {
        var piece = ""
        func emit(_ lines: [String]) throws {
            for line in lines { piece += fold(line) }
            if piece.utf8.count >= pieceSize {
                try output(piece)
                piece = ""
            }
        }
        try emit([
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//triad//triad 0.1.0//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:\(text(name))",
        ])
        try withoutActuallyEscaping(emit) { emit in try events { event in try emit(lines(of: event)) } }
        try emit(["END:VCALENDAR"])
        try output(piece)
    }

    /// Bytes gathered before they are handed on.
    static let pieceSize = 65_536

    /// The content lines of one event, unfolded.
    private static func lines(of event: CalendarEvent) -> [String] {
        var lines: [String] = []
        lines.append("BEGIN:VEVENT")
        lines.append("UID:\(text(event.uid))")
        lines.append("DTSTAMP:\(utc(event.stamp.millisecondsSince1970 / 1000))")
        switch event.when {
        case .allDay(let day):
            lines.append("DTSTART;VALUE=DATE:\(date(day))")
            lines.append("DTEND;VALUE=DATE:\(date(day.adding(days: 1)))")
        case .start(let start):
            if let instant = start.instant {
                lines.append("DTSTART:\(utc(Int64(instant.timeIntervalSince1970)))")
            } else {
                lines.append("DTSTART;VALUE=DATE:\(date(start.day))")
            }
        }
        lines.append("SUMMARY:\(text(event.summary))")
        lines.append("DESCRIPTION:\(text(event.description))")
        if let location = event.location { lines.append("LOCATION:\(text(location))") }
        if !event.categories.isEmpty {
            lines.append("CATEGORIES:\(event.categories.map(text).joined(separator: ","))")
        }
        if let status = event.status { lines.append("STATUS:\(status)") }
        lines.append("TRANSP:TRANSPARENT")
        lines.append("END:VEVENT")
        return lines
    }

    /// A TEXT value with backslashes, semicolons, commas and line breaks escaped.
    static func text(_ value: String) -> String {
        // Most values need no escape: they are passed on as they are, not rebuilt a character at a time.
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == 0x5C || $0 == 0x3B || $0 == 0x2C }) else { return value }
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": break
            default:
                if let ascii = character.asciiValue, ascii < 32 { continue }
                out.append(character)
            }
        }
        return out
    }

    /// A content line with CRLF, folded so that no line exceeds 75 octets.
    static func fold(_ line: String) -> String {
        if line.utf8.count <= 75 { return line + "\r\n" }
        var out = ""
        var lineOctets = 0
        for character in line {
            let octets = character.utf8.count
            if lineOctets + octets > 75 {
                out += "\r\n "
                lineOctets = 1
            }
            out.append(character)
            lineOctets += octets
        }
        return out + "\r\n"
    }

    static func date(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        return pad(year, 4) + pad(month, 2) + pad(dayOfMonth, 2)
    }

    static func utc(_ secondsSince1970: Int64) -> String {
        let day = Day(ordinal: Int(secondsSince1970.floorDiv(86_400)))
        let seconds = Int(secondsSince1970 - Int64(day.ordinal) * 86_400)
        return date(day) + "T" + pad(seconds / 3600, 2) + pad(seconds / 60 % 60, 2) + pad(seconds % 60, 2) + "Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension Int64 {
    fileprivate func floorDiv(_ divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
