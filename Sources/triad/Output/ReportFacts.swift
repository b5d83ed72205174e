import TriadCore
import TriadReports
import TriadStore

/// Asking the store for a report's inputs: the wiring between the two, which neither knows of the other.
/// Each function asks one reader, that is one snapshot, for everything its report shows.
enum ReportFacts {
    static func mandateReview(
        _ acronym: String, schedule: ConsultationSchedule, asOf: Day, in database: any StoreReader
    ) throws -> MandateReviewFacts {
        let mission = try database.mission(acronym)
        let mandate = try database.mandate(mission: mission.acronym, on: asOf)
        var meetings: [MeetingDetail] = []
        var areas: Set<A4PArea> = []
        var positions: [Position] = []
        var positionsCycle: UptakeCycle?
        if let mandate {
            let uptakeCycle = UptakeCycle(
                following: mandate,
                among: try database.mandates(mission: mission.acronym, expiringWithin: nil, asOf: asOf))
            positions = try database.positions(PositionFilter(mission: mission.acronym)).filter(uptakeCycle.answers)
            positionsCycle = uptakeCycle
            // The renewal cycle holds the window of the next renewal: it starts windowDays before the adoption,
            // the window windowDays before the expiry, which comes after the adoption.
            let cycle = schedule.cycle(of: mandate, asOf: asOf)
            meetings = try database.meetingDetails(
                mission: mission.acronym, from: cycle.lowerBound, to: cycle.upperBound)
            areas = try database.actionAreas(
                mission: mission.acronym, from: cycle.lowerBound, to: min(asOf, cycle.upperBound))
        }
        return MandateReviewFacts(
            mission: mission, mandate: mandate, meetings: meetings,
            contributors: try database.contributors(mission: mission.acronym, on: asOf),
            lastConsulted: try database.lastAttendance(mission: mission.acronym, upTo: asOf),
            openActions: try database.actions(ActionFilter(mission: mission.acronym), asOf: asOf),
            actionCounts: try database.actionStatusCounts(mission: mission.acronym, asOf: asOf), actionAreas: areas,
            parityTargets: try database.parityTargets(year: asOf.components.year), positions: positions,
            positionsCycle: positionsCycle)
    }

    static func renewals(
        within days: Int, schedule: ConsultationSchedule, asOf: Day, in database: any StoreReader
    ) throws -> [RenewalsReport.Facts] {
        // A fixed number of queries for any number of mandates: each asks for all the missions at once.
        let mandates = try database.mandates(mission: nil, expiringWithin: days, asOf: asOf)
        let missions = Array(Set(mandates.map(\.mission))).sorted()
        let windows = mandates.compactMap(schedule.window)
        var consultations: [Meeting] = []
        if let from = windows.map(\.lowerBound).min(), let to = windows.map(\.upperBound).max() {
            consultations = try database.consultations(missions: missions, from: from, to: to)
        }
        let last = try database.lastConsultations(missions: missions, upTo: asOf)
        // The calendar shows open and overdue actions only.
        let counts = try database.actionStatusCounts(missions: missions, asOf: asOf, openOnly: true)
        var phases: [String: MissionPhase] = [:]
        for mission in try database.missions() where missions.contains(mission.acronym) {
            phases[mission.acronym] = mission.phase(on: asOf)
        }
        return mandates.map { mandate in
            let window = schedule.window(mandate)
            return RenewalsReport.Facts(
                mandate: mandate,
                consultations: consultations.filter { meeting in
                    meeting.missions.contains(mandate.mission) && window?.contains(meeting.start.day) == true
                },
                lastConsultation: last[mandate.mission], actionCounts: counts[mandate.mission] ?? ActionStatusCounts(),
                phase: phases[mandate.mission])
        }
    }

    static func contributors(_ acronym: String, asOf: Day, in database: any StoreReader) throws
        -> ContributorsReport.Facts
    {
        let mission = try database.mission(acronym)
        let mandate = try database.mandate(mission: mission.acronym, on: asOf)
        var attended: [String: Int] = [:]
        if let period = mandate?.period(asOf: asOf) {
            attended = try database.attendanceCounts(
                mission: mission.acronym, from: period.lowerBound, to: min(asOf, period.upperBound))
        }
        return ContributorsReport.Facts(
            mission: mission, mandate: mandate,
            contributors: try database.contributors(mission: mission.acronym, on: asOf),
            meetingsAttended: attended,
            lastConsulted: try database.lastAttendance(mission: mission.acronym, upTo: asOf),
            actionsOwned: try database.actionCountsByOwner(mission: mission.acronym, asOf: asOf))
    }

    /// The positions an adoption of the mission answers: `resolution`'s, or the latest mandate adopted on or
    /// before `asOf` (the earliest recorded when none is).
    static func uptake(
        _ acronym: String, mandate resolution: ResolutionReference?, asOf: Day, in database: any StoreReader
    ) throws -> UptakeReport.Facts {
        let mission = try database.mission(acronym)
        let mandates = try database.mandates(mission: mission.acronym, expiringWithin: nil, asOf: asOf)
        let mandate: Mandate
        if let resolution {
            mandate = try database.mandate(resolution)
            guard mandate.mission == mission.acronym else {
                throw DomainError.mandateOfAnotherMission(
                    resolution: resolution.description, mission: mandate.mission, asked: mission.acronym)
            }
        } else {
            guard let latest = mandates.last(where: { $0.adopted <= asOf }) ?? mandates.first else {
                throw StoreError.noMandateInForce(mission: mission.acronym, on: asOf)
            }
            mandate = latest
        }
        return UptakeReport.Facts(
            mission: mission, mandate: mandate, cycle: UptakeCycle(endingWith: mandate, among: mandates),
            positions: try database.positions(PositionFilter(mandate: mandate.resolution)),
            contributors: try database.contributors(mission: mission.acronym, on: mandate.adopted))
    }

    static func missionProfile(_ acronym: String, asOf day: Day, in database: any StoreReader) throws -> MissionProfile
    {
        let mission = try database.mission(acronym)
        return MissionProfile(
            mission: mission, asOf: day,
            mandates: try database.mandates(mission: mission.acronym, expiringWithin: nil, asOf: day),
            mandateInForce: try database.mandate(mission: mission.acronym, on: day),
            contributors: try database.contributors(mission: mission.acronym, on: day),
            recentMeetings: Array(try database.meetings(MeetingFilter(mission: mission.acronym)).suffix(10)),
            openActions: try database.actions(ActionFilter(mission: mission.acronym), asOf: day))
    }

    static func partyProfile(_ code: String, asOf day: Day, in database: any StoreReader) throws -> PartyProfile {
        let listing = try database.party(code, on: day)
        return PartyProfile(
            party: try Party(code: listing.code, name: listing.name, kind: listing.kind), groups: listing.groups,
            asOf: day, councilSeats: try database.councilSeats(of: listing.code),
            contributions: try database.contributions(party: listing.code),
            meetings: try database.meetings(MeetingFilter(party: listing.code)),
            actions: try database.actions(ActionFilter(owner: listing.code, status: .all), asOf: day))
    }
}
