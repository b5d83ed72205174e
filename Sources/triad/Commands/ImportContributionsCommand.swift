import ArgumentParser
import Foundation
import TriadCore
import TriadInterchange
import TriadStore

/// `triad import contributions`: the UN's monthly statistics, or any CSV with its columns named.
struct ImportContributionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contributions",
        abstract: "Import personnel contributions from a CSV file, all or nothing.",
        discussion: """
            The UN "gender by mission" layout is recognized by its header. For another layout, name its columns: \
            --date-column, --party-column, --mission-column and one option per personnel type. Each (mission, date) \
            in the file is read as a complete snapshot: a party absent from it has no one deployed there that day. \
            Importing the same file again changes nothing.
            """)

    enum Layout: String, ExpressibleByArgument, CaseIterable {
        case unGender = "un-gender"
        case columns
    }

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: "un-gender (recognized by default) or columns (with the column options).")
    var layout: Layout?

    @Flag(help: "Create unknown missions as closed historical missions named by their acronym.")
    var createMissing = false

    @Flag(help: "Check the file and say what would be imported, without writing anything.")
    var dryRun = false

    @Option(help: "The column holding the date (YYYY-MM-DD).") var dateColumn: String?
    @Option(help: "The column holding the party code (ISO 3166-1 alpha-3).") var partyColumn: String?
    @Option(help: "The column holding the mission acronym.") var missionColumn: String?
    @Option(help: "The column holding troops.") var troopsColumn: String?
    @Option(help: "The column holding staff officers.") var staffOfficersColumn: String?
    @Option(help: "The column holding experts on mission.") var expertsColumn: String?
    @Option(help: "The column holding individual police.") var policeColumn: String?
    @Option(help: "The column holding formed police units.") var formedPoliceColumn: String?
    @Option(help: "The column holding the women among troops.") var womenTroopsColumn: String?
    @Option(help: "The column holding the women among staff officers.") var womenStaffOfficersColumn: String?
    @Option(help: "The column holding the women among experts on mission.") var womenExpertsColumn: String?
    @Option(help: "The column holding the women among individual police.") var womenPoliceColumn: String?
    @Option(help: "The column holding the women among formed police units.") var womenFormedPoliceColumn: String?

    /// The women's columns given, by type.
    private var womenColumns: [PersonnelType: String] {
        let given: [PersonnelType: String?] = [
            .troops: womenTroopsColumn, .staffOfficers: womenStaffOfficersColumn, .experts: womenExpertsColumn,
            .police: womenPoliceColumn, .formedPolice: womenFormedPoliceColumn,
        ]
        return given.compactMapValues { $0 }
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        let personnel = [troopsColumn, staffOfficersColumn, expertsColumn, policeColumn, formedPoliceColumn]
        let named = [dateColumn, partyColumn, missionColumn] + personnel + womenColumns.values.map(Optional.some)
        if layout == .unGender && named.contains(where: { $0 != nil }) {
            throw ValidationError("the column options go with --layout columns, not un-gender.")
        }
        if layout == .columns || named.contains(where: { $0 != nil }) {
            guard dateColumn != nil, partyColumn != nil, missionColumn != nil else {
                throw ValidationError("--layout columns needs --date-column, --party-column and --mission-column.")
            }
            guard personnel.contains(where: { $0 != nil }) else {
                throw ValidationError("--layout columns needs at least one personnel column, such as --troops-column.")
            }
            for (type, total) in zip(PersonnelType.allCases, personnel) where womenColumns[type] != nil && total == nil
            {
                throw ValidationError(
                    "--women-\(type.flagName)-column needs --\(type.flagName)-column, the total the women are part of.")
            }
        }
    }

    private var columns: ContributionColumns? {
        guard let dateColumn, let partyColumn, let missionColumn else { return nil }
        return ContributionColumns(
            date: dateColumn, party: partyColumn, mission: missionColumn, troops: troopsColumn,
            staffOfficers: staffOfficersColumn, experts: expertsColumn, police: policeColumn,
            formedPolice: formedPoliceColumn, women: womenColumns)
    }

    func run() throws {
        let reader = try ContributionFileReader(path: file, columns: columns)
        let database = try global.openStore()
        let started = Date()
        let progress = ProgressLine(started: started)
        let summary = try database.importContributions(
            next: { reader.next() }, createMissing: createMissing, dryRun: dryRun,
            progress: { progress.show("Read", $0, of: reader.lineCount, "rows") })
        progress.finish()
        let seconds = Date().timeIntervalSince(started)
        guard !summary.isRefused else {
            throw CommandError.importRefused(path: file, rowsRead: summary.rowsRead, problems: summary.problems)
        }
        try output.print(summary) {
            let verb = dryRun ? "would write" : "wrote"
            var text = "Read \(summary.rowsRead) rows, \(verb) \(summary.recordsWritten) records"
            text += " and \(summary.departuresRecorded) departures (zero records)"
            text += ", \(summary.rowsUnchanged) rows unchanged"
            if !summary.missionsCreated.isEmpty {
                text +=
                    "; \(dryRun ? "would create" : "created") \(summary.missionsCreated.count) missions the catalogue "
                    + "does not know, named by their acronyms and without dates ("
                    + summary.missionsCreated.joined(separator: ", ") + ")"
            }
            return text + String(format: ", in %.1f seconds%@.\n", seconds, dryRun ? " (dry run: nothing written)" : "")
        }
    }
}
