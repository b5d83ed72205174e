import TriadBackend
import TriadCore
import TriadStore

extension PostgresSession {
    /// Which actions a read asks for; each case is a condition on `actionItem` that an index serves.
    enum ActionSelection {
        /// The actions a filter names (owner, mission and meeting already looked up), but for its group.
        case filter(ActionFilter, owner: Int64?, mission: Int64?, meeting: Int64?)
        /// One action.
        case id(Int64)
        /// The actions of these ids (a page of a long list).
        case ids([Int64])
        /// Every action.
        case all

        /// The condition on `actionItem` for the actions as they stand on `day`, its values bound to
        /// `parameters`.
        func condition(_ parameters: inout PostgresParameters, day: Day) -> String {
            switch self {
            case .filter(let filter, let owner, let mission, let meeting):
                var conditions: [String] = []
                // The day is bound once, and only when a condition names it.
                let today = filter.status == .overdue || filter.dueWithin != nil ? parameters.bind(day) : "NULL"
                if let owner { conditions.append("actionItem.ownerPartyId = \(parameters.bind(owner))") }
                if let mission {
                    // Through the mission's action links (one index range per status), so that the cost follows
                    // the actions asked for, not every action the mission ever had.
                    let missionParameter = parameters.bind(mission)
                    conditions.append(
                        """
                        actionItem.id IN (SELECT link.actionItemId FROM missionAction link
                                          WHERE link.missionId = \(missionParameter)
                                            AND \(ActionRows.missionLinks.condition(filter.status, day: today)))
                        """)
                }
                if let meeting { conditions.append("actionItem.meetingId = \(parameters.bind(meeting))") }
                conditions.append(ActionRows.actions.condition(filter.status, day: today))
                if let within = filter.dueWithin {
                    conditions.append(
                        "actionItem.dueOn >= \(today) AND actionItem.dueOn <= \(parameters.bind(day.adding(days: within)))"
                    )
                }
                if let days = filter.closedOn {
                    let from = Timestamp(millisecondsSince1970: Int64(days.lowerBound.ordinal) * 86_400_000)
                    let to = Timestamp(millisecondsSince1970: Int64(days.upperBound.ordinal + 1) * 86_400_000)
                    conditions.append(
                        "actionItem.closedAt >= \(parameters.bind(from)) AND actionItem.closedAt < \(parameters.bind(to))"
                    )
                }
                return conditions.joined(separator: " AND ")
            case .id(let id):
                return "actionItem.id = \(parameters.bind(id))"
            case .ids(let ids):
                return "actionItem.id = ANY(\(parameters.bind(ids: ids)))"
            case .all:
                return "true"
            }
        }
    }
}
