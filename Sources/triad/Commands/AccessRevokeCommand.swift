import ArgumentParser
import TriadStore

/// `triad access revoke`: takes a role's clearance and privileges away.
struct AccessRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Take a role's clearance away: its next command reads nothing.")

    @Argument(help: "The role, as the server knows it.")
    var role: String

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let access = try AccessCommand.control(global)
        let had = try access.revoke(role)
        try output.print(had) {
            had.map { "Revoked \(role)'s clearance (up to \($0.upTo.rawValue)); it may read nothing now.\n" }
                ?? "\(role) had no clearance; its privileges on the record, if any, are revoked.\n"
        }
    }
}
