import ArgumentParser
import Foundation
import TriadExamples
import TriadStore

/// `triad demo`: loads a real scenario into a fresh database and prints what a desk officer would read.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Load the MINUSCA renewal scenario of 2025 into a fresh database and print its mandate review.",
        discussion: """
            The database is a temporary one unless --db names a new file to keep. The mandate review is \
            printed as of 2025-11-01, two weeks before the mandate expired, unless --as-of says otherwise.
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let scenario = ExampleScenario.minuscaRenewal2025
        let path = try global.db ?? DemoCommand.temporaryDatabasePath()
        switch StoreLocation(path) {
        case .file:
            if FileManager.default.fileExists(atPath: path),
                (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 > 0
            {
                throw UsageError(
                    message: "the demo loads into a new database, and '\(path)' exists; give --db a new file.")
            }
        case .server(let uri):
            guard try global.openStore().holdsNoUserRecords() else {
                throw UsageError(
                    message:
                        "the demo loads into an empty database, and \(ConnectionURI.redacted(uri)) holds records; create a new one (createdb) and name it in --db."
                )
            }
        }
        let asOf = global.asOf.map { global.day($0).description } ?? scenario.asOf
        let common = ["--db", path, "--actor", global.actor ?? "triad demo"]
        try StandardOutput.silenced {
            for (index, step) in scenario.steps.enumerated() {
                let words = step.words
                do {
                    let clock = step.recordedAt.map { ["--recorded-at", $0] } ?? []
                    let line = ["--recorded-command", GlobalOptions.commandLine(words)]
                    var command = try Triad.parseAsRoot(words + common + clock + line)
                    try command.run()
                } catch {
                    throw UsageError(
                        message:
                            "the demo scenario failed at command \(index + 1) (\(words.prefix(3).joined(separator: " "))): "
                            + (ExitStatus(error)?.message ?? Triad.message(for: error)))
                }
            }
        }
        let console = Console.standardOutput
        console.write("\(scenario.title): \(scenario.steps.count) recorded commands loaded into\n  \(path)\n\n")
        var review = try Triad.parseAsRoot(["report", "mandate", scenario.mission, "--as-of", asOf] + common)
        try review.run()
        console.write(
            """

            Explore the scenario:
              export TRIAD_DB=\(path)
              triad meeting show M-3
              triad report follow-up --as-of \(asOf)
              triad report mandate \(scenario.mission) --as-of \(asOf) --format html \\
                --output review.html

            """)
    }

    private static func temporaryDatabasePath() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("triad-demo-\(UUID().uuidString.prefix(8).lowercased())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("triad.sqlite").path
    }
}
