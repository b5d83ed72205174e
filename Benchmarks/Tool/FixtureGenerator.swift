import Foundation
import TriadCore
import TriadSQLite
import TriadStore

/// Writes a realistic database through the real store: missions with yearly mandates, every state's
/// monthly contributions, meetings with attendance and agenda, and action items with notes, most closed,
/// some overdue, a few parties owning most. Everything follows from the plan's seed.
struct FixtureGenerator {
    let plan: FixturePlan
    let database: SQLiteStore
    var random: SeededRandom
    /// Called with a line of progress now and then.
    let report: (String) -> Void

    private var missions: [Mission] = []
    private var states: [String] = []
    private var secretariat: [String] = []
    /// Per state, a size factor: a few states deploy most personnel.
    private var stateWeight: [String: Int] = [:]
    /// Per month (year × 12 + month), the states serving in each mission.
    private var contributorsByMonth: [Int: [String: [String]]] = [:]

    init(plan: FixturePlan, database: SQLiteStore, report: @escaping (String) -> Void) {
        self.plan = plan
        self.database = database
        self.random = SeededRandom(seed: plan.seed)
        self.report = report
    }

    mutating func run() throws {
        let parties = try database.read { try $0.parties(on: plan.present) }
        states = parties.filter { $0.kind == .state }.map(\.code)
        secretariat = parties.filter { $0.kind == .secretariat }.map(\.code)
        for (rank, code) in states.enumerated() { stateWeight[code] = max(1, 60 / (1 + rank % 40)) }
        states.shuffle(using: &random)
        try addMissions()
        try addMandates()
        try addContributions()
        try addMeetingsAndActions()
    }

    // MARK: Missions and mandates

    private mutating func addMissions() throws {
        missions = try database.read { try $0.missions() }
        let wanted = plan.missions - missions.count
        try database.asOneCommand(summary: "fixture: \(wanted) missions") {
            for number in stride(from: 1, through: wanted, by: 1) {
                let established = plan.start.adding(days: Int.random(in: 0..<(25 * 365), using: &random))
                let closes = random.chance(0.4)
                let closed =
                    closes ? established.adding(days: Int.random(in: (5 * 365)..<(25 * 365), using: &random)) : nil
                let mission = try Mission(
                    acronym: "FXM\(number < 10 ? "0" : "")\(number)", name: "Fixture Mission \(number)",
                    hosts: [states[number % states.count]], territory: nil, established: established,
                    closed: closed.flatMap { $0 < plan.present ? $0 : nil })
                missions.append(try database.addMission(mission))
            }
        }
        report("missions: \(missions.count)")
    }

    private mutating func addMandates() throws {
        var resolution = 3001
        var count = 0
        try database.asOneCommand(summary: "fixture: yearly mandates") {
            for mission in missions {
                var adopted = max(mission.established ?? plan.start, plan.start)
                let end = min(mission.closed ?? plan.present.adding(days: 365), plan.present.adding(days: 365))
                while adopted < end && adopted <= plan.present {
                    let year = adopted.components.year
                    let pens = ["FRA", "GBR", "USA"][resolution % 3]
                    try database.recording(at: noon(adopted)).addMandate(
                        MandateDraft(
                            mission: mission.acronym,
                            resolution: try ResolutionReference(number: resolution, year: year),
                            adopted: adopted, expires: adopted.adding(days: 365),
                            troopCeiling: 2_000 + (resolution * 37) % 14_000,
                            policeCeiling: 200 + (resolution * 11) % 2_000,
                            penholders: [pens]))
                    resolution += 1
                    count += 1
                    adopted = adopted.adding(days: 365)
                }
            }
        }
        report("mandates: \(count)")
    }

    // MARK: Contributions

    /// The missions a state serves in a month: one to three of those deployed, chosen by a hash of the
    /// state and the mission so that a state stays with its missions from month to month.
    private func missionsServed(by state: String, among active: [Mission]) -> [Mission] {
        let count = 1 + abs(state.hashValueStable) % 3
        return active.map { (affinity(state, $0), $0) }.sorted { $0.0 < $1.0 }.prefix(count).map(\.1)
    }

    private func affinity(_ state: String, _ mission: Mission) -> Int {
        (state + ":" + mission.acronym).hashValueStable
    }

    private mutating func addContributions() throws {
        var month = plan.start.adding(months: 1).adding(days: -1)
        var rows = 0
        while month < plan.present {
            let active = missions.filter { $0.isActive(on: month) }
            var served: [String: [String]] = [:]
            try database.asOneCommand(summary: "fixture: contributions of \(month)") {
                for state in states {
                    for mission in missionsServed(by: state, among: active) {
                        served[mission.acronym, default: []].append(state)
                        let weight = stateWeight[state] ?? 1
                        let base = weight * (5 + abs(affinity(state, mission)) % 40)
                        let wobble = Int.random(in: 0...(base / 10 + 1), using: &random)
                        try database.recording(at: noon(month)).setContribution(
                            mission: mission.acronym, party: state, asOf: month,
                            PersonnelChange(
                                troops: base * 8 + wobble, staffOfficers: base / 4, experts: base / 8, police: base,
                                formedPolice: weight > 20 ? base * 3 : 0))
                        rows += 1
                    }
                }
            }
            contributorsByMonth[monthKey(month)] = served
            month = month.adding(days: 1).adding(months: 1).adding(days: -1)
        }
        report("contribution records: \(rows)")
    }

