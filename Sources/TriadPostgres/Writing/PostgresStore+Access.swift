import TriadCore
import TriadStore

extension PostgresStore: AccessControl {
    /// A shared database has roles: the owner grants them clearances, which the server's row-level security
    /// enforces (migration p0011).
    public var accessControl: (any AccessControl)? { self }

    /// Grants `role` the privileges on this schema that `write` asks (reading every table; adding, changing
    /// and removing records but not clearances), and records its level, in one transaction. Only the owner
    /// of the tables may: another role is refused by the server (77).
    public func grant(_ role: String, upTo level: Classification, write: Bool) throws -> Clearance {
        try mapped {
            try transaction { _ in
                try requireOwner()
                try requireRole(role)
                let schema = try currentSchema()
                let grantee = PostgresStore.identifier(role)
                var statements = [
                    "GRANT USAGE ON SCHEMA \(schema) TO \(grantee)",
                    "GRANT SELECT ON ALL TABLES IN SCHEMA \(schema) TO \(grantee)",
                ]
                statements +=
                    write
                    ? [
                        "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \(schema) TO \(grantee)",
                        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA \(schema) TO \(grantee)",
                        "REVOKE INSERT, UPDATE, DELETE ON clearance, triad_migrations FROM \(grantee)",
                    ]
                    : [
                        "REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \(schema) FROM \(grantee)",
                        "REVOKE USAGE ON ALL SEQUENCES IN SCHEMA \(schema) FROM \(grantee)",
                    ]
                for statement in statements { try connection.execute(statement) }
                let clearance = Clearance(
                    role: role, upTo: level, write: write, grantedAt: context.now, grantedBy: connection.role)
                try connection.execute(
                    """
                    INSERT INTO clearance (role, upTo, mayWrite, grantedAt, grantedBy) VALUES ($1, $2, $3, $4, $5)
                    ON CONFLICT (role) DO UPDATE
                    SET upTo = excluded.upTo, mayWrite = excluded.mayWrite, grantedAt = excluded.grantedAt,
                        grantedBy = excluded.grantedBy
                    """, [role, level, write, clearance.grantedAt, clearance.grantedBy])
                return clearance
            }
        }
    }

    /// Takes from `role` every privilege on this schema and its clearance, in one transaction.
    public func revoke(_ role: String) throws -> Clearance? {
        try mapped {
            try transaction { _ in
                try requireOwner()
                try requireRole(role)
                let had = try clearances(role: role).first
                let schema = try currentSchema()
                let grantee = PostgresStore.identifier(role)
                for statement in [
                    "REVOKE ALL ON ALL TABLES IN SCHEMA \(schema) FROM \(grantee)",
                    "REVOKE ALL ON ALL SEQUENCES IN SCHEMA \(schema) FROM \(grantee)",
                    "REVOKE USAGE ON SCHEMA \(schema) FROM \(grantee)",
                ] {
                    try connection.execute(statement)
                }
                try connection.execute("DELETE FROM clearance WHERE role = $1", [role])
                return had
            }
        }
    }

    public func clearances() throws -> [Clearance] {
        try mapped { try clearances(role: nil) }
    }

    /// The clearances the connection may see (the owner all, another role its own), of `role` if given.
    private func clearances(role: String?) throws -> [Clearance] {
        try connection.execute(
            """
            SELECT role, upTo, mayWrite, grantedAt, grantedBy FROM clearance
            WHERE $1::text IS NULL OR role = $1 ORDER BY role
            """, [role]
        ).map { row in
            Clearance(
                role: try row.decode(at: 0), upTo: try row.decode(at: 1), write: try row.decode(at: 2),
                grantedAt: try row.decode(at: 3), grantedBy: try row.decode(at: 4))
        }
    }

    /// Refuses a connection that does not own the tables: only their owner (or a superuser) grants.
    private func requireOwner() throws {
        let owner = try connection.execute(
            """
            SELECT pg_catalog.pg_get_userbyid(relowner),
                pg_catalog.pg_has_role(current_user, relowner, 'MEMBER')
                    OR (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)
            FROM pg_catalog.pg_class WHERE oid = 'meeting'::regclass
            """)
        guard let row = owner.first, try row.decode(at: 1, as: Bool.self) else {
            let name = try owner.first.map { try $0.decode(at: 0, as: String.self) } ?? "the owner"
            throw StoreError.notTheOwner(role: connection.role, owner: name)
        }
    }

    /// Refuses a role the server does not know.
    private func requireRole(_ role: String) throws {
        let known = try connection.execute("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = $1", [role])
            .scalar(Int.self)
        guard known == 1 else { throw StoreError.unknownRole(role, server: connection.server) }
    }

    /// The schema the record lives in, as an identifier.
    private func currentSchema() throws -> String {
        PostgresStore.identifier(try connection.execute("SELECT current_schema()").scalar(String.self) ?? "public")
    }

    /// A name written as a quoted SQL identifier.
    static func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
