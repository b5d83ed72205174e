import ArgumentParser
import TriadCore
import TriadReports

/// `triad council president`: who presides over the Council in a month, or a year's rotation.
struct CouncilPresidentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "president",
        abstract: "Show the President of the Council in the month of a day, or each month of a year.")

    @Option(
        help: ArgumentHelp("The day whose month is asked (default: today).", valueName: "date"),
        transform: DateExpression.init(parsing:))
    var on: DateExpression?

    @Option(help: ArgumentHelp("Every month of this year instead.", valueName: "yyyy"))
    var year: Int?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        if on != nil && year != nil { throw ValidationError("give --on or --year, not both.") }
        if let year, !(1946...9999).contains(year) {
            throw ValidationError("--year \(year) is not a year such as 2025.")
        }
    }

    func run() throws {
        let database = try global.openStore()
        if let year {
            let first = try Day(year: year, month: 1, day: 1)
            let presidencies = try database.read {
                try $0.councilPresidencies(from: first, to: try Day(year: year, month: 12, day: 31))
            }
            guard !presidencies.isEmpty else { throw DomainError.noPresidency(period: "\(year)") }
            try output.print(presidencies) {
                .listing(ListTables.councilPresidencies(presidencies), summary: "Presidents of the Council in \(year)")
            }
            return
        }
        let day = on.map(global.day) ?? global.today
        guard let presidency = try database.read({ try $0.councilPresident(on: day) }) else {
            throw DomainError.noPresidency(period: CouncilPresidency.month(of: day))
        }
        try output.print(presidency) {
            "\(presidency.name) (\(presidency.party)) presides over the Security Council in \(presidency.month) "
                + "(\(presidency.from) to \(presidency.to)).\n"
        }
    }
}
