import TriadCore

/// What a reader cleared up to a level may see, as temporary views that stand in for the tables holding record
/// content: in both SQLite and PostgreSQL a temporary object of the same name comes before the table, so every
/// statement of the store reads only the rows the level allows, without a second spelling of any query. A row
/// is visible when its own level is, and what belongs to a hidden meeting, agenda item or action is hidden with
/// it (attendance, missions, areas, notes, the positions raised, and the mission summaries derived from them).
public enum ClassifiedViews {
    /// The views in the order they are created (each may read the ones before it), with their conditions.
    static let views: [(table: String, condition: @Sendable (String) -> String)] = [
        ("meeting", { "classification IN (\($0))" }),
        ("meetingMission", { _ in "meetingId IN (SELECT id FROM meeting)" }),
        ("meetingArea", { _ in "meetingId IN (SELECT id FROM meeting)" }),
        ("attendance", { _ in "meetingId IN (SELECT id FROM meeting)" }),
        ("invitation", { _ in "meetingId IN (SELECT id FROM meeting)" }),
        ("missionAttendance", { _ in "meetingId IN (SELECT id FROM meeting)" }),
        ("agendaItem", { "classification IN (\($0)) AND meetingId IN (SELECT id FROM meeting)" }),
        ("agendaItemArea", { _ in "agendaItemId IN (SELECT id FROM agendaItem)" }),
        ("actionItem", { "classification IN (\($0))" }),
        ("actionItemArea", { _ in "actionItemId IN (SELECT id FROM actionItem)" }),
        ("actionNote", { "classification IN (\($0)) AND actionItemId IN (SELECT id FROM actionItem)" }),
        ("missionAction", { _ in "actionItemId IN (SELECT id FROM actionItem)" }),
        ("partyPosition", { _ in "meetingId IN (SELECT id FROM meeting)" }),
        ("partyPositionArea", { _ in "partyPositionId IN (SELECT id FROM partyPosition)" }),
    ]

    /// The statements that hide what is above `level`, reading the tables of `schema` (`main` in SQLite, the
    /// store's schema in PostgreSQL); none when the level hides nothing. `jsonInteger` spells, in the backend's
    /// SQL, the integer field of a JSON text column (the journal's copies of rows).
    public static func create(
        upTo level: Classification, schema: String, jsonInteger: (_ column: String, _ field: String) -> String
    ) -> [String] {
        guard level < .strictlyConfidential else { return [] }
        let allowed = Classification.allCases.filter { $0 <= level }.map { "'\($0.rawValue)'" }
            .joined(separator: ", ")
        let records = views.map { view in
            "CREATE TEMP VIEW \(view.table) AS SELECT * FROM \(schema).\(view.table) WHERE \(view.condition(allowed))"
        }
        // The journal keeps copies of rows: a change is shown when the row it copies (or the meeting, agenda
        // item or action the row belongs to) is shown now, and a command when every change it made is. A row
        // since deleted is not shown now, so its changes stay hidden.
        let copy = "coalesce(change.afterJSON, change.beforeJSON)"
        let shown = """
            CASE change.entity
                WHEN 'meeting' THEN change.rowKey IN (SELECT id FROM meeting)
                WHEN 'agendaItem' THEN change.rowKey IN (SELECT id FROM agendaItem)
                WHEN 'actionItem' THEN change.rowKey IN (SELECT id FROM actionItem)
                WHEN 'actionNote' THEN change.rowKey IN (SELECT id FROM actionNote)
                WHEN 'partyPosition' THEN change.rowKey IN (SELECT id FROM partyPosition)
                WHEN 'attendance' THEN \(jsonInteger(copy, "meetingId")) IN (SELECT id FROM meeting)
                WHEN 'invitation' THEN \(jsonInteger(copy, "meetingId")) IN (SELECT id FROM meeting)
                WHEN 'meetingMission' THEN \(jsonInteger(copy, "meetingId")) IN (SELECT id FROM meeting)
                WHEN 'meetingArea' THEN \(jsonInteger(copy, "meetingId")) IN (SELECT id FROM meeting)
                WHEN 'agendaItemArea' THEN \(jsonInteger(copy, "agendaItemId")) IN (SELECT id FROM agendaItem)
                WHEN 'actionItemArea' THEN \(jsonInteger(copy, "actionItemId")) IN (SELECT id FROM actionItem)
                WHEN 'partyPositionArea' THEN \(jsonInteger(copy, "partyPositionId")) IN (SELECT id FROM partyPosition)
                ELSE true
            END
            """
        return records + [
            "CREATE TEMP VIEW journalChange AS SELECT * FROM \(schema).journalChange change WHERE \(shown)",
            """
            CREATE TEMP VIEW journalCommand AS SELECT * FROM \(schema).journalCommand command
            WHERE NOT EXISTS (
                SELECT 1 FROM \(schema).journalChange change WHERE change.commandId = command.id AND NOT (\(shown)))
            """,
        ]
    }

    /// The statements that remove the views again, newest first, from the connection's schema of temporary
    /// objects (`temp` in SQLite, `pg_temp` in PostgreSQL).
    public static func drop(upTo level: Classification, temporarySchema: String) -> [String] {
        guard level < .strictlyConfidential else { return [] }
        return (["journalCommand", "journalChange"] + views.reversed().map(\.table)).map {
            "DROP VIEW \(temporarySchema).\($0)"
        }
    }
}
