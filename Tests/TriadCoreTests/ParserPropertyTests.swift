import Foundation
import PropertyBased
import Testing
import TriadCore

/// Properties of the parsers of what users type, over many generated inputs, hostile ones included.
@Suite("Parser properties")
struct ParserPropertyTests {
    static let typed = Gen.element(of: Array("0123456789-+dwmyTt :Z/().SRESM")).compactMap { $0 }.string(of: 0...16)

    @Test("every day prints as a date that parses back to it")
    func daysRoundTrip() async {
        await propertyCheck(count: 1_000, input: Gen.int(in: -700_000...2_900_000)) { ordinal in
            let day = Day(ordinal: ordinal)
            #expect((try? Day(parsing: day.description)) == day)
        }
    }

    @Test("any typed text either parses or is refused with a message; absolute dates print back as typed")
    func hostileDates() async {
        await propertyCheck(count: 2_000, input: ParserPropertyTests.typed) { text in
            if let expression = try? DateExpression(parsing: text) {
                if case .absolute(let day) = expression {
                    #expect(day.description == text.trimmingCharacters(in: .whitespaces))
                }
            } else {
                #expect(ParserPropertyTests.refusal { _ = try DateExpression(parsing: text) }?.isEmpty == false)
            }
            if (try? DateTimeExpression(parsing: text)) == nil {
                #expect(ParserPropertyTests.refusal { _ = try DateTimeExpression(parsing: text) }?.isEmpty == false)
            }
        }
    }

    @Test("every instant prints in ISO 8601 and reads back, from its text and from its bytes")
    func instantsRoundTrip() async {
        // From 0001-01-01 to 9999-12-31, to the millisecond.
        await propertyCheck(count: 1_000, input: Gen.int(in: -62_135_596_800_000...253_402_300_799_999)) { millis in
            let instant = Timestamp(millisecondsSince1970: Int64(millis))
            var text = instant.iso8601
            #expect((try? Timestamp(iso8601: text)) == instant)
            #expect(text.withUTF8 { Timestamp(iso8601UTF8: $0) } == instant)
        }
    }

    @Test("an instant's text with one byte changed reads the same from its text and from its bytes, or not at all")
    func alteredInstants() async {
        let replacements = Array("0123456789-:.TZ x9")
        await propertyCheck(
            count: 2_000, input: Gen.int(in: 0...23), Gen.int(in: 0...(replacements.count - 1)),
            Gen.int(in: 0...4_102_444_799_999)
        ) { position, replacement, millis in
            var bytes = Array(Timestamp(millisecondsSince1970: Int64(millis)).iso8601.utf8)
            bytes[position] = replacements[replacement].asciiValue!
            let text = String(decoding: bytes, as: UTF8.self)
            let fromBytes = bytes.withUnsafeBufferPointer { Timestamp(iso8601UTF8: $0) }
            let fromText = try? Timestamp(iso8601: text)
            #expect(fromBytes == fromText)
            if fromText == nil {
                #expect(ParserPropertyTests.refusal { _ = try Timestamp(iso8601: text) }?.isEmpty == false)
            }
        }
    }

    @Test("+Nd, -Nd and +Nw move today by N days and N weeks")
    func relativeDays() async {
        let today = try! Day(parsing: "2025-11-01")
        await propertyCheck(count: 500, input: Gen.int(in: 0...99_999)) { count in
            #expect((try? DateExpression(parsing: "+\(count)d"))?.resolve(today: today) == today.adding(days: count))
            #expect((try? DateExpression(parsing: "-\(count)d"))?.resolve(today: today) == today.adding(days: -count))
            #expect(
                (try? DateExpression(parsing: "+\(count % 1000)w"))?.resolve(today: today)
                    == today.adding(days: 7 * (count % 1000)))
        }
    }

    @Test("meeting and action numbers and resolutions print as they parse")
    func references() async {
        await propertyCheck(count: 1_000, input: Gen.int(in: 1...999_999_999), Gen.int(in: 1946...2999)) {
            number, year in
            #expect((try? MeetingID(parsing: "M-\(number)"))?.rawValue == Int64(number))
            #expect((try? ActionID(parsing: "\(number)"))?.description == "A-\(number)")
            guard let resolution = try? ResolutionReference(number: number, year: year) else {
                Issue.record("\(number) (\(year)) refused")
                return
            }
            #expect((try? ResolutionReference(parsing: resolution.description)) == resolution)
            #expect((try? ResolutionReference(parsing: resolution.symbol)) == resolution)
            #expect((try? ResolutionReference(parsing: "\(number)(\(year))")) == resolution)
        }
    }

    @Test("typed references either parse or are refused")
    func hostileReferences() async {
        await propertyCheck(count: 2_000, input: ParserPropertyTests.typed) { text in
            for message in [
                ParserPropertyTests.refusal { _ = try MeetingID(parsing: text) },
                ParserPropertyTests.refusal { _ = try ActionID(parsing: text) },
                ParserPropertyTests.refusal { _ = try ResolutionReference(parsing: text) },
            ] {
                #expect(message.map { !$0.isEmpty && !$0.hasPrefix("unexpected") } ?? true)
            }
        }
    }

    /// The message of the domain error a parse throws; nil when it succeeds.
    static func refusal(_ parse: () throws -> Void) -> String? {
        do {
            try parse()
            return nil
        } catch let error as DomainError {
            return error.message
        } catch {
            return "unexpected \(error)"
        }
    }
}
