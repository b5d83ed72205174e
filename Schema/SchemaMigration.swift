/// One step of the database schema: a name and the SQL that performs it.
///
/// The SQL files beside this one are embedded in the binary at build time, so an
/// installed `triad` needs no resource folder. A file never changes once it has
/// landed; a new change is a new file, appended to ``all``.
public struct SchemaMigration: Sendable {
    /// The migration's identifier, recorded in the database once applied (`v0001_initial`).
    public let identifier: String
    /// The statements to run.
    public let sql: String

    /// All migrations, oldest first.
    public static let all: [SchemaMigration] = [
        SchemaMigration(identifier: "v0001_initial", bytes: PackageResources.v0001_initial_sql),
        SchemaMigration(identifier: "v0002_reference_data", bytes: PackageResources.v0002_reference_data_sql),
        SchemaMigration(identifier: "v0003_change_journal", bytes: PackageResources.v0003_change_journal_sql),
        SchemaMigration(identifier: "v0004_undo", bytes: PackageResources.v0004_undo_sql),
        SchemaMigration(
            identifier: "v0005_closed_action_indexes", bytes: PackageResources.v0005_closed_action_indexes_sql),
        SchemaMigration(identifier: "v0006_mission_links", bytes: PackageResources.v0006_mission_links_sql),
        SchemaMigration(identifier: "v0007_area_order", bytes: PackageResources.v0007_area_order_sql),
        SchemaMigration(identifier: "v0008_council_history", bytes: PackageResources.v0008_council_history_sql),
        SchemaMigration(identifier: "v0009_bodies", bytes: PackageResources.v0009_bodies_sql),
        SchemaMigration(
            identifier: "v0010_personnel_by_type", bytes: PackageResources.v0010_personnel_by_type_sql),
        SchemaMigration(
            identifier: "v0011_mission_catalogue", bytes: PackageResources.v0011_mission_catalogue_sql),
        SchemaMigration(identifier: "v0012_classification", bytes: PackageResources.v0012_classification_sql),
        SchemaMigration(identifier: "v0013_positions", bytes: PackageResources.v0013_positions_sql),
    ]

    private init(identifier: String, bytes: [UInt8]) {
        self.identifier = identifier
        self.sql = String(decoding: bytes, as: UTF8.self)
    }
}
