/// The counts of ``TriadStore/BundleTally``, in SQL that both backends run as it stands (and that the
/// classified views restrict like any other read).
public enum BundleTallyQueries {
    /// Meetings, actions, notes, commands and positions, as one row.
    public static let records = """
        SELECT (SELECT count(*) FROM meeting), (SELECT count(*) FROM actionItem), (SELECT count(*) FROM actionNote),
               (SELECT count(*) FROM journalCommand), (SELECT count(*) FROM partyPosition)
        """
    /// The agenda items by their meeting's level: rows of level and count.
    public static let agendaItemsByMeetingLevel = """
        SELECT meeting.classification, count(*) FROM agendaItem JOIN meeting ON meeting.id = agendaItem.meetingId
        GROUP BY meeting.classification
        """
}
