import TriadCore

/// What the store refuses or cannot do, each with one sentence for the user.
public enum StoreError: Error, Equatable, Sendable {
    /// No party has this code.
    case unknownParty(String, suggestion: PartyReference?)
    /// No mission has this acronym.
    case unknownMission(String, suggestion: String?)
    /// No meeting has this number.
    case unknownMeeting(MeetingID)
    /// No action has this number.
    case unknownAction(ActionID)
    /// No position has this number.
    case unknownPosition(PositionID)
    /// No mandate is recorded under this resolution.
    case unknownResolution(ResolutionReference)
    /// The mission has no mandate adopted on or before the day.
    case noMandateInForce(mission: String, on: Day)
    /// A party with this code already exists.
    case duplicateParty(String)
    /// A mission with this acronym already exists.
    case duplicateMission(String)
    /// The resolution is already recorded.
    case duplicateResolution(ResolutionReference, mission: String)
    /// The party already holds a seat overlapping the new one.
    case overlappingSeat(party: String, from: Day, to: Day?)
    /// The file exists but is not a SQLite database.
    case notADatabase(path: String)
    /// The file is a SQLite database of some other program.
    case foreignDatabase(path: String)
    /// The PostgreSQL database holds tables of another program.
    case foreignServerDatabase(database: String, server: String)
    /// The database was written by a newer triad.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The database is damaged.
    case damaged(path: String, detail: String)
    /// The database stayed locked by another process past the wait.
    case busy(path: String)
    /// The file or its folder cannot be created or written.
    case cannotWrite(path: String, reason: String)
    /// A JSON bundle that cannot be imported.
    case invalidBundle(reason: String)
    /// The database server cannot be reached: down, another host or port, no socket there.
    case serverUnreachable(server: String, detail: String)
    /// The server has no database of this name.
    case missingDatabase(name: String, server: String)
    /// PostgreSQL's client library is not installed on this machine.
    case clientLibraryMissing(detail: String)
    /// The server refused the role: a wrong password, an unknown role, or a privilege it lacks.
    case accessDenied(server: String, detail: String)
    /// A statement failed on the server for a reason triad does not expect: a bug, or a schema changed by hand.
    case serverStatementFailed(server: String, state: String, detail: String)
    /// The database refused a change that breaks one of its constraints.
    case constraintViolated(detail: String)
    /// A backup would overwrite an existing file.
    case backupExists(path: String)
    /// A copy must go into an empty database, and this one holds records.
    case notEmpty(database: String)
    /// The journal holds no command of this database left to undo.
    case nothingToUndo
    /// On a shared database, the role has no clearance: it may read nothing until the owner grants one.
    case noClearance(role: String, database: String)
    /// The role tried to write a record above its clearance; the server refused it.
    case aboveClearance(role: String, detail: String)
    /// Only the owner of the database's tables grants and revokes clearances.
    case notTheOwner(role: String, owner: String)
    /// The server knows no role of this name.
    case unknownRole(String, server: String)
    /// The command named cannot be undone: there is no such local command, or it is undone already.
    case notUndoable(Int64)
    /// A later command changed the same records as the one to undo.
    case undoBlocked(command: String, laterCommand: String)
    /// On a shared database, the command named was recorded by someone else: each person undoes only their own.
    case undoOfAnother(Int64, actor: String)
    /// On a shared database, the person undoing has no command of their own left to undo.
    case nothingOfYoursToUndo(actor: String)