    // MARK: Meetings and actions

    private static let kinds: [(MeetingKind, Int)] = [
        (.secretariatBriefing, 25), (.informal, 25), (.councilPublic, 20), (.tpccConsultation, 15), (.wgpko, 10),
        (.c34, 5),
    ]

    private mutating func addMeetingsAndActions() throws {
        let span = plan.present.days(since: plan.start)
        // Meeting days in time order, so that ids grow with time as in a real record.
        var days = (0..<plan.meetings).map { _ in plan.start.adding(days: Int.random(in: 0..<span, using: &random)) }
        days.sort()
        var actions = 0
        var notes = 0
        let batch = 1_000
        let started = Date()
        for first in stride(from: 0, to: days.count, by: batch) {
            try database.asOneCommand(summary: "fixture: meetings \(first + 1) to \(min(first + batch, days.count))") {
                for day in days[first..<min(first + batch, days.count)] {
                    let added = try addMeeting(on: day)
                    actions += added.actions
                    notes += added.notes
                }
            }
            if (first / batch) % 10 == 9 {
                let done = first + batch
                let rate = Double(done) / max(0.001, Date().timeIntervalSince(started))
                let left = Int((Double(days.count - done) / rate).rounded(.up))
                report(
                    "meetings: \(done) of \(days.count), actions: \(actions), notes: \(notes); "
                        + "\(Int(rate)) meetings a second, about \(left) s left")
            }
        }
        report("meetings: \(days.count), actions: \(actions), notes: \(notes)")
    }

    private mutating func addMeeting(on day: Day) throws -> (actions: Int, notes: Int) {
        let active = missions.filter { $0.isActive(on: day) }
        let mission = active.isEmpty ? missions[0] : active[random.skewedIndex(below: active.count)]
        var pick = Int.random(in: 0..<100, using: &random)
        let kind =
            FixtureGenerator.kinds.first {
                pick -= $0.1; return pick < 0
            }?.0 ?? .informal
        let contributors = contributorsByMonth[monthKey(day)]?[mission.acronym] ?? []
        var attendees = ["CHN", "FRA", "GBR", "RUS", "USA", "DPO"]
        attendees += contributors.shuffled(using: &random).prefix(Int.random(in: 2...8, using: &random))
        attendees += mission.hosts
        let areas = Array(A4PArea.allCases.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)))
        let recorder = database.recording(at: noon(day))
        let meeting = try recorder.logMeeting(
            try MeetingDraft(
                kind: kind, title: "\(kind.rawValue) on \(mission.acronym)", start: MeetingStart(day: day),
                status: random.chance(0.02) ? .cancelled : .held, missions: [mission.acronym],
                chair: kind == .tpccConsultation ? "DPO" : nil, location: "New York", mode: .inPerson,
                summary: "Generated meeting.", a4p: areas,
                attendees: Array(Set(attendees)).sorted().map { ($0, nil) }))
        for item in 1...Int.random(in: 1...3, using: &random) {
            try recorder.addAgendaItem(
                meeting, title: "Item \(item)", a4p: [areas[item % areas.count]], outcome: "Noted")
        }
        var notes = 0
        let count = Int.random(in: 0...(2 * plan.actionsPerMeeting), using: &random)
        for number in 0..<count {
            let owner = ownerOfAction(contributors: contributors)
            let due = day.adding(days: Int.random(in: 14...120, using: &random))
            let id = try recorder.addAction(
                try ActionDraft(
                    title: "Follow-up \(number + 1) of meeting \(meeting)", owner: owner, meeting: meeting,
                    due: due, priority: [.normal, .normal, .high, .low, .urgent][number % 5],
                    a4p: [areas[number % areas.count]]))
            let settled = due.days(since: plan.present) < -60
            let closes = settled ? random.chance(0.95) : random.chance(0.4)
            if random.chance(0.3) {
                try recorder.addNote("Progress reported on \(due.adding(days: -7)).", to: id, asOf: plan.present)
                notes += 1
            }
            if closes {
                let closedOn = min(due.adding(days: Int.random(in: -10...20, using: &random)), plan.present)
                let status: ActionStatus = random.chance(0.07) ? .cancelled : .done
                try database.recording(at: noon(max(closedOn, day))).changeActionStatus(
                    id, to: status, note: "Closed on \(closedOn).", asOf: plan.present)
                notes += 1
            }
        }
        return (count, notes)
    }

    /// DPO and DOS own most actions, then a few other Secretariat entities, then the mission's contributors.
    private mutating func ownerOfAction(contributors: [String]) -> String {
        let owners = ["DPO", "DOS"] + secretariat.filter { $0 != "DPO" && $0 != "DOS" } + contributors
        return owners[random.skewedIndex(below: owners.count)]
    }

    private func monthKey(_ day: Day) -> Int {
        day.components.year * 12 + day.components.month
    }

    private func noon(_ day: Day) -> Timestamp {
        Timestamp(millisecondsSince1970: Int64(day.ordinal) * 86_400_000 + 43_200_000)
    }
}

extension String {
    /// A hash that is the same in every run (Swift's `hashValue` is seeded per process).
    fileprivate var hashValueStable: Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: hash >> 1)
    }
}
