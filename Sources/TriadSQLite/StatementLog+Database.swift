import GRDB
import TriadBackend

extension StatementLog {
    /// Starts recording the statements of a connection.
    func attach(to db: Database) {
        db.trace(options: .statement) { [self] event in
            guard case .statement(let statement) = event else { return }
            record(statement.expandedSQL)
        }
    }
}