    /// One sentence for the user.
    public var message: String {
        switch self {
        case .unknownParty(let code, let suggestion):
            if let suggestion {
                "no party '\(code)'; did you mean \(suggestion.party) (\(suggestion.name))?"
            } else {
                "no party '\(code)'; 'triad party list' shows the codes, 'triad party add' adds one."
            }
        case .unknownMission(let acronym, let suggestion):
            if let suggestion {
                "no mission '\(acronym)'; did you mean \(suggestion)?"
            } else {
                "no mission '\(acronym)'; 'triad mission list' shows the missions, 'triad mission add' adds one."
            }
        case .unknownMeeting(let id):
            "no meeting \(id); 'triad meeting list' shows the meetings."
        case .unknownAction(let id):
            "no action \(id); 'triad action list --status all' shows the actions."
        case .unknownPosition(let id):
            "no position \(id); 'triad position list' shows the positions."
        case .unknownResolution(let resolution):
            "no mandate under resolution \(resolution); 'triad mandate list' shows the recorded ones."
        case .noMandateInForce(let mission, let day):
            "\(mission) has no mandate adopted on or before \(day); record one with 'triad mandate add \(mission)'."
        case .duplicateParty(let code):
            "a party with code \(code) already exists; 'triad party show \(code)' shows it."
        case .duplicateMission(let acronym):
            "a mission with acronym \(acronym) already exists; 'triad mission show \(acronym)' shows it."
        case .duplicateResolution(let resolution, let mission):
            "resolution \(resolution) is already recorded for \(mission); 'triad mandate show \"\(resolution)\"' shows it."
        case .overlappingSeat(let party, let from, let to):
            "\(party) already holds a Council seat from \(from)\(to.map { " to \($0)" } ?? " with no end"), which overlaps the new one."
        case .notADatabase(let path):
            "'\(path)' is not a triad database (it is not a SQLite file); check --db or TRIAD_DB."
        case .foreignDatabase(let path):
            "'\(path)' is a SQLite database of another program; triad will not change it. Give another --db path."
        case .foreignServerDatabase(let database, let server):
            "the PostgreSQL database '\(database)' at \(server) holds tables of another program; triad will not change it. Create a database for triad (createdb triad) and name it in --db."
        case .newerSchema(let path, let migrations):
            "'\(path)' was written by a newer version of triad (schema \(migrations.joined(separator: ", "))); upgrade triad to open it."
        case .damaged(let path, let detail):
            "'\(path)' is damaged (\(detail)); restore it from a backup."
        case .busy(let path):
            "'\(path)' is busy: another triad is still writing to it; try again in a moment."
        case .invalidBundle(let reason):
            "the bundle cannot be imported: \(reason); nothing was changed."
        case .serverUnreachable(let server, let detail):
            "cannot reach the PostgreSQL server at \(server) (\(detail)); check that it runs and the host, port or socket folder in --db or TRIAD_DB."
        case .missingDatabase(let name, let server):
            "the PostgreSQL server at \(server) has no database '\(name)'; create it (createdb \(name)) or name another in --db."
        case .clientLibraryMissing(let detail):
            "PostgreSQL's client library cannot be loaded (\(detail)); install it (apt-get install libpq5)."
        case .accessDenied(let server, let detail):
            "the PostgreSQL server at \(server) refused access (\(detail)); check the role and its password (~/.pgpass, PGPASSWORD) or ask for the privilege."
        case .serverStatementFailed(let server, let state, let detail):
            "the PostgreSQL server at \(server) refused a statement (\(state): \(detail)); if the database was not changed by hand, please report it."
        case .constraintViolated(let detail):
            "the database refused the change (\(detail)); nothing was changed."
        case .backupExists(let path):
            "'\(path)' exists already; give the backup a new file name."
        case .notEmpty(let database):
            "\(database) already holds records, and a copy goes only into an empty database; name a new file or a new PostgreSQL database (createdb), or merge with 'triad export json' and 'triad import json'."
        case .nothingToUndo:
            "there is nothing to undo; 'triad history' lists the commands."
        case .noClearance(let role, let database):
            "role '\(role)' has no clearance on \(database), so it may read nothing there; ask the database's owner to run 'triad access grant \(role) --up-to LEVEL'."
        case .aboveClearance(let role, let detail):
            "role '\(role)' may not write a record at that level (\(detail)): a role writes only within its clearance; give a lower --classification, or ask the database's owner to raise the clearance ('triad access grant')."
        case .notTheOwner(let role, let owner):
            "only the owner of the database's tables ('\(owner)') grants and revokes clearances, and '\(role)' is not; ask them, or connect as them."
        case .unknownRole(let role, let server):
            "the PostgreSQL server at \(server) has no role '\(role)'; create it first (CREATE ROLE \(role) LOGIN) or check the spelling."
        case .notUndoable(let number):
            "command #\(number) cannot be undone: it does not exist, was recorded in another database, is an undo, or was undone already; 'triad history' lists the commands."
        case .undoBlocked(let command, let later):
            "cannot undo \(command): \(later) changed the same records since; undo or revise that first."
        case .undoOfAnother(let number, let actor):
            "command #\(number) was recorded by '\(actor)'; on a shared database each person undoes only their own commands. Ask them, or revise the records with a new command."
        case .nothingOfYoursToUndo(let actor):
            "'\(actor)' has no command left to undo on this database; others' commands are theirs to undo. 'triad history' lists the commands."
        case .cannotWrite(let path, let reason):
            "cannot write '\(path)': \(reason); choose another --db path or fix the folder's permissions."
        }
    }
}
