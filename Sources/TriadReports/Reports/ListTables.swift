import TriadCore

/// The tables of the records the list and show commands print: one row per record, the columns a reader
/// scans on a page, every field in a spreadsheet, dates in ISO form so that they sort.
public enum ListTables {
    /// Meetings, oldest first.
    public static func meetings(_ meetings: [Meeting]) -> ReportTable {
        ReportTable(
            name: "meetings",
            columns: [
                "Id", "Date", ReportColumn("Time", .spreadsheet), "Kind", "Status", "Missions",
                ReportColumn("Chair", .spreadsheet), ReportColumn("Location", .spreadsheet),
                ReportColumn("Mode", .spreadsheet), ReportColumn("A4P", .spreadsheet),
                ReportColumn("Mandate", .spreadsheet), "Title",
            ],
            rows: meetings.map { meeting in
                ReportRow([
                    .text(meeting.id.description), .day(meeting.start.day), .text(meeting.start.time?.description),
                    .text(meeting.kind.rawValue), .text(meeting.status.rawValue),
                    .text(meeting.missions.joined(separator: ", ")), .text(meeting.chair), .text(meeting.location),
                    .text(meeting.mode?.rawValue), .text(meeting.a4p.map(\.rawValue).joined(separator: ", ")),
                    .text(meeting.mandate?.description), .text(meeting.title),
                ])
            }, emptyText: "No meetings.")
    }

    /// Mandates with the days left on `day`.
    public static func mandates(_ mandates: [Mandate], asOf day: Day) -> ReportTable {
        ReportTable(
            name: "mandates",
            columns: ["Mission", "Resolution", "Adopted", "Expires", "Days left", "Troops", "Police", "Pen"],
            rows: mandates.map { mandate in
                ReportRow([
                    .text(mandate.mission), .text(mandate.resolution.description), .day(mandate.adopted),
                    mandate.expires.map(ReportCell.day) ?? .text("open-ended"),
                    .count(mandate.daysToExpiry(asOf: day)), .count(mandate.troopCeiling),
                    .count(mandate.policeCeiling), .text(mandate.penholders.joined(separator: ", ")),
                ])
            }, emptyText: "No mandates.")
    }

    /// A mission's contributors ranked by personnel, with their shares.
    public static func contributors(_ standings: [ContributorStanding]) -> ReportTable {
        ReportTable(
            name: "contributors",
            columns: [
                "#", "Party", "Name", "As of", "Troops", ReportColumn("Staff", optional: true),
                ReportColumn("Experts", optional: true), ReportColumn("Police", optional: true),
                ReportColumn("FPU", optional: true), "Total", "Share", ReportColumn("Women", optional: true), "Women %",
            ],
            rows: standings.enumerated().map { rank, standing in
                let record = standing.contribution
                return ReportRow(
                    [.count(rank + 1), .text(record.party), .text(record.name), .day(record.asOf)]
                        + personnelCells(record.personnel)
                        + [
                            .share(standing.share), .count(record.women.total),
                            .share(Share.of(record.women.total, in: record.personnel.total)),
                        ])
            }, emptyText: "No contributors.")
    }

    /// Contribution records, by mission and date.
    public static func contributions(_ records: [Contribution]) -> ReportTable {
        ReportTable(
            name: "contributions",
            columns: ["Mission", "Party", "As of", "Troops", "Staff", "Experts", "Police", "FPU", "Total", "Women"],
            rows: records.map { record in
                ReportRow(
                    [.text(record.mission), .text(record.party), .day(record.asOf)] + personnelCells(record.personnel)
                        + [.count(record.women.total)])
            }, emptyText: "No contributions.")
    }

    /// Council seats, permanent first.
    public static func councilSeats(_ seats: [CouncilSeat]) -> ReportTable {
        ReportTable(
            name: "seats",
            columns: ["Code", "Name", "Seat", "From", "To"],
            rows: seats.map { seat in
                ReportRow([
                    .text(seat.party), .text(seat.name), .text(seat.permanent ? "permanent" : "elected"),
                    .day(seat.from), .day(seat.to),
                ])
            }, emptyText: "No Council seats.")
    }

    /// The members on a day, permanent first, the presiding one marked.
    public static func councilMembers(_ members: [CouncilMember]) -> ReportTable {
        ReportTable(
            name: "members",
            columns: ["Code", "Name", "Seat", "From", "To", "President"],
            rows: members.map { member in
                let seat = member.seat
                return ReportRow([
                    .text(seat.party), .text(seat.name), .text(seat.permanent ? "permanent" : "elected"),
                    .day(seat.from), .day(seat.to), .text(member.president ? "president" : ""),
                ])
            }, emptyText: "No Council members.")
    }

    /// Presidents of the Council by month.
    public static func councilPresidencies(_ presidencies: [CouncilPresidency]) -> ReportTable {
        ReportTable(
            name: "presidency",
            columns: ["Month", "Code", "Name"],
            rows: presidencies.map { presidency in
                ReportRow([.text(presidency.month), .text(presidency.party), .text(presidency.name)])
            }, emptyText: "No presidency recorded for these months.")
    }

    /// Parity targets by year and category.
    public static func parityTargets(_ targets: [ParityTarget]) -> ReportTable {
        ReportTable(
            name: "parity",
            columns: ["Year", "Category", "Target", "Source"],
            rows: targets.map { target in
                ReportRow([
                    .text(String(target.year)), .text(target.category.rawValue),
                    .share(Double(target.perMille) / 1_000), .text(target.source),
                ])
            }, emptyText: "No parity targets recorded.")
    }

    /// Parties with their groups on `day`.
    public static func parties(_ parties: [PartyListing], on day: Day) -> ReportTable {
        ReportTable(
            name: "parties",
            columns: ["Code", "Name", "Kind", ReportColumn("Groups on \(day)")],
            rows: parties.map { party in
                ReportRow([
                    .text(party.code), .text(party.name), .text(party.kind.rawValue),
                    .text(party.groups.map(\.rawValue).joined(separator: ", ")),
                ])
            }, emptyText: "No parties.")
    }

    /// Missions by acronym.
    public static func missions(_ missions: [MissionListing]) -> ReportTable {
        ReportTable(
            name: "missions",
            columns: [
                "Acronym", ReportColumn("Type", optional: true), "Host", "Established", "Closed", "Phase", "Name",
            ],
            rows: missions.map { listing in
                let mission = listing.mission
                return ReportRow([
                    .text(mission.acronym), .text(mission.type.rawValue),
                    .text(mission.territory ?? mission.hosts.joined(separator: ", ")),
                    .day(mission.established), .day(mission.closed), .text(listing.phase?.phase.rawValue ?? ""),
                    .text(mission.name),
                ])
            }, emptyText: "No missions.")
    }

    /// A headcount's cells: troops, staff officers, experts, police, formed police, total.
    private static func personnelCells(_ personnel: Personnel) -> [ReportCell] {
        [
            .count(personnel.troops), .count(personnel.staffOfficers), .count(personnel.experts),
            .count(personnel.police), .count(personnel.formedPolice), .count(personnel.total),
        ]
    }
}
