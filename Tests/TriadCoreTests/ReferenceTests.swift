import Testing
import TriadCore

@Suite("References users type")
struct ReferenceTests {
    @Test("meetings and actions by number, with or without prefix, any case")
    func identifiers() throws {
        #expect(try MeetingID(parsing: "M-12").rawValue == 12)
        #expect(try MeetingID(parsing: "m-12").rawValue == 12)
        #expect(try MeetingID(parsing: "12").rawValue == 12)
        #expect(try ActionID(parsing: "a-57").description == "A-57")
        for bad in ["A-12", "M-", "M-0", "-3", "M-1x", "", "M-99999999999999999999"] {
            #expect(throws: DomainError.self) { try MeetingID(parsing: bad) }
        }
        #expect(throws: DomainError.self) { try ActionID(parsing: "M-3") }
    }

    @Test(
        "resolutions in every form CLI.md names",
        arguments: ["2800 (2025)", "2800(2025)", "S/RES/2800 (2025)", "s/res/2800(2025)", " 2800 ( 2025 ) "])
    func resolutions(text: String) throws {
        let reference = try ResolutionReference(parsing: text.replacingOccurrences(of: "( 2025 )", with: "(2025)"))
        #expect(reference.number == 2800 && reference.year == 2025)
        #expect(reference.description == "2800 (2025)")
        #expect(reference.symbol == "S/RES/2800 (2025)")
    }

    @Test(
        "malformed resolutions are refused",
        arguments: ["2800", "(2025)", "2800 (25)", "S/RES/x (2025)", "2800 (2025", "0 (2025)"])
    func badResolutions(text: String) {
        #expect(throws: DomainError.self) { try ResolutionReference(parsing: text) }
    }

    @Test("party codes are normalized; bad ones refused")
    func partyCodes() throws {
        #expect(try Party.normalizedCode(" rwa ") == "RWA")
        #expect(throws: DomainError.self) { try Party.normalizedCode("R") }
        #expect(throws: DomainError.self) { try Party.normalizedCode("R W A") }
        #expect(throws: DomainError.self) { try Party.normalizedCode("'; DROP") }
    }

    @Test("slugs are read case-insensitively, with a suggestion for a typo")
    func slugs() throws {
        #expect(try MeetingKind(slug: "TPCC-Consultation") == .tpccConsultation)
        #expect(
            throws: DomainError.unknownSlug(
                "protektion", vocabulary: "A4P area", suggestion: "protection", known: A4PArea.allCases.map(\.rawValue))
        ) {
            try A4PArea(slug: "protektion")
        }
        #expect(try A4PArea.parseList(["protection,wps", "wps", " politics "]) == [.protection, .wps, .politics])
        #expect(try A4PArea.parseList(["protection, ,wps,,\t", "\u{2003}", "", " WPS"]) == [.protection, .wps])
        #expect(A4PArea.allCases.count == 16)
    }

    @Test("a position's kind, topic and uptake are the slugs of DOMAIN.md, and positions are numbered P-N")
    func positionVocabulary() throws {
        #expect(PositionKind.allCases.map(\.rawValue) == ["request", "concern", "commitment", "caveat"])
        #expect(
            PositionTopic.allCases.map(\.rawValue) == [
                "ceilings", "tasks", "force-protection", "rules-of-engagement", "capabilities", "host-consent",
                "reporting", "timelines", "other",
            ])
        #expect(UptakeStatus.allCases.map(\.rawValue) == ["taken-up", "partly", "not-taken-up", "overtaken"])
        #expect(
            try PositionTopic(slug: "Host-Consent") == .hostConsent
                && PositionTopic.capabilities.title == "Capabilities and enablers")
        #expect(throws: DomainError.self) { try PositionKind(slug: "demand") }
        #expect(try PositionID(parsing: "p-12").description == "P-12")
        #expect(throws: DomainError.self) { try PositionID(parsing: "A-12") }
    }

    @Test("suggestions find close codes and nothing for distant ones")
    func suggestions() {
        #expect(Suggestions.closest(to: "RWD", among: ["RWA", "PAK", "BGD"]) == "RWA")
        #expect(Suggestions.closest(to: "minuska", among: ["MINUSCA", "MINUSMA", "MONUSCO"]) == "MINUSCA")
        #expect(Suggestions.closest(to: "XYZ", among: ["RWA", "PAK"]) == nil)
        #expect(Suggestions.closest(to: "ovredue", among: ActionStatusFilter.allCases.map(\.rawValue)) == "overdue")
    }
}
