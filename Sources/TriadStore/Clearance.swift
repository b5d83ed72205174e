import TriadCore

/// What a role of a shared PostgreSQL database may read, and whether it may write: granted by the database's
/// owner, enforced by the server.
public struct Clearance: Codable, Equatable, Sendable {
    /// The role, as the server knows it.
    public var role: String
    /// The highest level it reads (and, if it writes, writes).
    public var upTo: Classification
    /// Whether it may add and change records (within its level), or only read them.
    public var write: Bool
    /// When it was granted, and by which role.
    public var grantedAt: Timestamp
    public var grantedBy: String

    /// Creates a clearance.
    public init(role: String, upTo: Classification, write: Bool, grantedAt: Timestamp, grantedBy: String) {
        self.role = role
        self.upTo = upTo
        self.write = write
        self.grantedAt = grantedAt
        self.grantedBy = grantedBy
    }
}
