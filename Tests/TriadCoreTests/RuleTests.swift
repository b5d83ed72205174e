import Testing
import TriadCore

@Suite("Domain rules")
struct RuleTests {
    func day(_ text: String) -> Day { try! Day(parsing: text) }

    @Test("an action moves open ↔ in-progress, closes once, and reopens")
    func actionTransitions() throws {
        let allowed: Set<String> = [
            "open>in-progress", "in-progress>open", "open>done", "open>cancelled", "in-progress>done",
            "in-progress>cancelled", "done>open", "cancelled>open",
        ]
        for from in ActionStatus.allCases {
            for to in ActionStatus.allCases {
                #expect(from.canBecome(to) == allowed.contains("\(from.rawValue)>\(to.rawValue)"), "\(from) → \(to)")
            }
        }
        #expect(throws: DomainError.illegalActionTransition(action: "A-1", from: .done, to: .done)) {
            try ActionStatus.done.transition(to: .done, action: "A-1")
        }
        #expect(
            DomainError.illegalActionTransition(action: "A-1", from: .cancelled, to: .done).message
                == "action A-1 was cancelled; reopen it first with 'triad action reopen A-1'.")
    }

    @Test("a mandate must expire after its adoption; ceilings are not negative")
    func mandateRules() throws {
        let resolution = try ResolutionReference(number: 2800, year: 2025)
        #expect(throws: DomainError.self) {
            try Mandate(
                uuid: "u", mission: "MINUSCA", resolution: resolution, adopted: day("2025-11-13"),
                expires: day("2025-11-13"))
        }
        #expect(throws: DomainError.self) {
            try Mandate(
                uuid: "u", mission: "MINUSCA", resolution: resolution, adopted: day("2025-11-13"), expires: nil,
                troopCeiling: -1)
        }
        let openEnded = try Mandate(
            uuid: "u", mission: "UNMIK", resolution: try ResolutionReference(number: 1244, year: 1999),
            adopted: day("1999-06-10"), expires: nil)
        #expect(openEnded.daysToExpiry(asOf: day("2025-01-01")) == nil)
        #expect(openEnded.period(asOf: day("2025-01-01")) == day("1999-06-10")...day("2025-01-01"))
    }

    @Test("days to expiry count from the as-of day")
    func daysToExpiry() throws {
        let m2759 = try Mandate(
            uuid: "a", mission: "MINUSCA", resolution: ResolutionReference(number: 2759, year: 2024),
            adopted: day("2024-11-14"), expires: day("2025-11-15"))
        let m2800 = try Mandate(
            uuid: "b", mission: "MINUSCA", resolution: ResolutionReference(number: 2800, year: 2025),
            adopted: day("2025-11-13"), expires: day("2026-11-15"))
        #expect(m2759.daysToExpiry(asOf: day("2025-11-01")) == 14)
        #expect(m2800.daysToExpiry(asOf: day("2026-11-16")) == -1)
    }

    @Test(
        "the renewal calendar: expiring today up to the window's last day, soonest first; not expired, not open-ended")
    func expiring() throws {
        func mandate(_ mission: String, _ number: Int, expires: String?) throws -> Mandate {
            try Mandate(
                uuid: "\(number)", mission: mission, resolution: ResolutionReference(number: number, year: 2025),
                adopted: day("2025-01-01"), expires: expires.map(day))
        }
        let today = day("2025-11-01")
        let mandates = [
            try mandate("UNMISS", 1, expires: "2025-12-01"),  // in 30 days: the last day of the window
            try mandate("MINUSCA", 2, expires: "2025-11-15"),
            try mandate("UNIFIL", 3, expires: "2025-12-02"),  // in 31 days: outside
            try mandate("MINURSO", 4, expires: "2025-10-31"),  // expired yesterday
            try mandate("UNFICYP", 5, expires: nil),
            try mandate("MONUSCO", 6, expires: "2025-11-01"),  // today
            try mandate("ABYEI", 7, expires: "2025-11-15"),
        ]
        #expect(
            Mandate.expiring(mandates, within: 30, asOf: today).map(\.mission)
                == ["MONUSCO", "ABYEI", "MINUSCA", "UNMISS"])
    }

    @Test("groups follow from seat, contributions and kind; partners otherwise")
    func groups() {
        #expect(
            StakeholderGroup.groups(kind: .state, holdsCouncilSeat: true, contributes: true) == [
                .council, .contributors,
            ])
        #expect(StakeholderGroup.groups(kind: .state, holdsCouncilSeat: false, contributes: false) == [.partners])
        #expect(
            StakeholderGroup.groups(kind: .secretariat, holdsCouncilSeat: false, contributes: false) == [.secretariat])
        #expect(
            StakeholderGroup.groups(kind: .organization, holdsCouncilSeat: false, contributes: false) == [.partners])
        #expect(StakeholderGroup.isTriangular([.council, .contributors, .secretariat, .partners]))
        #expect(!StakeholderGroup.isTriangular([.council, .contributors, .partners]))
    }

    @Test("headcounts are not negative and add up by type")
    func personnel() throws {
        #expect(throws: DomainError.negativeNumber(field: "the number of police", value: -5)) {
            try Personnel(police: -5)
        }
        let rwanda = try Personnel(troops: 2100, staffOfficers: 60, experts: 10, police: 450, formedPolice: 280)
        #expect(rwanda.total == 2900 && rwanda.military == 2170 && rwanda.allPolice == 730)
        #expect((rwanda + rwanda).total == 5800)
    }

    @Test("contributors rank by personnel with shares; a zero record is not a contributor")
    func ranking() throws {
        func record(_ party: String, _ troops: Int) throws -> Contribution {
            Contribution(
                uuid: party, mission: "MINUSCA", party: party, name: party, asOf: day("2025-09-30"),
                personnel: try Personnel(troops: troops))
        }
        let ranked = ContributorStanding.ranking([
            try record("PAK", 1000), try record("RWA", 3000), try record("EGY", 0), try record("BGD", 1000),
        ])
        #expect(ranked.map(\.contribution.party) == ["RWA", "BGD", "PAK"])
        #expect(ranked.map(\.share) == [0.6, 0.2, 0.2])
        #expect(ContributorStanding.ranking([]).isEmpty)
    }

    @Test("an action is overdue when open or in progress and due before the as-of day")
    func overdue() {
        #expect(ActionItem.daysOverdue(due: day("2025-11-01"), status: .open, asOf: day("2025-11-10")) == 9)
        #expect(ActionItem.daysOverdue(due: day("2025-11-01"), status: .inProgress, asOf: day("2025-11-02")) == 1)
        #expect(ActionItem.daysOverdue(due: day("2025-11-10"), status: .open, asOf: day("2025-11-10")) == nil)
        #expect(ActionItem.daysOverdue(due: day("2025-11-01"), status: .done, asOf: day("2025-11-10")) == nil)
        #expect(ActionItem.daysOverdue(due: day("2025-11-01"), status: .cancelled, asOf: day("2025-11-10")) == nil)
        #expect(ActionItem.daysOverdue(due: nil, status: .open, asOf: day("2025-11-10")) == nil)
    }

    @Test("a meeting after today starts scheduled; only a scheduled one is held or cancelled")
    func meetingStatus() {
        #expect(
            MeetingStatus.initial(for: day("2025-11-02"), today: day("2025-11-01"), markedScheduled: false)
                == .scheduled)
        #expect(
            MeetingStatus.initial(for: day("2025-11-01"), today: day("2025-11-01"), markedScheduled: false) == .held)
        #expect(
            MeetingStatus.initial(for: day("2025-10-01"), today: day("2025-11-01"), markedScheduled: true) == .scheduled
        )
        #expect(MeetingStatus.scheduled.canBecome(.held) && MeetingStatus.scheduled.canBecome(.cancelled))
        #expect(!MeetingStatus.held.canBecome(.cancelled) && !MeetingStatus.cancelled.canBecome(.held))
    }

    @Test("council seats: open-ended permanent seats, elected terms, overlaps")
    func seats() throws {
        let permanent = try CouncilSeat(party: "FRA", name: "France", from: day("1945-10-24"), to: nil, permanent: true)
        #expect(permanent.isHeld(on: day("2025-06-01")))
        let term = try CouncilSeat(
            party: "PAK", name: "Pakistan", from: day("2025-01-01"), to: day("2026-12-31"), permanent: false)
        #expect(term.isHeld(on: day("2026-12-31")) && !term.isHeld(on: day("2027-01-01")))
        #expect(throws: DomainError.self) {
            try CouncilSeat(
                party: "PAK", name: "Pakistan", from: day("2025-01-01"), to: day("2024-12-31"), permanent: false)
        }
        let next = try CouncilSeat(party: "PAK", name: "Pakistan", from: day("2027-01-01"), to: nil, permanent: false)
        #expect(!term.overlaps(next) && permanent.overlaps(term))
    }

    @Test("free text is trimmed; empty text and NUL bytes are refused")
    func text() throws {
        #expect(try Text.required("  Brief the T/PCCs \n", field: "title") == "Brief the T/PCCs")
        #expect(throws: DomainError.emptyText(field: "title")) { try Text.required(" \t\n", field: "title") }
        #expect(throws: DomainError.textHoldsNul(field: "title")) { try Text.required("a\u{0}b", field: "title") }
        #expect(try Text.optional("   ", field: "x") == nil)
        let long = String(repeating: "é", count: 10_000) + "\u{202E}abc\u{0301}"
        #expect(try Text.required(long, field: "title") == long)
    }
}
