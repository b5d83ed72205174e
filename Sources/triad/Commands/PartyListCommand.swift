import ArgumentParser
import TriadCore
import TriadReports

/// `triad party list`: parties with their stakeholder groups on a day.
struct PartyListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List parties, optionally of one kind or one stakeholder group on a day.")

    @Option(
        help: "Only parties of this kind: state, secretariat or organization.", completion: .slugs(PartyKind.self),
        transform: PartyKind.init(slug:))
    var kind: PartyKind?

    @Option(
        help: "Only parties in this group on the day: council, contributors, secretariat or partners.",
        completion: .slugs(StakeholderGroup.self), transform: StakeholderGroup.init(slug:))
    var group: StakeholderGroup?

    @Option(
        help: ArgumentHelp("The day the groups are taken on (default: today).", valueName: "date"),
        transform: DateExpression.init(parsing:))
    var on: DateExpression?

    @Option(help: "Count as contributors only those deployed in this mission.")
    var mission: String?

    @Option(
        help: "The order of the list: name (as the UN lists member states) or code.",
        completion: .slugs(PartyOrder.self), transform: PartyOrder.init(slug:))
    var sort: PartyOrder = .name

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let day = on.map(global.day) ?? global.today
        let parties = sort.sorted(
            try global.openStore().read { try $0.parties(kind: kind, group: group, on: day, mission: mission) })
        try output.print(parties) {
            .listing(ListTables.parties(parties, on: day), summary: "\(parties.count) parties")
        }
    }
}
