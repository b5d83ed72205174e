import TriadCore
import TriadStore

extension PostgresSession {
    /// Which meetings a read asks for; each case is a condition on `meeting` that an index serves.
    enum MeetingSelection {
        /// The meetings a list's filter names (mission, party and the rest already looked up).
        case filter(MeetingFilter, mission: Int64?, party: Int64?)
        /// One meeting.
        case id(Int64)
        /// Meetings concerning a mission between two days, by the date index.
        case missionPeriod(mission: Int64, from: Day, to: Day)
        /// T/PCC consultations concerning any of the missions between two days.
        case consultations(missions: [Int64], from: Day, to: Day)
        /// The meetings of these ids (a page of a long list).
        case ids([Int64])
        /// Every meeting.
        case all

        /// The condition on `meeting`, its values bound to `parameters`.
        func condition(_ parameters: inout PostgresParameters) -> String {
            switch self {
            case .filter(let filter, let mission, let party):
                var conditions: [String] = []
                if let mission {
                    conditions.append(
                        "meeting.id IN (SELECT meetingId FROM meetingMission WHERE missionId = \(parameters.bind(mission)))"
                    )
                }
                if let kind = filter.kind { conditions.append("meeting.kind = \(parameters.bind(kind))") }
                if let from = filter.from { conditions.append("meeting.meetingDay >= \(parameters.bind(from))") }
                if let to = filter.to { conditions.append("meeting.meetingDay <= \(parameters.bind(to))") }
                if let party {
                    let value = parameters.bind(party)
                    conditions.append(
                        """
                        (meeting.id IN (SELECT meetingId FROM attendance WHERE partyId = \(value))
                         OR meeting.id IN (SELECT meetingId FROM invitation WHERE partyId = \(value)))
                        """)
                }
                if let status = filter.status { conditions.append("meeting.status = \(parameters.bind(status))") }
                return conditions.isEmpty ? "true" : conditions.joined(separator: " AND ")
            case .id(let id):
                return "meeting.id = \(parameters.bind(id))"
            case .missionPeriod(let mission, let from, let to):
                return """
                    meeting.meetingDay BETWEEN \(parameters.bind(from)) AND \(parameters.bind(to))
                      AND EXISTS (SELECT 1 FROM meetingMission
                                  WHERE meetingMission.meetingId = meeting.id
                                    AND meetingMission.missionId = \(parameters.bind(mission)))
                    """
            case .consultations(let missions, let from, let to):
                return """
                    meeting.kind = 'tpcc-consultation'
                      AND meeting.meetingDay BETWEEN \(parameters.bind(from)) AND \(parameters.bind(to))
                      AND EXISTS (SELECT 1 FROM meetingMission
                                  WHERE meetingMission.meetingId = meeting.id
                                    AND meetingMission.missionId = ANY(\(parameters.bind(ids: missions))))
                    """
            case .ids(let ids):
                return "meeting.id = ANY(\(parameters.bind(ids: ids)))"
            case .all:
                return "true"
            }
        }
    }
}
