import TriadCore

/// Who may read and write a shared database: what only a server has (a file has one user, and its security
/// is its permissions). The server enforces what is granted, through row-level security, whatever program
/// the role connects with.
public protocol AccessControl {
    /// Clears `role` to read records up to `level`, and to add and change them within it when `write`;
    /// replaces what it had.
    @discardableResult func grant(_ role: String, upTo level: Classification, write: Bool) throws -> Clearance

    /// Takes every privilege on the record from `role`; its next command reads nothing.
    /// - Returns: the clearance it had, if any.
    @discardableResult func revoke(_ role: String) throws -> Clearance?

    /// The clearances granted, by role (a role other than the owner sees only its own).
    func clearances() throws -> [Clearance]
}
