import ArgumentParser
import Foundation
import TriadCore

/// `triad-bench contributions-file`: a contribution file in the UN's layout, as large as asked, for P4.
/// Rows cover the reference missions and every state, month after month, like the UN's own series.
struct ContributionFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contributions-file", abstract: "Write a UN-layout contribution file of the given size.")

    @Option(help: "The CSV file to write.")
    var output: String

    @Option(help: "How many data rows.")
    var rows = 1_000_000

    @Option(help: "Mission acronyms, comma-separated; they must exist in the database imported into.")
    var missions = "MINUSCA,MONUSCO,UNMISS,UNIFIL,UNDOF,UNFICYP,UNTSO,UNMOGIP,MINURSO,UNISFA,UNMIK"

    @Option(help: "Party codes, comma-separated.")
    var parties: String

    func run() throws {
        let missionList = missions.split(separator: ",").map(String.init)
        let partyList = parties.split(separator: ",").map(String.init)
        guard FileManager.default.createFile(atPath: output, contents: nil),
            let handle = FileHandle(forWritingAtPath: output)
        else { throw ValidationError("cannot write '\(output)'") }
        var text = """
            "","Date","Contributor","Contributor ISO-3","Mission","Individual Police Male","Individual Police Female",\
            "Individual Police Total","Formed Police Units Male","Formed Police Units Female","Formed Police Units Total",\
            "Experts on Mission Male","Experts on Mission Female","Experts on Mission Total","Troops Male","Troops Female",\
            "Troops Total","Total Male","Total Female","Total Total"

            """
        var written = 0
        var month = try Day(year: 2025, month: 10, day: 31)
        while written < rows {
            for mission in missionList {
                for (index, party) in partyList.enumerated() where written < rows {
                    written += 1
                    let troops = (index * 37 + written) % 900
                    let police = (index * 7) % 40
                    let formed = index % 5 == 0 ? 140 : 0
                    let experts = index % 3
                    let total = troops + police + formed + experts
                    text += "\"\(written)\",\(month),\"Country \(party)\",\"\(party)\",\"\(mission)\","
                    text += "\(police),0,\(police),\(formed),0,\(formed),\(experts),0,\(experts),"
                    text += "\(troops),0,\(troops),\(total),0,\(total)\n"
                }
            }
            if text.utf8.count > 1 << 20 {
                handle.write(Data(text.utf8))
                text = ""
            }
            month = month.adding(days: 1).adding(months: -1).adding(days: -1)
        }
        handle.write(Data(text.utf8))
        try handle.close()
    }
}
