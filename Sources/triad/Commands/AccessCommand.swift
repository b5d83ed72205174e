import ArgumentParser
import TriadStore

/// `triad access`: clearances on a shared PostgreSQL database.
struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Clear the roles of a shared PostgreSQL database to read (and write) up to a level.",
        discussion: """
            The server enforces a clearance, with row-level security: a role cleared up to confidential sees no \
            strictly confidential meeting, agenda item, action or note, nor anything that belongs to one, even \
            through psql, and cannot write above its level; a role without a clearance sees nothing. Only the \
            owner of the database's tables grants. A SQLite file has one user: its permissions (0600) are its \
            security.
            """,
        subcommands: [AccessGrantCommand.self, AccessRevokeCommand.self, AccessListCommand.self])

    /// The database's access control: refused, before anything is opened or created, for a file.
    static func control(_ global: GlobalOptions) throws -> any AccessControl {
        guard case .server = global.location, let access = try global.openStore().accessControl else {
            throw onAFile
        }
        return access
    }

    /// What a file answers to an access command.
    static let onAFile = UsageError(
        message:
            "clearances belong to a shared PostgreSQL database (--db postgresql://…); a SQLite file has one user, and its permissions (0600) decide who may open it."
    )
}
