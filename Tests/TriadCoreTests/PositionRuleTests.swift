import Testing
import TriadCore

/// The rules of positions and uptake, at their edges: who may raise one where, and which adoption may answer it.
@Suite("Position rules")
struct PositionRuleTests {
    func day(_ text: String) -> Day { try! Day(parsing: text) }

    func mandate(_ number: Int, _ mission: String, adopted: String) throws -> Mandate {
        try Mandate(
            uuid: "m\(number)", mission: mission, resolution: ResolutionReference(number: number, year: 2025),
            adopted: day(adopted), expires: nil)
    }

    func position(raisedOn: String, missions: [String] = ["MINUSCA"], uptake: PositionUptake? = nil) -> Position {
        Position(
            id: PositionID(rawValue: 1), uuid: "p", meeting: MeetingID(rawValue: 1), raisedOn: day(raisedOn),
            missions: missions, party: "RWA", partyName: "Rwanda", partyGroups: [.contributors], kind: .request,
            topic: .ceilings, text: "t", a4p: [], uptake: uptake, classification: .unclassified,
            createdAt: Timestamp(millisecondsSince1970: 0), updatedAt: Timestamp(millisecondsSince1970: 0))
    }

    @Test("a party raises a position only at a meeting it attended that was not cancelled")
    func raiser() throws {
        let meeting = MeetingID(rawValue: 3)
        try PositionRules.checkRaiser("RWA", meeting: meeting, status: .held, attendees: ["FRA", "RWA"])
        try PositionRules.checkRaiser("RWA", meeting: meeting, status: .scheduled, attendees: ["RWA"])
        #expect(throws: DomainError.partyNotPresent(party: "MRT", meeting: "M-3")) {
            try PositionRules.checkRaiser("MRT", meeting: meeting, status: .held, attendees: ["FRA", "RWA"])
        }
        #expect(throws: DomainError.positionAtCancelledMeeting(meeting: "M-3")) {
            try PositionRules.checkRaiser("RWA", meeting: meeting, status: .cancelled, attendees: ["RWA"])
        }
    }

    @Test("an uptake is judged against a mandate of the meeting's mission adopted after the meeting day")
    func uptake() throws {
        let id = PositionID(rawValue: 1)
        let later = try mandate(2800, "MINUSCA", adopted: "2025-11-13")
        try PositionRules.checkUptake(of: id, raisedOn: day("2025-11-12"), missions: ["MINUSCA"], against: later)
        #expect(throws: DomainError.self, "adopted the same day") {
            try PositionRules.checkUptake(of: id, raisedOn: day("2025-11-13"), missions: ["MINUSCA"], against: later)
        }
        #expect(throws: DomainError.self) {
            try PositionRules.checkUptake(of: id, raisedOn: day("2025-11-12"), missions: ["UNMISS"], against: later)
        }
        #expect(throws: DomainError.self, "a meeting on no mission") {
            try PositionRules.checkUptake(of: id, raisedOn: day("2025-11-12"), missions: [], against: later)
        }
    }

    @Test(
        "a cycle runs from the previous adoption (included) to its own (excluded), and takes in what is judged against it"
    )
    func cycle() throws {
        let first = try mandate(2700, "MINUSCA", adopted: "2024-11-14")
        let second = try mandate(2800, "MINUSCA", adopted: "2025-11-13")
        let elsewhere = try mandate(2790, "UNMISS", adopted: "2025-04-30")
        let cycle = UptakeCycle(endingWith: second, among: [second, elsewhere, first])
        #expect(cycle.from == day("2024-11-14"))
        #expect(!cycle.answers(position(raisedOn: "2024-11-13")))
        #expect(cycle.answers(position(raisedOn: "2024-11-14")))
        #expect(cycle.answers(position(raisedOn: "2025-11-12")))
        #expect(!cycle.answers(position(raisedOn: "2025-11-13")))
        #expect(!cycle.answers(position(raisedOn: "2025-06-01", missions: ["UNMISS"])))
        let carried = try PositionUptake(mandate: second.resolution, status: .partly, paragraph: "OP 3", note: nil)
        #expect(cycle.answers(position(raisedOn: "2024-01-01", uptake: carried)))
        #expect(UptakeCycle(endingWith: first, among: [first, second]).from == nil)
        let open = UptakeCycle(following: second, among: [first, second])
        #expect(open.mandate == nil && open.answers(position(raisedOn: "2030-01-01")))
        #expect(UptakeCycle(following: first, among: [first, second]).mandate == second)
        let counts = UptakeCounts(
            [position(raisedOn: "2025-01-01", uptake: carried), position(raisedOn: "2025-01-01")], in: second.resolution
        )
        #expect(counts.partly == 1 && counts.pending == 1 && counts.raised == 2)
        #expect(UptakeCounts([position(raisedOn: "2025-01-01", uptake: carried)], in: first.resolution).pending == 1)
    }
}
