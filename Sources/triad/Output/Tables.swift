import Foundation
import TriadCore
import TriadReports

/// The terminal tables of the records several commands list.
enum Tables {
    static func councilSeats(_ seats: [CouncilSeat]) -> TextTable {
        var table = TextTable(columns: [.init("Code"), .init("Name"), .init("Seat"), .init("From"), .init("To")])
        for seat in seats {
            table.append([
                seat.party, seat.name, seat.permanent ? "permanent" : "elected", seat.from.description,
                seat.to?.description ?? "",
            ])
        }
        return table
    }

    static func contributionRecords(_ contributions: [Contribution]) -> TextTable {
        var table = TextTable(columns: [
            .init("Mission"), .init("Party"), .init("As of"), .init("Troops", .right), .init("Staff", .right),
            .init("Experts", .right), .init("Police", .right), .init("FPU", .right), .init("Total", .right),
        ])
        for record in contributions {
            let personnel = record.personnel
            table.append([
                record.mission, record.party, record.asOf.description, ReportCell.grouped(personnel.troops),
                ReportCell.grouped(personnel.staffOfficers), ReportCell.grouped(personnel.experts),
                ReportCell.grouped(personnel.police),
                ReportCell.grouped(personnel.formedPolice), ReportCell.grouped(personnel.total),
            ])
        }
        return table
    }

    static func contributors(_ standings: [ContributorStanding]) -> TextTable {
        var table = TextTable(columns: [
            .init("#", .right), .init("Party"), .init("Name"), .init("As of"), .init("Troops", .right),
            .init("Staff", .right), .init("Experts", .right), .init("Police", .right), .init("FPU", .right),
            .init("Total", .right), .init("Share", .right),
        ])
        for (rank, standing) in standings.enumerated() {
            let record = standing.contribution
            let personnel = record.personnel
            table.append([
                "\(rank + 1)", record.party, record.name, record.asOf.description, ReportCell.grouped(personnel.troops),
                ReportCell.grouped(personnel.staffOfficers), ReportCell.grouped(personnel.experts),
                ReportCell.grouped(personnel.police),
                ReportCell.grouped(personnel.formedPolice), ReportCell.grouped(personnel.total),
                ReportCell.share(standing.share).displayText,
            ])
        }
        return table
    }

    static func mandates(_ mandates: [Mandate], asOf day: Day) -> TextTable {
        var table = TextTable(columns: [
            .init("Mission"), .init("Resolution"), .init("Adopted"), .init("Expires"), .init("Days left", .right),
            .init("Troops", .right), .init("Police", .right), .init("Pen"),
        ])
        for mandate in mandates {
            table.append([
                mandate.mission, mandate.resolution.description, mandate.adopted.description,
                mandate.expires?.description ?? "open-ended",
                mandate.daysToExpiry(asOf: day).map(String.init) ?? "",
                mandate.troopCeiling.map(ReportCell.grouped) ?? "", mandate.policeCeiling.map(ReportCell.grouped) ?? "",
                mandate.penholders.joined(separator: ", "),
            ])
        }
        return table
    }

    static func meetings(_ meetings: [Meeting]) -> TextTable {
        var table = TextTable(columns: [
            .init("Id"), .init("Date"), .init("Kind"), .init("Status"), .init("Missions"), .init("Title"),
        ])
        for meeting in meetings {
            table.append([
                meeting.id.description, meeting.start.day.description, meeting.kind.rawValue, meeting.status.rawValue,
                meeting.missions.joined(separator: ", "), meeting.title,
            ])
        }
        return table
    }

    /// Overdue rows are highlighted; render with `highlight: Console.standardOutput.alert`.
    static func actions(_ actions: [ActionItem]) -> TextTable {
        var table = TextTable(columns: [
            .init("Id"), .init("Owner"), .init("Due"), .init("Status"), .init("Priority"), .init("Title"),
        ])
        for action in actions {
            let status = action.daysOverdue.map { "overdue \($0)d" } ?? action.status.rawValue
            table.append(
                [
                    action.id.description, action.owner, action.due?.description ?? "", status,
                    action.priority.rawValue, action.title,
                ], highlighted: action.isOverdue)
        }
        return table
    }
}
