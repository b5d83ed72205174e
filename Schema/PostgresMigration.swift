/// One step of the PostgreSQL schema: a name and the SQL that performs it.
///
/// The files in `Postgres/` are embedded in the binary like the SQLite ones, frozen once landed, and
/// applied in order; they are the PostgreSQL schema's own history, not a translation of the SQLite files at
/// run time.
public struct PostgresMigration: Sendable {
    /// The migration's identifier, recorded in the database once applied (`p0001_initial`).
    public let identifier: String
    /// The statements to run.
    public let sql: String

    /// All migrations, oldest first.
    public static let all: [PostgresMigration] = [
        PostgresMigration(identifier: "p0001_initial", bytes: PackageResources.p0001_initial_sql),
        PostgresMigration(identifier: "p0002_reference_data", bytes: PackageResources.p0002_reference_data_sql),
        PostgresMigration(identifier: "p0003_byte_order", bytes: PackageResources.p0003_byte_order_sql),
        PostgresMigration(identifier: "p0004_change_journal", bytes: PackageResources.p0004_change_journal_sql),
        PostgresMigration(identifier: "p0005_mission_links", bytes: PackageResources.p0005_mission_links_sql),
        PostgresMigration(identifier: "p0006_council_history", bytes: PackageResources.p0006_council_history_sql),
        PostgresMigration(identifier: "p0007_bodies", bytes: PackageResources.p0007_bodies_sql),
        PostgresMigration(
            identifier: "p0008_personnel_by_type", bytes: PackageResources.p0008_personnel_by_type_sql),
        PostgresMigration(
            identifier: "p0009_mission_catalogue", bytes: PackageResources.p0009_mission_catalogue_sql),
        PostgresMigration(identifier: "p0010_classification", bytes: PackageResources.p0010_classification_sql),
        PostgresMigration(identifier: "p0011_clearances", bytes: PackageResources.p0011_clearances_sql),
        PostgresMigration(identifier: "p0012_positions", bytes: PackageResources.p0012_positions_sql),
    ]

    private init(identifier: String, bytes: [UInt8]) {
        self.identifier = identifier
        self.sql = String(decoding: bytes, as: UTF8.self)
    }
}
